package dev.spillover.policy;

import dev.spillover.exposure.Exposure;
import dev.spillover.exposure.ExposureAnalysis;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.model.Estate;
import dev.spillover.model.Waiver;
import dev.spillover.policy.facts.FactBuilder;
import dev.spillover.policy.facts.ListMatcher;
import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Evaluates packs against an estate as of a date. For each rule that exists on that date (see
 * {@link Timeline}), for each subject in its scope, the condition is tested on every shortest
 * exposure path of the subject (or once on the subject alone, for rules over the subject); every
 * subject it holds for becomes one {@link Finding}, whose evidence lists the parties and paths it
 * held on.
 */
public final class Assessment {
  /** A condition that names the {@code cia} facts. */
  private static final java.util.regex.Pattern CIA = java.util.regex.Pattern.compile("\\bcia\\b");

  /** A condition that names the {@code ci} facts (the critical-infrastructure measures). */
  private static final java.util.regex.Pattern CI = java.util.regex.Pattern.compile("\\bci\\b");

  /** How many shortest paths are kept per exposure, for evidence. */
  public static final int MAX_PATHS = 3;

  private Assessment() {}

  /** Runs without progress reporting. */
  public static AssessmentResult run(Estate estate, List<Pack> packs, LocalDate asOf) {
    return run(estate, packs, asOf, done -> { });
  }

  /**
   * Runs the assessment; {@code progress} is told the number of subjects done so far, out of the
   * estate's node count.
   *
   * @throws dev.spillover.input.InputException when two packs have the same id or define the same list id
   * @throws CompiledCondition.EvaluationFailure when a condition fails at run time
   */
  public static AssessmentResult run(Estate estate, List<Pack> packs, LocalDate asOf, IntConsumer progress) {
    return run(estate, packs, asOf, progress, Map.of());
  }

  /**
   * Runs the assessment with listings found outside the estate and the packs, by party id (for
   * example by screening the estate's parties against restricted-party lists): conditions see
   * them in a party's {@code lists} as they see the estate's own, and findings show them in their
   * evidence. See {@link ListMatcher#match(Snapshot, List, Map)}.
   *
   * @throws dev.spillover.input.InputException when two packs have the same id or define the same list id
   * @throws CompiledCondition.EvaluationFailure when a condition fails at run time
   */
  public static AssessmentResult run(Estate estate, List<Pack> packs, LocalDate asOf, IntConsumer progress,
      Map<String, List<Listing>> moreListings) {
    return run(estate, packs, asOf, progress, moreListings, dev.spillover.policy.facts.CiaRules.bundled());
  }

  /**
   * Runs the assessment with the CIA rules {@code cia} (docs/cia.md) for the {@code cia} facts
   * instead of the bundled ones.
   *
   * @throws dev.spillover.input.InputException when two packs have the same id or define the same list id
   * @throws CompiledCondition.EvaluationFailure when a condition fails at run time
   */
  public static AssessmentResult run(Estate estate, List<Pack> packs, LocalDate asOf, IntConsumer progress,
      Map<String, List<Listing>> moreListings, dev.spillover.policy.facts.CiaRules cia) {
    return run(estate, packs, asOf, progress, moreListings, cia, dev.spillover.policy.facts.CiRules.bundled());
  }

  /**
   * Runs the assessment with the CIA rules {@code cia} (docs/cia.md) and the critical-infrastructure
   * rules {@code ci} (docs/critical-infrastructure.md). Each set of facts is computed only when a
   * rule that can run on the date names it ({@code cia}, {@code ci}); the findings then carry the
   * subject's levels ({@link Finding#measures()}).
   *
   * @throws dev.spillover.input.InputException when two packs have the same id or define the same list id
   * @throws CompiledCondition.EvaluationFailure when a condition fails at run time
   */
  public static AssessmentResult run(Estate estate, List<Pack> packs, LocalDate asOf, IntConsumer progress,
      Map<String, List<Listing>> moreListings, dev.spillover.policy.facts.CiaRules cia,
      dev.spillover.policy.facts.CiRules ci) {
    requireDistinctIds(packs);
    Snapshot snapshot = Snapshot.of(estate, asOf);
    List<List<Listing>> listings = ListMatcher.match(snapshot, packs, moreListings);
    ExposureAnalysis exposures = new ExposureAnalysis(snapshot, MAX_PATHS);

    Map<String, RuleStatus> statuses = new LinkedHashMap<>();
    List<Map.Entry<Pack, Rule>> live = new ArrayList<>();
    for (Pack pack : packs) {
      for (Rule rule : pack.rules()) {
        RuleStatus status = rule.timeline().statusOn(asOf);
        statuses.put(pack.id() + "/" + rule.id(), status);
        if (status.exists()) {
          live.add(Map.entry(pack, rule));
        }
      }
    }
    // The cia facts cost every CIA rule on every path of every subject: they are computed only when
    // a condition that can run today reads them (names 'cia'); otherwise they read as none.
    boolean readsCia = live.stream().anyMatch(e -> CIA.matcher(e.getValue().conditionText()).find());
    // The same for the critical-infrastructure measures, which walk every subject's reliance graph.
    boolean readsCi = live.stream().anyMatch(e -> CI.matcher(e.getValue().conditionText()).find());
    boolean needsExposures = readsCia || readsCi;
    FactBuilder facts = new FactBuilder(snapshot, listings,
        packs.stream().flatMap(pack -> pack.holdings().stream()).toList(), bulkThresholds(packs),
        packs.stream().flatMap(pack -> pack.aggregates().stream()).toList())
        .withCia(readsCia ? cia : dev.spillover.policy.facts.CiaRules.NONE)
        .withCi(readsCi ? ci : null);

    List<Finding> findings = new ArrayList<>();
    String asOfText = asOf.toString();
    Map<Rule, BitSet> reachable = reachable(live, snapshot, facts, asOfText);
    for (int subject = 0; subject < snapshot.nodeCount(); subject++) {
      progress.accept(subject);
      if (!ExposureAnalysis.isSubjectKind(snapshot.kind(subject))) {
        continue;
      }
      List<Exposure> found = null;
      // Keyed by identity: every rule sees the same path objects of `found`.
      Map<ExposurePath, Map<String, Object>> exposureFacts = new IdentityHashMap<>();
      Map<String, Object> subjectFacts = null;
      for (Map.Entry<Pack, Rule> entry : live) {
        Pack pack = entry.getKey();
        Rule rule = entry.getValue();
        if (!rule.scope().contains(snapshot.kind(subject))) {
          continue;
        }
        BitSet reach = reachable.get(rule);
        if (reach != null && !reach.get(subject)) {
          continue; // no exposure path from it reaches a party the rule's condition can accept
        }
        List<Evidence> evidence = new ArrayList<>();
        if (subjectFacts == null) {
          if (found == null && needsExposures) {
            found = exposures.from(subject);
          }
          subjectFacts = facts.subject(subject, needsExposures ? found : List.of(), exposureFacts);
        }
        if (rule.overSubject()) {
          if (test(rule, pack, subject, snapshot, Map.of("subject", subjectFacts, "asOf", asOfText))) {
            evidence.add(new Evidence(-1, List.of(), listings.get(subject), -1, 0, 0, false));
          }
        } else {
          if (found == null) {
            found = exposures.from(subject);
          }
          for (Exposure exposure : found) {
            List<ExposurePath> matched = new ArrayList<>();
            Map<String, Object> first = null;
            for (ExposurePath path : exposure.paths()) {
              final int s = subject;
              Map<String, Object> variables = exposureFacts.computeIfAbsent(path,
                  p -> facts.exposure(s, exposure.party(), p));
              if (test(rule, pack, subject, snapshot,
                  Map.of("subject", subjectFacts, "exposure", variables, "asOf", asOfText))) {
                matched.add(path);
                if (first == null) {
                  first = variables;
                }
              }
            }
            if (!matched.isEmpty()) {
              evidence.add(new Evidence(exposure.party(), matched, listings.get(exposure.party()),
                  snapshot.indexOf((String) first.get("attributedTo")),
                  (double) first.get("shareMin"), (double) first.get("shareMax"), (boolean) first.get("controls")));
            }
          }
        }
        if (!evidence.isEmpty()) {
          RuleStatus status = statuses.get(pack.id() + "/" + rule.id());
          Waiver waiver = waiverFor(pack, rule, snapshot.node(subject).id(), estate, asOf);
          findings.add(new Finding(pack, rule, subject, snapshot.node(subject), status, waiver, evidence,
              Finding.Measures.of(subjectFacts, readsCia, readsCi)));
        }
      }
    }
    progress.accept(snapshot.nodeCount());
    findings.sort(ORDER);
    return new AssessmentResult(snapshot, packs, statuses, listings, findings);
  }

  /**
   * For each exposure rule with a {@link PartyGate}, the subjects that can reach a party its gate
   * accepts ({@link ExposureAnalysis#reaching}); the other subjects cannot satisfy the rule on any
   * path, and are not searched from for it. Rules whose gates accept the same parties share one
   * search.
   */
  private static Map<Rule, BitSet> reachable(List<Map.Entry<Pack, Rule>> live, Snapshot snapshot,
      FactBuilder facts, String asOf) {
    Map<Rule, BitSet> reachable = new IdentityHashMap<>();
    Map<BitSet, BitSet> byParties = new HashMap<>();
    for (Map.Entry<Pack, Rule> entry : live) {
      Rule rule = entry.getValue();
      if (rule.overSubject()) {
        continue;
      }
      java.util.Optional<PartyGate> gate = PartyGate.of(rule.conditionText());
      if (gate.isEmpty()) {
        continue;
      }
      BitSet parties = new BitSet(snapshot.nodeCount());
      for (int p = 0; p < snapshot.nodeCount(); p++) {
        if (snapshot.kind(p).isParty() && gate.get().accepts(facts.node(p), asOf)) {
          parties.set(p);
        }
      }
      reachable.put(rule, byParties.computeIfAbsent(parties, found -> ExposureAnalysis.reaching(snapshot, found)));
    }
    return reachable;
  }

  /** Verdicts that count first (most severe first), then findings that decide nothing; then pack, rule, subject. */
  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt((Finding f) -> f.verdict() == null ? Verdict.values().length : f.verdict().ordinal())
      .thenComparingInt(f -> f.rule().verdict().ordinal())
      .thenComparing(f -> f.pack().id())
      .thenComparing(f -> f.rule().id())
      .thenComparing(f -> f.subject().id());

  /** Findings and statuses are keyed by pack id, holdings and aggregates by their ids: two with one id would be confused. */
  private static void requireDistinctIds(List<Pack> packs) {
    Map<String, Pack> byId = new HashMap<>();
    Map<String, Pack> holdings = new HashMap<>();
    Map<String, Pack> aggregates = new HashMap<>();
    List<dev.spillover.input.Problem> problems = new ArrayList<>();
    for (Pack pack : packs) {
      Pack other = byId.putIfAbsent(pack.id(), pack);
      if (other != null) {
        problems.add(new dev.spillover.input.Problem(pack.origin(), 0, 0, "pack id '" + pack.id()
            + "' is also the id of " + other.origin() + ", expected each pack applied to have its own id"));
      }
      for (PackAggregate aggregate : pack.aggregates()) {
        Pack first = aggregates.putIfAbsent(aggregate.id(), pack);
        if (first != null && first != pack) {
          problems.add(new dev.spillover.input.Problem(pack.origin(), 0, 0, "aggregate id '" + aggregate.id()
              + "' is also defined by pack " + first.id() + ", expected aggregate ids to be unique across the packs applied"));
        }
      }
      for (PackHolding holding : pack.holdings()) {
        Pack first = holdings.putIfAbsent(holding.id(), pack);
        if (first != null && first != pack) {
          problems.add(new dev.spillover.input.Problem(pack.origin(), 0, 0, "holding id '" + holding.id()
              + "' is also defined by pack " + first.id() + ", expected holding ids to be unique across the packs applied"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new dev.spillover.input.InputException(problems);
    }
  }

  /**
   * The bulk thresholds of {@code packs}, at most one per category, for the data-flow facts.
   *
   * @throws dev.spillover.input.InputException when two packs give a threshold for one category
   */
  public static List<dev.spillover.dataflow.BulkThreshold> bulkThresholds(List<Pack> packs) {
    Map<dev.spillover.model.Dataset.DataCategory, Pack> givenBy = new HashMap<>();
    List<dev.spillover.dataflow.BulkThreshold> thresholds = new ArrayList<>();
    List<dev.spillover.input.Problem> problems = new ArrayList<>();
    for (Pack pack : packs) {
      for (dev.spillover.dataflow.BulkThreshold threshold : pack.thresholds()) {
        Pack other = givenBy.putIfAbsent(threshold.category(), pack);
        if (other != null) {
          problems.add(new dev.spillover.input.Problem(pack.origin(), 0, 0, "pack '" + pack.id()
              + "' gives a bulk threshold for " + dev.spillover.input.Fields.label(threshold.category())
              + ", and so does pack '" + other.id() + "': expected one per category across the packs applied"));
        } else {
          thresholds.add(threshold);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new dev.spillover.input.InputException(problems);
    }
    return thresholds;
  }

  private static boolean test(Rule rule, Pack pack, int subject, Snapshot snapshot, Map<String, ?> variables) {
    try {
      return rule.condition().test(variables);
    } catch (CompiledCondition.EvaluationFailure e) {
      throw new CompiledCondition.EvaluationFailure("pack '" + pack.id() + "', rule '" + rule.id()
          + "': condition failed on subject '" + snapshot.node(subject).id() + "': " + e.getMessage(), e);
    }
  }

  private static Waiver waiverFor(Pack pack, Rule rule, String subject, Estate estate, LocalDate asOf) {
    for (Waiver waiver : rule.waivers()) {
      if (waiver.covers(pack.id(), rule.id(), subject, asOf)) {
        return waiver;
      }
    }
    for (Waiver waiver : estate.waivers()) {
      if (waiver.covers(pack.id(), rule.id(), subject, asOf)) {
        return waiver;
      }
    }
    return null;
  }
}
