package dev.spillover.dataflow;

import dev.spillover.model.Dataset;
import dev.spillover.model.Dataset.DataCategory;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data-flow analysis as it was before it was rewritten over int-indexed work arrays (maps per
 * dataset, TreeMaps per category and country), kept unchanged as the reference the rewrite's
 * answers are compared with on random estates ({@code DataFlowAnalysisEquivalenceTest}). Extended the
 * same way as the analysis when it gained the per-recipient volumes and the {@link BulkScope}: maps
 * (category, recipient, dataset), no arrays.
 */
final class DataFlowAnalysisBaseline {
  /** A count not known: larger than any, so that the smallest cap along a chain wins. */
  private static final long UNKNOWN = Long.MAX_VALUE;
  /** How a recipient is tied to a country, in the order reports give them. */
  private static final List<String> BASES =
      List.of("incorporation", "headquarters", "principal-place", "domicile", "nationality");

  private final Estate estate;
  private final LocalDate windowStart;
  private final LocalDate windowEnd;

  private DataFlowAnalysisBaseline(Estate estate, LocalDate asOf) {
    this.estate = estate;
    this.windowStart = asOf.minusYears(1).plusDays(1);
    this.windowEnd = asOf.plusDays(1);
  }

  /**
   * The flows of {@code estate} in the 12 months ending on {@code asOf}, aggregated and compared with
   * {@code thresholds} (at most one per category).
   *
   * @throws IllegalArgumentException when two thresholds name one category
   */
  static DataFlowAnalysis.Result run(Estate estate, LocalDate asOf, List<BulkThreshold> thresholds, BulkScope scope) {
    Objects.requireNonNull(estate, "estate");
    Objects.requireNonNull(asOf, "asOf");
    Map<DataCategory, BulkThreshold> byCategory = new EnumMap<>(DataCategory.class);
    for (BulkThreshold threshold : thresholds) {
      if (byCategory.put(threshold.category(), threshold) != null) {
        throw new IllegalArgumentException("two bulk thresholds for " + threshold.category() + ", expected one");
      }
    }
    DataFlowAnalysisBaseline analysis = new DataFlowAnalysisBaseline(estate, asOf);
    return analysis.analyse(asOf, byCategory, scope);
  }

  /** True when a transfer valid over {@code validity} overlaps the window. */
  boolean inWindow(Validity validity) {
    return (validity.from() == null || validity.from().isBefore(windowEnd))
        && (validity.until() == null || validity.until().isAfter(windowStart));
  }

  private DataFlowAnalysis.Result analyse(LocalDate asOf, Map<DataCategory, BulkThreshold> thresholds,
      BulkScope scope) {
    // The transfers in the window, grouped by the dataset they carry.
    Map<Integer, List<Integer>> byDataset = new TreeMap<>();
    List<Integer> unattributed = new ArrayList<>();
    List<Edge> edges = estate.edges();
    for (int e = 0; e < edges.size(); e++) {
      Edge edge = edges.get(e);
      if (edge.kind() != EdgeKind.TRANSFERS_DATA || !inWindow(edge.validity())) {
        continue;
      }
      int dataset = datasetOf(e);
      if (dataset < 0) {
        unattributed.add(e);
      } else {
        byDataset.computeIfAbsent(dataset, d -> new ArrayList<>()).add(e);
      }
    }
    List<Flow> flows = new ArrayList<>();
    byDataset.forEach((dataset, transfers) -> flows.addAll(flowsOf(dataset, transfers)));
    return new DataFlowAnalysis.Result(asOf, windowStart, windowEnd.minusDays(1), flows,
        volumes(flows, thresholds, scope), recipientVolumes(flows, thresholds, scope), unattributed, scope);
  }

  /** The dataset edge {@code e} carries: its sender when that is a dataset, else the one it names; -1 when none. */
  private int datasetOf(int e) {
    return datasetOf(estate, e);
  }

  /**
   * The dataset the {@code transfers_data} edge {@code e} of {@code estate} carries (by node index): its
   * sender when that is a dataset, else the dataset it names; -1 when none.
   */
  public static int datasetOf(Estate estate, int e) {
    int from = estate.edgeFrom(e);
    if (estate.node(from) instanceof Dataset) {
      return from;
    }
    if (estate.edges().get(e).terms() instanceof EdgeTerms.DataTransfer transfer && transfer.dataset() != null) {
      int named = estate.indexOf(transfer.dataset());
      return named >= 0 && estate.node(named) instanceof Dataset ? named : -1;
    }
    return -1;
  }

  private List<Flow> flowsOf(int dataset, List<Integer> transfers) {
    Dataset data = (Dataset) estate.node(dataset);
    Map<Integer, List<Integer>> bySender = new LinkedHashMap<>();
    BitSet receivers = new BitSet();
    for (int e : transfers) {
      bySender.computeIfAbsent(estate.edgeFrom(e), s -> new ArrayList<>()).add(e);
      receivers.set(estate.edgeTo(e));
    }
    // The origins hold the data without having received it: the dataset itself, the estate's owner,
    // and any sender that receives it from no one.
    int owner = estate.owner().map(estate::indexOf).orElse(-1);
    BitSet origins = new BitSet();
    for (int sender : bySender.keySet()) {
      if (sender == dataset || sender == owner || !receivers.get(sender)) {
        origins.set(sender);
      }
    }
    if (origins.isEmpty()) {
      // A pure cycle of holders: every sender already holds the data.
      bySender.keySet().forEach(origins::set);
    }
    long total = data.persons() == null ? UNKNOWN : data.persons();
    Map<Integer, Long> carried = new HashMap<>();
    Map<Integer, Integer> via = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    BitSet queued = new BitSet();
    for (int origin = origins.nextSetBit(0); origin >= 0; origin = origins.nextSetBit(origin + 1)) {
      for (int e : bySender.getOrDefault(origin, List.of())) {
        offer(e, Math.min(total, cap(e)), origins, carried, via, queue, queued);
      }
    }
    while (!queue.isEmpty()) {
      int holder = queue.poll();
      queued.clear(holder);
      for (int e : bySender.getOrDefault(holder, List.of())) {
        offer(e, Math.min(carried.get(holder), cap(e)), origins, carried, via, queue, queued);
      }
    }
    List<Flow> flows = new ArrayList<>();
    for (Map.Entry<Integer, Integer> reached : via.entrySet()) {
      List<Integer> chain = new ArrayList<>();
      List<Integer> chainEdges = new ArrayList<>();
      int at = reached.getKey();
      while (!origins.get(at)) {
        int e = via.get(at);
        chain.add(at);
        chainEdges.add(e);
        at = estate.edgeFrom(e);
        if (chain.size() > estate.nodeCount()) {
          throw new IllegalStateException("data-flow chain of " + estate.node(reached.getKey()).id() + " loops: a bug");
        }
      }
      java.util.Collections.reverse(chain);
      java.util.Collections.reverse(chainEdges);
      long persons = carried.get(reached.getKey());
      flows.add(new Flow(dataset, chain, chainEdges, persons == UNKNOWN ? null : persons, data.devices()));
    }
    flows.sort(Comparator.comparingInt((Flow f) -> f.chain().size()).thenComparingInt(Flow::recipient));
    return flows;
  }

  /** Takes transfer {@code e} carrying {@code amount} when it reaches its recipient first or carries more. */
  private void offer(int e, long amount, BitSet origins, Map<Integer, Long> carried, Map<Integer, Integer> via,
      ArrayDeque<Integer> queue, BitSet queued) {
    int to = estate.edgeTo(e);
    if (origins.get(to)) {
      return;
    }
    Long before = carried.get(to);
    // Only a strict increase replaces a chain, so the walk ends and the chain kept is the shortest.
    if (before == null || amount > before) {
      carried.put(to, amount);
      via.put(to, e);
      if (!queued.get(to)) {
        queued.set(to);
        queue.add(to);
      }
    }
  }

  /** The persons transfer {@code e} is declared to cover, or {@link #UNKNOWN}. */
  private long cap(int e) {
    return estate.edges().get(e).terms() instanceof EdgeTerms.DataTransfer transfer && transfer.persons() != null
        ? transfer.persons() : UNKNOWN;
  }

  /** Per category and recipient: each dataset's one flow to the recipient, summed over datasets. */
  private List<RecipientVolume> recipientVolumes(List<Flow> flows, Map<DataCategory, BulkThreshold> thresholds,
      BulkScope scope) {
    Map<DataCategory, Map<Integer, Map<Integer, Flow>>> byRecipient = new EnumMap<>(DataCategory.class);
    for (Flow flow : flows) {
      for (DataCategory category : ((Dataset) estate.node(flow.dataset())).categories()) {
        Flow before = byRecipient.computeIfAbsent(category, c -> new TreeMap<>())
            .computeIfAbsent(flow.recipient(), r -> new TreeMap<>()).put(flow.dataset(), flow);
        if (before != null) {
          throw new IllegalStateException("two flows of one dataset to one recipient: " + before + ", " + flow);
        }
      }
    }
    List<RecipientVolume> volumes = new ArrayList<>();
    byRecipient.forEach((category, byNode) -> byNode.forEach((recipient, byDataset) -> {
      long persons = 0;
      long devices = 0;
      int unknownPersons = 0;
      int unknownDevices = 0;
      List<CountryVolume.Contribution> contributions = new ArrayList<>();
      for (Flow flow : byDataset.values()) {
        contributions.add(new CountryVolume.Contribution(flow.dataset(), flow));
        if (flow.persons() == null) {
          unknownPersons++;
        } else {
          persons += flow.persons();
        }
        if (flow.devices() == null) {
          unknownDevices++;
        } else {
          devices += flow.devices();
        }
      }
      BulkThreshold threshold = thresholds.get(category);
      boolean covered = scope.coversRecipient(recipient);
      CountryVolume.Status status = threshold != null && !covered ? CountryVolume.Status.OUT_OF_SCOPE
          : status(threshold, persons, unknownPersons, devices, unknownDevices);
      volumes.add(new RecipientVolume(category, recipient, covered, contributions, persons, unknownPersons, devices,
          unknownDevices, threshold, status));
    }));
    return volumes;
  }

  private List<CountryVolume> volumes(List<Flow> flows, Map<DataCategory, BulkThreshold> thresholds,
      BulkScope scope) {
    // (category, country) -> dataset -> the flow carrying the most there; and the ties, kept apart.
    Map<DataCategory, Map<String, Map<Integer, Flow>>> best = new EnumMap<>(DataCategory.class);
    Map<DataCategory, Map<String, Map<String, List<Integer>>>> ties = new EnumMap<>(DataCategory.class);
    for (Flow flow : flows) {
      Dataset data = (Dataset) estate.node(flow.dataset());
      Map<String, List<String>> countryTies = ties(estate.node(flow.recipient()));
      for (DataCategory category : data.categories()) {
        for (Map.Entry<String, List<String>> tie : countryTies.entrySet()) {
          String country = tie.getKey();
          best.computeIfAbsent(category, c -> new TreeMap<>()).computeIfAbsent(country, c -> new TreeMap<>())
              .merge(flow.dataset(), flow, (a, b) -> persons(b) > persons(a) ? b : a);
          Map<String, List<Integer>> byBasis =
              ties.computeIfAbsent(category, c -> new TreeMap<>()).computeIfAbsent(country, c -> new LinkedHashMap<>());
          for (String basis : tie.getValue()) {
            List<Integer> recipients = byBasis.computeIfAbsent(basis, b -> new ArrayList<>());
            if (!recipients.contains(flow.recipient())) {
              recipients.add(flow.recipient());
            }
          }
        }
      }
    }
    List<CountryVolume> volumes = new ArrayList<>();
    best.forEach((category, byCountry) -> byCountry.forEach((country, byDataset) -> {
      long persons = 0;
      long devices = 0;
      int unknownPersons = 0;
      int unknownDevices = 0;
      List<CountryVolume.Contribution> contributions = new ArrayList<>();
      for (Flow flow : byDataset.values()) {
        contributions.add(new CountryVolume.Contribution(flow.dataset(), flow));
        if (flow.persons() == null) {
          unknownPersons++;
        } else {
          persons = Math.addExact(persons, flow.persons());
        }
        if (flow.devices() == null) {
          unknownDevices++;
        } else {
          devices = Math.addExact(devices, flow.devices());
        }
      }
      BulkThreshold threshold = thresholds.get(category);
      CountryVolume.Status status = threshold != null && !scope.coversCountry(country)
          ? CountryVolume.Status.OUT_OF_SCOPE : status(threshold, persons, unknownPersons, devices, unknownDevices);
      Map<String, List<Integer>> found = ties.get(category).get(country);
      Map<String, List<Integer>> ordered = new LinkedHashMap<>();
      for (String basis : BASES) {
        if (found.containsKey(basis)) {
          ordered.put(basis, found.get(basis));
        }
      }
      volumes.add(new CountryVolume(category, country, ordered, contributions, persons,
          unknownPersons, devices, unknownDevices, threshold, status));
    }));
    return volumes;
  }

  private static CountryVolume.Status status(BulkThreshold threshold, long persons, int unknownPersons, long devices,
      int unknownDevices) {
    if (threshold == null) {
      return CountryVolume.Status.NO_THRESHOLD;
    }
    boolean devicesUnit = threshold.unit() == BulkThreshold.Unit.DEVICES;
    long count = devicesUnit ? devices : persons;
    int unknown = devicesUnit ? unknownDevices : unknownPersons;
    // Any volume: a dataset of unknown size that reached the country is enough (only one declared empty is not).
    if (threshold.crossedBy(count) || (threshold.anyVolume() && unknown > 0)) {
      return CountryVolume.Status.CROSSED;
    }
    return unknown > 0 ? CountryVolume.Status.UNKNOWN : CountryVolume.Status.BELOW;
  }

  private static long persons(Flow flow) {
    return flow.persons() == null ? UNKNOWN : flow.persons();
  }

  /**
   * The countries a recipient is tied to, each with how (incorporation, headquarters,
   * principal-place, domicile, nationality), in that order.
   */
  public static Map<String, List<String>> ties(Node node) {
    Map<String, List<String>> ties = new LinkedHashMap<>();
    Seats seats = node instanceof Organization org ? org.seats()
        : node instanceof Person person ? person.seats() : Seats.UNKNOWN;
    tie(ties, seats.incorporation(), "incorporation");
    tie(ties, seats.headquarters(), "headquarters");
    tie(ties, seats.principalPlace(), "principal-place");
    tie(ties, seats.domicile(), "domicile");
    if (node instanceof Person person) {
      person.nationalities().forEach(code -> tie(ties, code, "nationality"));
    }
    return ties;
  }

  private static void tie(Map<String, List<String>> ties, String country, String basis) {
    if (country != null) {
      List<String> bases = ties.computeIfAbsent(country, c -> new ArrayList<>());
      if (!bases.contains(basis)) {
        bases.add(basis);
      }
    }
  }
}
