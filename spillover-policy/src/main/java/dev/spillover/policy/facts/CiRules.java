package dev.spillover.policy.facts;

import dev.spillover.input.Fields;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlNode;
import dev.spillover.policy.CompiledCondition;
import dev.spillover.policy.facts.CiaRules.Level;
import dev.spillover.policy.facts.ConditionLanguage.MeasureScope;
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
 * The critical-infrastructure rules (docs/critical-infrastructure.md): which of the components an
 * asset relies on are key (the {@code key} condition), and, for each of trustworthiness, detection
 * and resilience, the conditions that cap the measure at a level, each with an id and a reason.
 * Every measure is {@code high} unless a rule that holds caps it; then it is the lowest cap. The
 * bundled rules are {@code reference/ci/rules.yaml}; {@link #read(Path)} loads others.
 */
public final class CiRules {
  /** The three measures, in the order facts and reports show them. */
  public enum Measure {
    TRUSTWORTHINESS,
    DETECTION,
    RESILIENCE
  }

  /** Whether a rule runs once on the asset or on each key component. */
  public enum Over {
    ASSET,
    COMPONENT
  }

  /** One rule: when {@code condition} holds, {@code measure} is at most {@code level}. */
  public record Rule(String id, Measure measure, Level level, Over over, String when, CompiledCondition condition,
      String reason) {}

  /** The {@code key} condition when a file gives none: every component the asset relies on is key. */
  private static final CompiledCondition EVERY_COMPONENT = variables -> true;

  /** No rules: every component is key, every measure high. */
  public static final CiRules NONE = new CiRules(null, EVERY_COMPONENT, List.of());

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Pattern USES_CI = Pattern.compile("\\.ci\\b");
  /** Every measure high, with no reasons: what nodes read when the measures are not computed; shared, read-only. */
  private static final Map<String, Object> UNASSESSED = Facts.readOnly(everyMeasureHigh());
  private static CiRules bundled;

  private final String key;
  private final CompiledCondition keyCondition;
  private final List<Rule> rules;

  /** Rules with the {@code key} condition {@code key} (its text; null for every component). */
  public CiRules(String key, CompiledCondition keyCondition, List<Rule> rules) {
    this.key = key;
    this.keyCondition = keyCondition;
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The text of the {@code key} condition, or null when every component is key. */
  public String key() {
    return key;
  }

  /** The bundled rules, {@code reference/ci/rules.yaml}, read once. */
  public static synchronized CiRules bundled() {
    if (bundled == null) {
      bundled = RulesFiles.bundled("ci/rules.yaml", "critical-infrastructure rules (reference/ci/rules.yaml)", CiRules::read);
    }
    return bundled;
  }


  /**
   * Reads a rules file.
   *
   * @throws dev.spillover.input.InputException listing every problem, when there is any
   */
  public static CiRules read(Path path) {
    return RulesFiles.read(path, CiRules::read);
  }

  /**
   * Reads rules from {@code text}, shown in messages as {@code name}.
   *
   * @throws dev.spillover.input.InputException listing every problem, when there is any
   */
  public static CiRules parse(String text, String name) {
    return RulesFiles.parse(text, name, CiRules::read);
  }

  private static CiRules read(YamlNode root, Problems problems) {
    Fields top = new Fields(root, "critical-infrastructure rules file", problems);
    RulesFiles.checkVersion(top, "critical-infrastructure rules file", problems);
    String key = top.text("key");
    CompiledCondition keyCondition = EVERY_COMPONENT;
    if (key != null) {
      keyCondition = compile(key, MeasureScope.KEY, "key condition", top.value("key"), problems);
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode item : top.list("rules")) {
      Fields fields = new Fields(item, "critical-infrastructure rule", problems);
      String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
      if (id == null && !fields.has("id")) {
        problems.at(item, "critical-infrastructure rule: missing 'id'");
      }
      Measure measure = fields.choice("measure", Measure.class, null);
      if (measure == null && !fields.has("measure")) {
        problems.at(item, "critical-infrastructure rule '" + id
            + "': missing 'measure', expected trustworthiness, detection or resilience");
      }
      Level level = fields.choice("level", Level.class, null);
      if (level == null && !fields.has("level")) {
        problems.at(item, "critical-infrastructure rule '" + id + "': missing 'level', expected none, low or medium");
      } else if (level == Level.HIGH) {
        problems.at(fields.value("level"), "critical-infrastructure rule '" + id
            + "': level high caps nothing (every measure starts high), expected none, low or medium");
      }
      Over over = fields.choice("over", Over.class, Over.ASSET);
      String when = fields.requiredText("when");
      String reason = fields.requiredText("reason");
      fields.finish();
      if (id != null && !ids.add(id)) {
        problems.at(item, "critical-infrastructure rule id '" + id + "' is used twice");
      }
      CompiledCondition condition = null;
      if (when != null && over != null) {
        condition = compile(when, over == Over.COMPONENT ? MeasureScope.COMPONENT : MeasureScope.ASSET,
            "critical-infrastructure rule '" + id + "'", fields.value("when"), problems);
      }
      if (id != null && measure != null && level != null && level != Level.HIGH && over != null && condition != null
          && reason != null) {
        rules.add(new Rule(id, measure, level, over, when, condition, reason));
      }
    }
    top.finish();
    problems.throwIfAny();
    return new CiRules(key, keyCondition, rules);
  }

  private static CompiledCondition compile(String text, MeasureScope scope, String what, YamlNode at,
      Problems problems) {
    if (USES_CI.matcher(text).find()) {
      problems.at(at, what + ": the condition uses the ci facts the rules compute, expected conditions on the "
          + "other facts");
      return null;
    }
    try {
      return ConditionLanguage.compileMeasure(text, scope);
    } catch (ConditionLanguage.InvalidCondition e) {
      for (ConditionLanguage.Issue issue : e.issues()) {
        problems.at(at, what + ": condition does not compile: " + issue.message());
      }
      return null;
    }
  }

  /**
   * True when {@code component} (facts of {@link FactSchema#KEY_COMPONENT}) is a key component of
   * {@code subject}.
   *
   * @throws CompiledCondition.EvaluationFailure when the condition fails at run time
   */
  public boolean isKey(Map<String, Object> subject, Map<String, Object> component, String asOf) {
    try {
      return keyCondition.test(Map.of("subject", subject, "component", component, "asOf", asOf));
    } catch (CompiledCondition.EvaluationFailure e) {
      throw new CompiledCondition.EvaluationFailure("critical-infrastructure key condition failed: " + e.getMessage(), e);
    }
  }

  /**
   * The measures of one asset: for each measure (by its label), the facts of
   * {@link FactSchema#CI_MEASURE}; and {@code keyComponents}. {@code asset} holds the facts of
   * {@link FactSchema#ASSET}, its {@code components} the key ones only.
   *
   * @throws CompiledCondition.EvaluationFailure when a condition fails at run time
   */
  public Map<String, Object> assess(Map<String, Object> subject, Map<String, Object> asset, String asOf) {
    Level[] levels = new Level[Measure.values().length];
    java.util.Arrays.fill(levels, Level.HIGH);
    // For each rule that holds, the key components it held on (empty for a rule over the asset).
    Map<Rule, List<String>> fired = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> components = (List<Map<String, Object>>) asset.get("components");
    for (Rule rule : rules) {
      if (rule.over() == Over.ASSET) {
        if (test(rule, Map.of("subject", subject, "asset", asset, "asOf", asOf))) {
          fired.put(rule, List.of());
        }
      } else {
        List<String> on = new ArrayList<>();
        for (Map<String, Object> component : components) {
          if (test(rule, Map.of("subject", subject, "asset", asset, "component", component, "asOf", asOf))) {
            on.add(idOf(component));
          }
        }
        if (!on.isEmpty()) {
          fired.put(rule, on);
        }
      }
    }
    for (Rule rule : fired.keySet()) {
      int m = rule.measure().ordinal();
      if (rule.level().compareTo(levels[m]) < 0) {
        levels[m] = rule.level();
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (Measure measure : Measure.values()) {
      Level level = levels[measure.ordinal()];
      List<String> ids = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      Set<String> on = new LinkedHashSet<>();
      fired.forEach((rule, where) -> {
        if (rule.measure() == measure && rule.level() == level) {
          ids.add(rule.id());
          reasons.add(rule.reason());
          on.addAll(where);
        }
      });
      result.put(Fields.label(measure), measure(level, ids, reasons, List.copyOf(on)));
    }
    result.put("keyComponents", components.stream().map(CiRules::idOf).toList());
    return result;
  }

  /** The measures of a node no rule looked at: every measure high, no key components. */
  static Map<String, Object> unassessed() {
    return UNASSESSED;
  }

  private static Map<String, Object> everyMeasureHigh() {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Measure measure : Measure.values()) {
      result.put(Fields.label(measure), measure(Level.HIGH, List.of(), List.of(), List.of()));
    }
    result.put("keyComponents", List.of());
    return result;
  }

  private static boolean test(Rule rule, Map<String, ?> variables) {
    try {
      return rule.condition().test(variables);
    } catch (CompiledCondition.EvaluationFailure e) {
      throw new CompiledCondition.EvaluationFailure("critical-infrastructure rule '" + rule.id()
          + "': condition failed: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static String idOf(Map<String, Object> component) {
    return (String) ((Map<String, Object>) component.get("node")).get("id");
  }

  private static Map<String, Object> measure(Level level, List<String> rules, List<String> reasons,
      List<String> components) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("level", Fields.label(level));
    facts.put("rank", (long) level.ordinal());
    facts.put("rules", List.copyOf(rules));
    facts.put("reasons", List.copyOf(reasons));
    facts.put("components", components);
    return facts;
  }
}
