package dev.spillover.policy.facts;

import dev.spillover.dataflow.BulkThreshold;
import dev.spillover.dataflow.CountryVolume;
import dev.spillover.dataflow.DataFlowAnalysis;
import dev.spillover.dataflow.BulkScope;
import dev.spillover.dataflow.Flow;
import dev.spillover.dataflow.RecipientVolume;
import dev.spillover.input.Fields;
import dev.spillover.model.Dataset;
import dev.spillover.model.Dataset.DataCategory;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-flow facts of one assessment ({@code subject.dataVolumes}, {@code exposure.dataVolumes}):
 * the data-flow analysis (docs/data-flows.md) run once, over the 12 months ending on the date, with
 * the bulk thresholds of the packs applied. Each fact is a list of volumes of the type
 * {@link FactSchema#DATA_VOLUME}: one dataset, one category, one country its data reached, what
 * this dataset carried there and what every dataset together carried there, against the threshold
 * (the per-country summary), and the per-recipient test of 28 CFR 202.205 that decides
 * ({@code recipientTotal}, {@code recipientStatus}, {@code recipientCrossed}).
 */
final class DataFlowFacts {
  private final Snapshot snapshot;
  private final DataFlowAnalysis.Result result;
  private final Map<DataCategory, BulkThreshold> thresholds = new EnumMap<>(DataCategory.class);
  private final Map<DataCategory, Map<String, CountryVolume>> volumes = new EnumMap<>(DataCategory.class);
  private final Map<Integer, List<Flow>> byDataset = new HashMap<>();
  private final Map<Integer, List<Flow>> byRecipient = new HashMap<>();
  private final Map<DataCategory, Map<Integer, RecipientVolume>> recipientVolumes = new EnumMap<>(DataCategory.class);

  DataFlowFacts(Snapshot snapshot, List<BulkThreshold> thresholds, BulkScope scope) {
    this.snapshot = snapshot;
    this.result = DataFlowAnalysis.run(snapshot.estate(), snapshot.asOf(), thresholds, scope);
    for (RecipientVolume volume : result.recipientVolumes()) {
      recipientVolumes.computeIfAbsent(volume.category(), c -> new HashMap<>()).put(volume.recipient(), volume);
    }
    thresholds.forEach(t -> this.thresholds.put(t.category(), t));
    for (CountryVolume volume : result.volumes()) {
      volumes.computeIfAbsent(volume.category(), c -> new HashMap<>()).put(volume.country(), volume);
    }
    for (Flow flow : result.flows()) {
      byDataset.computeIfAbsent(flow.dataset(), d -> new ArrayList<>()).add(flow);
      byRecipient.computeIfAbsent(flow.recipient(), r -> new ArrayList<>()).add(flow);
    }
  }

  /**
   * The volumes of dataset {@code dataset}: per category and country its data reached, the most any
   * of its flows carried there and how its recipients are tied to the country.
   */
  List<Object> ofDataset(int dataset) {
    List<Flow> flows = byDataset.getOrDefault(dataset, List.of());
    if (flows.isEmpty()) {
      return List.of();
    }
    // country -> the flow carrying the most there, and the ties of all its recipients there.
    Map<String, Flow> best = new java.util.TreeMap<>();
    Map<String, List<String>> ties = new HashMap<>();
    Map<String, List<Integer>> recipients = new HashMap<>();
    for (Flow flow : flows) {
      DataFlowAnalysis.ties(snapshot.node(flow.recipient())).forEach((country, bases) -> {
        best.merge(country, flow, (a, b) -> count(b, null) > count(a, null) ? b : a);
        recipients.computeIfAbsent(country, c -> new ArrayList<>()).add(flow.recipient());
        List<String> known = ties.computeIfAbsent(country, c -> new ArrayList<>());
        bases.stream().filter(b -> !known.contains(b)).forEach(known::add);
      });
    }
    List<Object> found = new ArrayList<>();
    for (DataCategory category : categories(dataset)) {
      best.forEach((country, flow) -> found.add(volume(dataset, category, country, ordered(ties.get(country)), flow,
          recipients.get(country))));
    }
    return List.copyOf(found);
  }

  /**
   * The volumes that the datasets {@code datasets} brought to {@code recipient}: per dataset that
   * reached it, category and country the recipient is tied to.
   */
  List<Object> toRecipient(Collection<Integer> datasets, int recipient) {
    List<Object> found = new ArrayList<>();
    Map<String, List<String>> ties = DataFlowAnalysis.ties(snapshot.node(recipient));
    for (Flow flow : byRecipient.getOrDefault(recipient, List.of())) {
      if (!datasets.contains(flow.dataset())) {
        continue;
      }
      for (DataCategory category : categories(flow.dataset())) {
        ties.forEach((country, bases) -> found.add(volume(flow.dataset(), category, country, bases, flow,
            List.of(recipient))));
      }
    }
    return List.copyOf(found);
  }

  private List<DataCategory> categories(int dataset) {
    return ((Dataset) snapshot.node(dataset)).categories().stream()
        .sorted(java.util.Comparator.comparing(Fields::label)).toList();
  }

  /**
   * One volume: {@code flow} is the flow counted for the dataset, {@code recipients} the recipients
   * whose per-recipient test speaks for it (on an exposure its recipient; on a dataset every recipient
   * of it tied to the country: the largest total and the gravest status among them).
   */
  private Map<String, Object> volume(int dataset, DataCategory category, String country, List<String> ties,
      Flow flow, List<Integer> recipients) {
    BulkThreshold threshold = thresholds.get(category);
    CountryVolume total = volumes.getOrDefault(category, Map.of()).get(country);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("dataset", snapshot.node(dataset).id());
    facts.put("category", Fields.label(category));
    facts.put("country", country);
    facts.put("ties", List.copyOf(ties));
    facts.put("unit", threshold != null && threshold.unit() == BulkThreshold.Unit.DEVICES ? "devices" : "persons");
    long carried = count(flow, threshold);
    facts.put("count", carried < 0 ? 0L : carried);
    facts.put("total", total == null ? 0L : total.count());
    CountryVolume.Status status = total == null ? CountryVolume.Status.NO_THRESHOLD : total.status();
    facts.put("crossed", status == CountryVolume.Status.CROSSED);
    facts.put("status", label(status));
    RecipientVolume decisive = null;
    Map<Integer, RecipientVolume> byRecipient = recipientVolumes.getOrDefault(category, Map.of());
    for (int recipient : recipients) {
      RecipientVolume candidate = byRecipient.get(recipient);
      if (candidate != null && (decisive == null || rank(candidate) > rank(decisive)
          || (rank(candidate) == rank(decisive) && candidate.count() > decisive.count()))) {
        decisive = candidate;
      }
    }
    CountryVolume.Status recipientStatus = decisive == null ? CountryVolume.Status.NO_THRESHOLD : decisive.status();
    facts.put("recipientTotal", decisive == null ? 0L : decisive.count());
    facts.put("recipientCrossed", recipientStatus == CountryVolume.Status.CROSSED);
    facts.put("recipientStatus", label(recipientStatus));
    return facts;
  }

  /** The order in which a status speaks for several recipients: crossed first, then unknown, below, the rest. */
  private static int rank(RecipientVolume volume) {
    return switch (volume.status()) {
      case CROSSED -> 3;
      case UNKNOWN -> 2;
      case BELOW -> 1;
      case OUT_OF_SCOPE, NO_THRESHOLD -> 0;
    };
  }

  private static String label(CountryVolume.Status status) {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** What {@code flow} carried in the unit of {@code threshold} (persons when none); -1 when unknown. */
  private static long count(Flow flow, BulkThreshold threshold) {
    Long count = threshold != null && threshold.unit() == BulkThreshold.Unit.DEVICES ? flow.devices() : flow.persons();
    return count == null ? -1 : count;
  }

  private static List<String> ordered(List<String> bases) {
    List<String> order = List.of("incorporation", "headquarters", "principal-place", "domicile", "nationality");
    return order.stream().filter(bases::contains).toList();
  }
}
