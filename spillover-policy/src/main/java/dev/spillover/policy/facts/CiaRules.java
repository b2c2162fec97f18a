package dev.spillover.policy.facts;

import dev.spillover.input.Fields;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlNode;
import dev.spillover.policy.CompiledCondition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CIA rules (docs/cia.md): for each of confidentiality, integrity and availability, the
 * conditions on an exposure that raise its level, each with an id and a reason. The bundled rules
 * are {@code reference/cia/rules.yaml}; {@link #read(Path)} loads others.
 */
public final class CiaRules {
  /** The three dimensions, in the order facts and reports show them. */
  public enum Dimension {
    CONFIDENTIALITY,
    INTEGRITY,
    AVAILABILITY
  }

  /** The levels, lowest first: a level's rank is its ordinal. */
  public enum Level {
    NONE,
    LOW,
    MEDIUM,
    HIGH
  }

  /** One rule: when {@code condition} holds on an exposure, {@code dimension} is at least {@code level}. */
  public record Rule(String id, Dimension dimension, Level level, String when, CompiledCondition condition,
      String reason) {}

  /** No rules: every level is none. */
  public static final CiaRules NONE = new CiaRules(List.of());

  /**
   * Every dimension at level none: what nodes and unassessed paths read, shared (and read-only)
   * because it is asked for on every path of every subject.
   */
  private static final Map<String, Object> NONE_FACTS = Facts.readOnly(combine(List.of()));

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Pattern USES_CIA = Pattern.compile("\\.cia\\b");
  private static CiaRules bundled;

  private final List<Rule> rules;

  public CiaRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The bundled rules, {@code reference/cia/rules.yaml}, read once. */
  public static synchronized CiaRules bundled() {
    if (bundled == null) {
      bundled = RulesFiles.bundled("cia/rules.yaml", "CIA rules (reference/cia/rules.yaml)", CiaRules::read);
    }
    return bundled;
  }


  /**
   * Reads a rules file.
   *
   * @throws dev.spillover.input.InputException listing every problem, when there is any
   */
  public static CiaRules read(Path path) {
    return RulesFiles.read(path, CiaRules::read);
  }

  /**
   * Reads rules from {@code text}, shown in messages as {@code name}.
   *
   * @throws dev.spillover.input.InputException listing every problem, when there is any
   */
  public static CiaRules parse(String text, String name) {
    return RulesFiles.parse(text, name, CiaRules::read);
  }

  private static CiaRules read(YamlNode root, Problems problems) {
    Fields top = new Fields(root, "CIA rules file", problems);
    RulesFiles.checkVersion(top, "CIA rules file", problems);
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode item : top.list("rules")) {
      Fields fields = new Fields(item, "CIA rule", problems);
      String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
      if (id == null && !fields.has("id")) {
        problems.at(item, "CIA rule: missing 'id'");
      }
      Dimension dimension = fields.choice("dimension", Dimension.class, null);
      if (dimension == null && !fields.has("dimension")) {
        problems.at(item, "CIA rule '" + id + "': missing 'dimension', expected confidentiality, integrity or availability");
      }
      Level level = fields.choice("level", Level.class, null);
      if (level == null && !fields.has("level")) {
        problems.at(item, "CIA rule '" + id + "': missing 'level', expected low, medium or high");
      } else if (level == Level.NONE) {
        problems.at(fields.value("level"), "CIA rule '" + id + "': level none raises nothing, expected low, medium or high");
      }
      String when = fields.requiredText("when");
      String reason = fields.requiredText("reason");
      fields.finish();
      if (id != null && !ids.add(id)) {
        problems.at(item, "CIA rule id '" + id + "' is used twice");
      }
      CompiledCondition condition = null;
      if (when != null && USES_CIA.matcher(when).find()) {
        problems.at(fields.value("when"), "CIA rule '" + id + "': the condition uses the cia facts it computes, expected "
            + "conditions on the other facts");
      } else if (when != null) {
        try {
          condition = ConditionLanguage.compile(when, false);
        } catch (ConditionLanguage.InvalidCondition e) {
          for (ConditionLanguage.Issue issue : e.issues()) {
            problems.at(fields.value("when"), "CIA rule '" + id + "': condition does not compile: " + issue.message());
          }
        }
      }
      if (id != null && dimension != null && level != null && level != Level.NONE && condition != null && reason != null) {
        rules.add(new Rule(id, dimension, level, when, condition, reason));
      }
    }
    top.finish();
    problems.throwIfAny();
    return new CiaRules(rules);
  }

  /**
   * The assessment of one exposure: for each dimension (by its label), the facts of
   * {@link FactSchema#CIA_LEVEL}.
   *
   * @throws CompiledCondition.EvaluationFailure when a condition fails at run time
   */
  public Map<String, Object> assess(Map<String, Object> subject, Map<String, Object> exposure, String asOf) {
    Map<String, ?> variables = Map.of("subject", subject, "exposure", exposure, "asOf", asOf);
    Level[] levels = new Level[Dimension.values().length];
    java.util.Arrays.fill(levels, Level.NONE);
    List<Rule> fired = new ArrayList<>();
    for (Rule rule : rules) {
      boolean holds;
      try {
        holds = rule.condition().test(variables);
      } catch (CompiledCondition.EvaluationFailure e) {
        throw new CompiledCondition.EvaluationFailure("CIA rule '" + rule.id() + "': condition failed: " + e.getMessage(), e);
      }
      if (holds) {
        fired.add(rule);
        int d = rule.dimension().ordinal();
        if (rule.level().compareTo(levels[d]) > 0) {
          levels[d] = rule.level();
        }
      }
    }
    String party = exposure.get("party") instanceof Map<?, ?> node ? (String) node.get("id") : null;
    Map<String, Object> result = new LinkedHashMap<>();
    for (Dimension dimension : Dimension.values()) {
      Level level = levels[dimension.ordinal()];
      List<Rule> at = fired.stream().filter(r -> r.dimension() == dimension && r.level() == level).toList();
      result.put(Fields.label(dimension), level(level, at.stream().map(Rule::id).toList(),
          at.stream().map(Rule::reason).toList(), level == Level.NONE || party == null ? List.of() : List.of(party)));
    }
    return result;
  }

  /**
   * Combines exposure assessments (from {@link #assess}) into one: per dimension the highest
   * level, with the rules, reasons and parties of every assessment at that level, without repeats.
   */
  public static Map<String, Object> combine(List<Map<String, Object>> assessments) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Dimension dimension : Dimension.values()) {
      String key = Fields.label(dimension);
      long best = 0;
      for (Map<String, Object> assessment : assessments) {
        best = Math.max(best, (long) level(assessment, key).get("rank"));
      }
      Set<String> ids = new LinkedHashSet<>();
      Set<String> reasons = new LinkedHashSet<>();
      Set<String> parties = new LinkedHashSet<>();
      for (Map<String, Object> assessment : assessments) {
        Map<String, Object> level = level(assessment, key);
        if ((long) level.get("rank") == best && best > 0) {
          ids.addAll(strings(level.get("rules")));
          reasons.addAll(strings(level.get("reasons")));
          parties.addAll(strings(level.get("parties")));
        }
      }
      result.put(key, level(Level.values()[(int) best], List.copyOf(ids), List.copyOf(reasons), List.copyOf(parties)));
    }
    return result;
  }

  /** The assessment of a node no rule looked at: every level none. */
  static Map<String, Object> none() {
    return NONE_FACTS;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> level(Map<String, Object> assessment, String key) {
    return (Map<String, Object>) assessment.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return (List<String>) value;
  }

  private static Map<String, Object> level(Level level, List<String> rules, List<String> reasons, List<String> parties) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("level", Fields.label(level));
    facts.put("rank", (long) level.ordinal());
    facts.put("rules", rules);
    facts.put("reasons", reasons);
    facts.put("parties", parties);
    return facts;
  }
}
