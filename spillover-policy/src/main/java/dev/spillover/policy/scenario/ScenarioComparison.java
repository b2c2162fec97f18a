package dev.spillover.policy.scenario;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.Rule;
import dev.spillover.policy.RuleStatus;
import dev.spillover.policy.Verdict;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scenarios side by side: each scenario's changes applied to its own copy of the estate, assessed
 * under its packs as of its date; then, per subject and rule, what each scenario decides
 * ({@link Row}), and what changes from one scenario to the next, or from the first to each other
 * ({@link Baseline}), with the reasons that can be attributed ({@link Difference}).
 *
 * @param outcomes one per scenario, in the order given
 * @param rows every subject and rule that some scenario has a finding for, by subject id, pack, rule
 * @param differences the rows whose outcome differs between two compared scenarios, by pair, then row
 */
public record ScenarioComparison(
    Estate estate, Baseline baseline, List<Outcome> outcomes, List<Row> rows, List<Difference> differences) {

  public ScenarioComparison {
    outcomes = List.copyOf(outcomes);
    rows = List.copyOf(rows);
    differences = List.copyOf(differences);
  }

  /** Which scenario each scenario is compared with. */
  public enum Baseline {
    /** Each scenario with the one before it. */
    PREVIOUS,
    /** Each scenario with the first. */
    FIRST
  }

  /** One scenario applied and assessed. */
  public record Outcome(AppliedScenario applied, AssessmentResult result) {
    public Scenario scenario() {
      return applied.scenario();
    }

    /** How many subjects get each verdict as their most severe one that counts. */
    public Map<Verdict, Integer> subjectsByWorstVerdict() {
      Map<String, Verdict> worst = new TreeMap<>();
      for (Finding finding : result.findings()) {
        if (finding.verdict() != null) {
          worst.merge(finding.subject().id(), finding.verdict(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
      }
      Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
      for (Verdict verdict : Verdict.values()) {
        counts.put(verdict, 0);
      }
      worst.values().forEach(v -> counts.merge(v, 1, Integer::sum));
      return counts;
    }

    /** How many nodes some rule of the scenario's packs looks at (their kind is in a rule's scope). */
    public int subjectsAssessed() {
      Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
      result.packs().forEach(pack -> pack.rules().forEach(rule -> kinds.addAll(rule.scope())));
      Snapshot snapshot = result.snapshot();
      int count = 0;
      for (int n = 0; n < snapshot.nodeCount(); n++) {
        if (kinds.contains(snapshot.kind(n))) {
          count++;
        }
      }
      return count;
    }
  }

  /** What a scenario decides about one subject under one rule. */
  public enum State {
    PROHIBITED,
    RESTRICTED,
    REVIEW,
    ALLOWED,
    /** The rule matched, but its verdict does not count that day (pending, enjoined, waived, log-only). */
    NO_VERDICT,
    /** The rule did not match the subject (or does not exist that day, or its pack is not applied). */
    NOT_MATCHED;

    /** The state of {@code finding} (null: not matched). */
    public static State of(Finding finding) {
      if (finding == null) {
        return NOT_MATCHED;
      }
      return finding.verdict() == null ? NO_VERDICT : State.valueOf(finding.verdict().name());
    }

    /** The label used in outputs, for example {@code no-verdict}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One subject under one rule, with the finding of each scenario (null where it has none), in
   * scenario order.
   */
  public record Row(Node subject, String pack, String rule, String ruleTitle, List<Finding> findings) {
    public Row {
      findings = java.util.Collections.unmodifiableList(new ArrayList<>(findings));
    }

    public State state(int scenario) {
      return State.of(findings.get(scenario));
    }
  }

  /** Why an outcome changed, as far as it can be attributed. */
  public enum ReasonKind {
    /** A hypothetical change of one scenario (and not of the other) touches the finding's evidence. */
    CHANGE,
    /** The rule's legal status differs on the two dates. */
    STATUS,
    /**
     * The share of the subject held by the parties that meet one of the pack's holding tests
     * differs (with the holders it comes through).
     */
    SHARE,
    /** The rule's pack is applied in one scenario only. */
    PACK,
    /** A waiver covers the subject in one scenario only, or until a different day. */
    WAIVER,
    /** The scenarios assess different days: edges and list entries valid on each day differ. */
    DATE,
    /** None of the above: the facts the condition tests differ (see the evidence). */
    FACTS
  }

  /**
   * One reason: its kind, the scenario whose change it is and the change's number (for
   * {@link ReasonKind#CHANGE}; otherwise null), and the reason in words.
   */
  public record Reason(ReasonKind kind, String scenario, Integer change, String text) {}

  /**
   * The outcome of {@code row} differs between scenario {@code from} and scenario {@code to}
   * (indexes into {@link #outcomes()}): {@code before} and {@code after} are the findings (null
   * when not matched), with the reasons.
   */
  public record Difference(int from, int to, Row row, Finding before, Finding after, List<Reason> reasons) {
    public Difference {
      reasons = List.copyOf(reasons);
    }

    public State stateBefore() {
      return State.of(before);
    }

    public State stateAfter() {
      return State.of(after);
    }
  }

  /**
   * Applies and assesses every scenario, then compares them.
   *
   * @throws InputException when a scenario's changes name something not in the estate (every
   *     problem of every scenario is listed, nothing is assessed), or two scenarios have one name
   */
  public static ScenarioComparison run(Estate estate, List<Scenario> scenarios, Baseline baseline) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Scenario> names = new TreeMap<>();
    List<AppliedScenario> applied = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Scenario other = names.putIfAbsent(scenario.name(), scenario);
      if (other != null) {
        problems.add(new Problem(scenario.origin(), 0, 0, "scenario name '" + scenario.name()
            + "' is also the name of " + other.origin() + ", expected each scenario compared to have its own name"));
      }
      try {
        applied.add(ScenarioChanges.apply(estate, scenario));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (AppliedScenario one : applied) {
      outcomes.add(new Outcome(one, Assessment.run(one.estate(), one.packs(), one.scenario().asOf())));
    }
    List<Row> rows = rows(outcomes);
    List<Difference> differences = new ArrayList<>();
    // The holdings of each holding test, computed once per scenario and test, when a difference asks.
    Map<Outcome, Map<String, dev.spillover.ownership.RestrictedHoldings.Result>> holdings =
        new java.util.IdentityHashMap<>();
    for (int to = 1; to < outcomes.size(); to++) {
      int from = baseline == Baseline.FIRST ? 0 : to - 1;
      for (Row row : rows) {
        Finding before = row.findings().get(from);
        Finding after = row.findings().get(to);
        if (State.of(before) != State.of(after)) {
          differences.add(new Difference(from, to, row, before, after,
              reasons(outcomes.get(from), outcomes.get(to), row, before, after, holdings)));
        }
      }
    }
    return new ScenarioComparison(estate, baseline, outcomes, rows, differences);
  }

  private static List<Row> rows(List<Outcome> outcomes) {
    record Key(String subject, String pack, String rule) implements Comparable<Key> {
      @Override
      public int compareTo(Key other) {
        int c = subject.compareTo(other.subject);
        c = c != 0 ? c : pack.compareTo(other.pack);
        return c != 0 ? c : rule.compareTo(other.rule);
      }
    }
    Map<Key, Finding[]> byKey = new TreeMap<>();
    for (int s = 0; s < outcomes.size(); s++) {
      for (Finding finding : outcomes.get(s).result().findings()) {
        Key key = new Key(finding.subject().id(), finding.pack().id(), finding.rule().id());
        byKey.computeIfAbsent(key, k -> new Finding[outcomes.size()])[s] = finding;
      }
    }
    List<Row> rows = new ArrayList<>();
    byKey.forEach((key, findings) -> {
      Finding any = java.util.Arrays.stream(findings).filter(Objects::nonNull).findFirst().orElseThrow();
      rows.add(new Row(any.subject(), key.pack(), key.rule(), any.rule().title(), java.util.Arrays.asList(findings)));
    });
    return rows;
  }

  private static List<Reason> reasons(Outcome from, Outcome to, Row row, Finding before, Finding after,
      Map<Outcome, Map<String, dev.spillover.ownership.RestrictedHoldings.Result>> holdings) {
    List<Reason> reasons = new ArrayList<>();
    Set<String> evidence = new HashSet<>();
    evidence.add(row.subject().id());
    evidenceNodes(before, from.result().snapshot(), evidence);
    evidenceNodes(after, to.result().snapshot(), evidence);
    String key = row.pack() + "/" + row.rule();
    Pack packBefore = pack(from, row.pack());
    Pack packAfter = pack(to, row.pack());
    String nameFrom = from.scenario().name();
    String nameTo = to.scenario().name();
    if (packBefore == null || packAfter == null) {
      String where = packBefore == null ? nameTo : nameFrom;
      String not = packBefore == null ? nameFrom : nameTo;
      reasons.add(new Reason(ReasonKind.PACK, null, null, "pack " + row.pack() + " is applied in '" + where
          + "' but not in '" + not + "'"));
      return reasons;
    }
    if (rule(packBefore, row.rule()) == null || rule(packAfter, row.rule()) == null) {
      reasons.add(new Reason(ReasonKind.PACK, null, null, "rule " + key + " is not in both scenarios' copies of the pack"));
      return reasons;
    }
    // The pack applied in both: what the scenarios' changes did comes first.
    changes(to, from, evidence, before, after, reasons, "made by");
    changes(from, to, evidence, before, after, reasons, "made only by");
    RuleStatus statusBefore = from.result().statuses().get(key);
    RuleStatus statusAfter = to.result().statuses().get(key);
    if (!Objects.equals(statusBefore, statusAfter)) {
      reasons.add(new Reason(ReasonKind.STATUS, null, null, "rule " + key + " is " + statusBefore.describe() + " on "
          + from.scenario().asOf() + " ('" + nameFrom + "') and " + statusAfter.describe() + " on "
          + to.scenario().asOf() + " ('" + nameTo + "')"));
    }
    for (dev.spillover.policy.PackHolding holding : packAfter.holdings()) {
      String shareBefore = held(from, holding, row.subject().id(), holdings);
      String shareAfter = held(to, holding, row.subject().id(), holdings);
      if (!shareBefore.equals(shareAfter)) {
        reasons.add(new Reason(ReasonKind.SHARE, null, null, "held by parties meeting " + holding.id() + ": "
            + shareBefore + " in '" + nameFrom + "', " + shareAfter + " in '" + nameTo + "'"));
      }
    }
    String waiverBefore = before == null || before.waiver() == null ? null : before.waiver().id() + " until " + before.waiver().until();
    String waiverAfter = after == null || after.waiver() == null ? null : after.waiver().id() + " until " + after.waiver().until();
    if ((before != null && after != null) && !Objects.equals(waiverBefore, waiverAfter)) {
      reasons.add(new Reason(ReasonKind.WAIVER, null, null, "waiver: "
          + (waiverBefore == null ? "none" : waiverBefore) + " in '" + nameFrom + "', "
          + (waiverAfter == null ? "none" : waiverAfter) + " in '" + nameTo + "'"));
    }
    if (reasons.isEmpty() && !from.scenario().asOf().equals(to.scenario().asOf())) {
      reasons.add(new Reason(ReasonKind.DATE, null, null, "'" + nameFrom + "' is assessed as of "
          + from.scenario().asOf() + " and '" + nameTo + "' as of " + to.scenario().asOf()
          + ": the edges and list entries valid on each day differ"));
    }
    if (reasons.isEmpty()) {
      reasons.add(new Reason(ReasonKind.FACTS, null, null,
          "the facts the condition tests differ between the two estates; see the evidence"));
    }
    return reasons;
  }

  /** Reasons for the changes of {@code with} that {@code without} does not make and that touch the evidence. */
  private static void changes(Outcome with, Outcome without, Set<String> evidence, Finding before, Finding after,
      List<Reason> reasons, String verb) {
    Set<String> others = new HashSet<>();
    without.scenario().changes().forEach(c -> others.add(c.describe() + "\u0000" + c.reason()));
    for (AppliedScenario.Effect effect : with.applied().effects()) {
      ScenarioChange change = effect.change();
      if (others.contains(change.describe() + "\u0000" + change.reason())) {
        continue;
      }
      // A waiver decides whether a verdict counts, never whether a rule matches.
      boolean relevant = !(change instanceof ScenarioChange.EndWaiver) || (before != null && after != null);
      if (relevant && effect.nodes().stream().anyMatch(evidence::contains)) {
        reasons.add(new Reason(ReasonKind.CHANGE, with.scenario().name(), change.number(),
            "change " + change.number() + " " + verb + " '" + with.scenario().name() + "' (" + change.describe()
                + "): " + change.reason()));
      }
    }
  }

  private static void evidenceNodes(Finding finding, Snapshot snapshot, Set<String> into) {
    if (finding == null) {
      return;
    }
    for (Evidence evidence : finding.evidence()) {
      if (evidence.party() >= 0) {
        into.add(snapshot.node(evidence.party()).id());
      }
      if (evidence.attributedTo() >= 0) {
        into.add(snapshot.node(evidence.attributedTo()).id());
      }
      for (ExposurePath path : evidence.paths()) {
        for (int node : path.nodes(snapshot, finding.subjectIndex())) {
          into.add(snapshot.node(node).id());
        }
      }
    }
  }

  /**
   * The share of node {@code id} held by the parties meeting {@code holding} in {@code outcome}'s
   * estate, in words with the holders it comes through: "24.9 % (bytedance 19.9 %, x 5 %)".
   */
  private static String held(Outcome outcome, dev.spillover.policy.PackHolding holding, String id,
      Map<Outcome, Map<String, dev.spillover.ownership.RestrictedHoldings.Result>> holdings) {
    Snapshot snapshot = outcome.result().snapshot();
    int node = snapshot.indexOf(id);
    if (node < 0) {
      return "none";
    }
    dev.spillover.ownership.RestrictedHoldings.Result result = holdings
        .computeIfAbsent(outcome, o -> new java.util.HashMap<>())
        .computeIfAbsent(holding.id(), h -> new dev.spillover.ownership.RestrictedHoldings(snapshot)
            .of(holding.parties(snapshot), dev.spillover.ownership.LookThroughOwnership.Links.PROPORTIONAL));
    dev.spillover.ownership.ShareBounds share = result.share(node);
    StringBuilder text = new StringBuilder(percent(share.min()));
    if (share.max() - share.min() > 1e-9) {
      text.append(" to ").append(percent(share.max()));
    }
    text.append(" %");
    List<String> through = new ArrayList<>();
    for (dev.spillover.ownership.RestrictedHoldings.Contribution contribution : result.contributions(node, true)) {
      through.add(snapshot.node(contribution.owner()).id() + " " + percent(contribution.share()) + " %");
    }
    if (!through.isEmpty()) {
      text.append(" (through ").append(String.join(", ", through)).append(')');
    }
    return text.toString();
  }

  private static String percent(double fraction) {
    return java.math.BigDecimal.valueOf(fraction * 100).setScale(6, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  private static Pack pack(Outcome outcome, String id) {
    return outcome.result().packs().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  private static Rule rule(Pack pack, String id) {
    return pack.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }
}
