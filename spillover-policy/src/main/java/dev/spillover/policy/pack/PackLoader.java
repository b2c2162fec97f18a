package dev.spillover.policy.pack;

import dev.spillover.dataflow.BulkThreshold;
import dev.spillover.input.Fields;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlDocument;
import dev.spillover.input.YamlNode;
import dev.spillover.model.Countries;
import dev.spillover.model.Dataset;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Waiver;
import dev.spillover.policy.CompiledCondition;
import dev.spillover.policy.ListEntry;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackAggregate;
import dev.spillover.policy.PackHolding;
import dev.spillover.policy.PackList;
import dev.spillover.policy.PackSource;
import dev.spillover.policy.Rule;
import dev.spillover.policy.RuleMode;
import dev.spillover.policy.Timeline;
import dev.spillover.policy.TimelineEvent;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.facts.ConditionLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one pack file and checks it whole: structure, dates, references to the pack's sources,
 * and every rule condition compiled against {@link dev.spillover.policy.facts.FactSchema}. Every
 * problem is reported, naming the file, the rule and the position; nothing is returned when there
 * is any.
 */
public final class PackLoader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Set<NodeKind> SCOPES = EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PERSON,
      NodeKind.PRODUCT, NodeKind.COMPONENT, NodeKind.SYSTEM, NodeKind.DATASET);

  private final Problems problems = new Problems();
  private final String origin;
  private final Map<String, YamlNode> sourceRefs = new LinkedHashMap<>();
  private Map<String, PackSource> sources = Map.of();
  private String packId = "?";

  private PackLoader(String origin) {
    this.origin = origin;
  }

  /**
   * Loads the pack in {@code text}, shown in messages as {@code name}.
   *
   * @throws InputException listing every problem, when there is any
   */
  public static Pack parse(String text, String name, String origin) {
    PackLoader loader = new PackLoader(origin);
    YamlNode root = YamlDocument.parse(text, name, loader.problems);
    loader.problems.throwIfAny();
    return loader.read(root);
  }

  /** Loads the pack file at {@code path}. */
  public static Pack read(java.nio.file.Path path) {
    PackLoader loader = new PackLoader(path.toString());
    YamlNode root = YamlDocument.read(path, path.toString(), loader.problems);
    loader.problems.throwIfAny();
    return loader.read(root);
  }

  private Pack read(YamlNode root) {
    Fields top = new Fields(root, "pack file", problems);
    if (!root.isMapping()) {
      problems.throwIfAny();
    }
    YamlNode header = top.value("pack");
    if (header == null) {
      problems.at(root, "pack file: missing 'pack:' (id, title, citation)");
      problems.throwIfAny();
    }
    Fields pack = new Fields(header, "pack", problems);
    String id = pack.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
    if (id == null && !pack.has("id")) {
      problems.at(header, "pack: missing 'id'");
    }
    packId = id == null ? "?" : id;
    String title = pack.requiredText("title");
    String description = pack.text("description");
    String citation = pack.requiredText("citation");
    String perspective = pack.text("perspective");
    pack.finish();

    sources = readSources(top.list("sources"));
    Timeline defaultTimeline = timeline(top.value("timeline"), "pack '" + packId + "'");
    List<PackList> lists = new ArrayList<>();
    Set<String> listIds = new HashSet<>();
    for (YamlNode item : top.list("lists")) {
      PackList list = readList(item);
      if (list != null && !listIds.add(list.id())) {
        problems.at(item, "pack '" + packId + "': list id '" + list.id() + "' is used twice");
      } else if (list != null) {
        lists.add(list);
      }
    }
    List<PackHolding> holdings = new ArrayList<>();
    Set<String> holdingIds = new HashSet<>();
    for (YamlNode item : top.list("holdings")) {
      PackHolding holding = readHolding(item);
      if (holding != null && !holdingIds.add(holding.id())) {
        problems.at(item, "pack '" + packId + "': holding id '" + holding.id() + "' is used twice");
      } else if (holding != null) {
        holdings.add(holding);
      }
    }
    List<BulkThreshold> thresholds = readThresholds(top.list("thresholds"));
    List<PackAggregate> aggregates = new ArrayList<>();
    Set<String> aggregateIds = new HashSet<>();
    for (YamlNode item : top.list("aggregates")) {
      PackAggregate aggregate = readAggregate(item);
      if (aggregate != null && !aggregateIds.add(aggregate.id())) {
        problems.at(item, "pack '" + packId + "': aggregate id '" + aggregate.id() + "' is used twice");
      } else if (aggregate != null) {
        aggregates.add(aggregate);
      }
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ruleIds = new HashSet<>();
    List<YamlNode> ruleItems = top.list("rules");
    if (ruleItems.isEmpty() && !problems.isEmpty()) {
      problems.throwIfAny();
    }
    if (ruleItems.isEmpty()) {
      problems.at(root, "pack '" + packId + "': no rules, expected a 'rules:' list with at least one rule");
    }
    for (YamlNode item : ruleItems) {
      Rule rule = readRule(item, defaultTimeline);
      if (rule != null && !ruleIds.add(rule.id())) {
        problems.at(item, "pack '" + packId + "': rule id '" + rule.id() + "' is used twice");
      } else if (rule != null) {
        rules.add(rule);
      }
    }
    top.finish();
    sourceRefs.forEach((ref, at) -> {
      if (!sources.containsKey(ref)) {
        problems.at(at, "pack '" + packId + "': source '" + ref + "' is not defined under sources:");
      }
    });
    problems.throwIfAny();
    return new Pack(id, title, description, citation, perspective, origin, sources, lists, rules, holdings, thresholds,
        aggregates);
  }

  /**
   * The pack's bulk thresholds: each a category, a figure ({@code moreThan}) or {@code anyVolume},
   * the unit counted, the citation, its source and the day the figure was checked ({@code asOf}).
   */
  private List<BulkThreshold> readThresholds(List<YamlNode> items) {
    List<BulkThreshold> thresholds = new ArrayList<>();
    Set<Dataset.DataCategory> seen = EnumSet.noneOf(Dataset.DataCategory.class);
    for (YamlNode item : items) {
      Fields fields = new Fields(item, "pack '" + packId + "' threshold", problems);
      Dataset.DataCategory category = requiredChoice(fields, "category", Dataset.DataCategory.class);
      Long moreThan = fields.count("moreThan");
      Boolean anyVolume = fields.bool("anyVolume", false);
      BulkThreshold.Unit unit = fields.choice("unit", BulkThreshold.Unit.class, BulkThreshold.Unit.PERSONS);
      String citation = fields.requiredText("citation");
      sourceRef(fields, true);
      fields.requiredDate("asOf");
      fields.bool("checked", false);
      fields.text("note");
      fields.finish();
      if (anyVolume != null && moreThan != null && anyVolume) {
        problems.at(item, "pack '" + packId + "' threshold: both 'moreThan' and 'anyVolume', expected one of them");
        continue;
      }
      if (anyVolume != null && !anyVolume && moreThan == null && !fields.has("moreThan")) {
        problems.at(item, "pack '" + packId + "' threshold: missing 'moreThan' (a count) or 'anyVolume: true'");
        continue;
      }
      if (category == null || unit == null || anyVolume == null || citation == null
          || (!anyVolume && moreThan == null)) {
        continue;
      }
      if (!seen.add(category)) {
        problems.at(item, "pack '" + packId + "': two thresholds for " + Fields.label(category) + ", expected one");
        continue;
      }
      thresholds.add(new BulkThreshold(category, anyVolume ? 0 : moreThan, unit, anyVolume, citation));
    }
    return thresholds;
  }

  private Map<String, PackSource> readSources(List<YamlNode> items) {
    Map<String, PackSource> map = new LinkedHashMap<>();
    for (YamlNode item : items) {
      Fields fields = new Fields(item, "pack '" + packId + "' source", problems);
      String id = fields.requiredText("id");
      PackSource source = new PackSource(id, fields.requiredText("title"), fields.text("citation"),
          fields.text("publisher"), fields.text("url"), fields.date("published"));
      fields.text("quote");
      fields.text("notes");
      fields.bool("verified", true);
      fields.finish();
      if (id != null && map.putIfAbsent(id, source) != null) {
        problems.at(item, "pack '" + packId + "': source id '" + id + "' is used twice");
      }
    }
    return map;
  }

  private String sourceRef(Fields fields, boolean required) {
    String ref = required ? fields.requiredText("source") : fields.text("source");
    if (ref != null) {
      sourceRefs.putIfAbsent(ref, fields.value("source"));
    }
    return ref;
  }

  private Timeline timeline(YamlNode node, String owner) {
    if (node == null) {
      return null;
    }
    if (!node.isSequence()) {
      problems.at(node, owner + ": 'timeline' is " + node.describe() + ", expected a list of dated events");
      return null;
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (YamlNode item : node.items()) {
      Fields fields = new Fields(item, owner + " timeline event", problems);
      LocalDate on = fields.requiredDate("on");
      TimelineEvent.Type type = requiredChoice(fields, "event", TimelineEvent.Type.class);
      LocalDate effective = fields.date("effective");
      LocalDate until = fields.date("until");
      String note = fields.text("note");
      String source = sourceRef(fields, true);
      fields.finish();
      if (type == TimelineEvent.Type.DELAYED && effective == null) {
        problems.at(item, owner + ": a 'delayed' event needs 'effective', the new date it takes effect");
        continue;
      }
      if (on != null && type != null) {
        events.add(new TimelineEvent(on, type, effective, until, note, source));
      }
    }
    return new Timeline(events);
  }

  private PackList readList(YamlNode item) {
    Fields fields = new Fields(item, "pack '" + packId + "' list", problems);
    String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
    String title = fields.requiredText("title");
    String source = sourceRef(fields, true);
    List<ListEntry> entries = new ArrayList<>();
    for (YamlNode entryNode : fields.list("entries")) {
      Fields entry = new Fields(entryNode, "list '" + id + "' entry", problems);
      List<String> names = entry.texts("names");
      if (names.isEmpty()) {
        problems.at(entryNode, "list '" + id + "' entry: missing 'names', expected at least one name");
      }
      String country = entry.text("country", Countries::isKnown, "an ISO 3166-1 alpha-2 code");
      entries.add(new ListEntry(names, entry.textMap("identifiers"), country, entry.date("since"),
          entry.date("until"), sourceRef(entry, false), entry.text("note")));
      entry.finish();
    }
    fields.finish();
    return id == null || title == null ? null : new PackList(id, title, source, entries);
  }

  private PackHolding readHolding(YamlNode item) {
    Fields fields = new Fields(item, "pack '" + packId + "' holding", problems);
    String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
    if (id == null && !fields.has("id")) {
      problems.at(item, "pack '" + packId + "' holding: missing 'id'");
    }
    String owner = "pack '" + packId + "', holding '" + (id == null ? "?" : id) + "'";
    String title = fields.requiredText("title");
    String source = sourceRef(fields, true);
    List<String> tests = fields.texts("tests");
    List<String> allowed = PackHolding.TESTS.stream().sorted().toList();
    if (tests.isEmpty()) {
      problems.at(item, owner + ": missing 'tests', expected a list of " + String.join(", ", allowed));
    }
    for (String test : tests) {
      if (!PackHolding.TESTS.contains(test)) {
        problems.at(fields.value("tests"), owner + ": test '" + test + "' is not a jurisdiction test, expected one of "
            + String.join(", ", allowed));
      }
    }
    List<String> countries = fields.texts("countries");
    if (countries.isEmpty()) {
      problems.at(item, owner + ": missing 'countries', expected a list of ISO 3166-1 alpha-2 codes");
    }
    for (String country : countries) {
      if (!Countries.isKnown(country)) {
        problems.at(fields.value("countries"), owner + ": country '" + country
            + "' is not an ISO 3166-1 alpha-2 code, expected for example CN, RU, IR or KP");
      }
    }
    fields.text("notes");
    fields.finish();
    return id == null || title == null || tests.isEmpty() || countries.isEmpty() ? null
        : new PackHolding(id, title, tests, countries, source);
  }

  /**
   * An aggregate-ownership declaration: seeds by jurisdiction tests and countries (both or neither)
   * and/or by lists; at least one of the two.
   */
  private PackAggregate readAggregate(YamlNode item) {
    Fields fields = new Fields(item, "pack '" + packId + "' aggregate", problems);
    String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
    if (id == null && !fields.has("id")) {
      problems.at(item, "pack '" + packId + "' aggregate: missing 'id'");
    }
    String owner = "pack '" + packId + "', aggregate '" + (id == null ? "?" : id) + "'";
    String title = fields.requiredText("title");
    String source = sourceRef(fields, true);
    List<String> tests = fields.texts("tests");
    List<String> allowed = PackHolding.TESTS.stream().sorted().toList();
    for (String test : tests) {
      if (!PackHolding.TESTS.contains(test)) {
        problems.at(fields.value("tests"), owner + ": test '" + test + "' is not a jurisdiction test, expected one of "
            + String.join(", ", allowed));
      }
    }
    List<String> countries = fields.texts("countries");
    for (String country : countries) {
      if (!Countries.isKnown(country)) {
        problems.at(fields.value("countries"), owner + ": country '" + country
            + "' is not an ISO 3166-1 alpha-2 code, expected for example CN, RU, IR or KP");
      }
    }
    List<String> lists = fields.texts("lists");
    boolean ok = true;
    if (tests.isEmpty() != countries.isEmpty()) {
      problems.at(item, owner + ": 'tests' and 'countries' go together, expected both or neither");
      ok = false;
    } else if (tests.isEmpty() && lists.isEmpty()) {
      problems.at(item, owner + ": no seeds, expected 'tests' with 'countries', or 'lists', or both");
      ok = false;
    }
    Boolean bulkRecipients = fields.bool("bulkRecipients", false);
    if (Boolean.TRUE.equals(bulkRecipients) && countries.isEmpty()) {
      problems.at(item, owner + ": 'bulkRecipients: true' without 'countries', expected the countries the bulk "
          + "thresholds apply to");
      ok = false;
    }
    fields.text("notes");
    fields.finish();
    return id == null || title == null || !ok || bulkRecipients == null ? null
        : new PackAggregate(id, title, tests, countries, lists, source, bulkRecipients);
  }

  private Rule readRule(YamlNode item, Timeline defaultTimeline) {
    YamlNode.Entry idEntry = item.entries().get("id");
    String shownId = idEntry == null ? "?" : String.valueOf(idEntry.value().text());
    String owner = "pack '" + packId + "', rule '" + shownId + "'";
    Fields fields = new Fields(item, owner, problems);
    String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
    if (id == null && !fields.has("id")) {
      problems.at(item, owner + ": missing 'id'");
    }
    String title = fields.requiredText("title");
    String citation = fields.requiredText("citation");
    String description = fields.text("description");
    Set<NodeKind> scope = scope(fields, owner);
    String over = fields.text("over", s -> s.equals("exposures") || s.equals("subject"), "exposures or subject");
    boolean overSubject = "subject".equals(over);
    Verdict verdict = requiredChoice(fields, "verdict", Verdict.class);
    RuleMode mode = fields.choice("mode", RuleMode.class, RuleMode.ENFORCE);
    String source = sourceRef(fields, false);
    Timeline timeline = timeline(fields.value("timeline"), owner);
    List<Waiver> waivers = new ArrayList<>();
    for (YamlNode waiverNode : fields.list("waivers")) {
      Waiver waiver = readWaiver(waiverNode, id, owner);
      if (waiver != null) {
        waivers.add(waiver);
      }
    }
    String conditionText = fields.requiredText("condition");
    CompiledCondition condition = null;
    if (conditionText != null) {
      condition = compile(conditionText, overSubject, fields.value("condition"), owner);
    }
    fields.finish();
    if (id == null || title == null || citation == null || scope == null || verdict == null || mode == null
        || condition == null) {
      return null;
    }
    return new Rule(id, title, citation, description, scope, overSubject, conditionText, condition, verdict, mode,
        timeline != null ? timeline : defaultTimeline != null ? defaultTimeline : Timeline.NONE, waivers, source);
  }

  private CompiledCondition compile(String text, boolean overSubject, YamlNode at, String owner) {
    try {
      return ConditionLanguage.compile(text, overSubject);
    } catch (ConditionLanguage.InvalidCondition e) {
      String[] lines = text.split("\n", -1);
      for (ConditionLanguage.Issue issue : e.issues()) {
        StringBuilder message = new StringBuilder(owner)
            .append(": condition does not compile at line ").append(issue.line())
            .append(", column ").append(issue.column()).append(" of the expression: ").append(issue.message());
        if (issue.line() >= 1 && issue.line() <= lines.length) {
          String line = lines[issue.line() - 1];
          message.append("\n    | ").append(line).append("\n    | ")
              .append(" ".repeat(Math.max(0, issue.column() - 1))).append('^');
        }
        problems.add(new Problem(at.file(), at.line(), at.column(), message.toString()));
      }
      return null;
    }
  }

  private Set<NodeKind> scope(Fields fields, String owner) {
    List<String> labels = fields.texts("scope");
    if (labels.isEmpty()) {
      problems.at(fields.node(), owner + ": missing 'scope', expected a list of node kinds: "
          + String.join(", ", SCOPES.stream().map(NodeKind::label).toList()));
      return null;
    }
    Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
    for (String label : labels) {
      NodeKind kind = Fields.parseChoice(label, NodeKind.class);
      if (kind == null || !SCOPES.contains(kind)) {
        problems.at(fields.value("scope"), owner + ": scope '" + label + "' is not a node kind rules can look at, expected "
            + String.join(", ", SCOPES.stream().map(NodeKind::label).toList()));
        return null;
      }
      kinds.add(kind);
    }
    return kinds;
  }

  private Waiver readWaiver(YamlNode node, String ruleId, String owner) {
    Fields fields = new Fields(node, owner + " waiver", problems);
    String id = fields.requiredText("id");
    String subject = fields.requiredText("subject");
    String reason = fields.requiredText("reason");
    String grantedBy = fields.text("grantedBy");
    LocalDate from = fields.date("from");
    LocalDate until = fields.requiredDate("until");
    String source = sourceRef(fields, false);
    fields.finish();
    if (id == null || subject == null || reason == null || until == null) {
      return null;
    }
    return new Waiver(id, packId, ruleId, subject, reason, grantedBy, from, until, source);
  }

  private <E extends Enum<E>> E requiredChoice(Fields fields, String key, Class<E> type) {
    if (!fields.has(key)) {
      problems.at(fields.node(), fields.what() + ": missing '" + key + "', expected one of "
          + String.join(", ", Fields.choices(type)));
      return null;
    }
    return fields.choice(key, type, null);
  }
}
