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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each dataset of an estate goes, and how much of each data category reaches each country,
 * over the 12 months ending on a day (docs/data-flows.md).
 *
 * <p>A transfer counts when its validity overlaps the window: from the day after the same day a
 * year earlier to the as-of day, both inclusive. A dataset leaves its origins (the dataset node
 * itself, the estate's owner, or a holder that sends it without receiving it) along
 * {@code transfers_data} edges; a
 * recipient passes it on only along its own {@code transfers_data} edges that name that dataset.
 * Each recipient is reached once per dataset, by the shortest chain among those carrying the most
 * persons, so chains and cycles never count a dataset twice and the walk always ends.
 *
 * <p>Per category and recipient, each dataset counts once, with what its flow to the recipient
 * carried: this is the aggregation of 28 CFR 202.205 ("the same U.S. person and the same foreign
 * person or covered person") and the one that decides whether a threshold is crossed, where the
 * {@link BulkScope} covers the recipient. Per category and country, each dataset counts once, with
 * the largest number a flow carried there: a summary, compared with the threshold where the scope
 * covers the country. Either way the counts of distinct datasets add up (the format cannot say
 * whether two datasets cover the same persons, so the sum is an upper bound where they overlap).
 */
public final class DataFlowAnalysis {
  /** A count not known: larger than any, so that the smallest cap along a chain wins. */
  private static final long UNKNOWN = Long.MAX_VALUE;
  /** How a recipient is tied to a country, in the order reports give them. */
  private static final List<String> BASES =
      List.of("incorporation", "headquarters", "principal-place", "domicile", "nationality");

  private final Estate estate;
  private final LocalDate windowStart;
  private final LocalDate windowEnd;
  /** The estate's owner (node index), -1 when none is declared. */
  private final int owner;

  private DataFlowAnalysis(Estate estate, LocalDate asOf) {
    this.estate = estate;
    this.owner = estate.owner().map(estate::indexOf).orElse(-1);
    this.windowStart = asOf.minusYears(1).plusDays(1);
    this.windowEnd = asOf.plusDays(1);
  }

  /**
   * The flows of {@code estate} in the 12 months ending on {@code asOf}, aggregated and compared with
   * {@code thresholds} (at most one per category) for every recipient and country
   * ({@link BulkScope#EVERYWHERE}).
   *
   * @throws IllegalArgumentException when two thresholds name one category
   */
  public static Result run(Estate estate, LocalDate asOf, List<BulkThreshold> thresholds) {
    return run(estate, asOf, thresholds, BulkScope.EVERYWHERE);
  }

  /**
   * The flows of {@code estate} in the 12 months ending on {@code asOf}, aggregated and compared with
   * {@code thresholds} (at most one per category) where {@code scope} says they apply; elsewhere the
   * volumes are {@link CountryVolume.Status#OUT_OF_SCOPE}.
   *
   * @throws IllegalArgumentException when two thresholds name one category
   */
  public static Result run(Estate estate, LocalDate asOf, List<BulkThreshold> thresholds, BulkScope scope) {
    Objects.requireNonNull(estate, "estate");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scope, "scope");
    Map<DataCategory, BulkThreshold> byCategory = new EnumMap<>(DataCategory.class);
    for (BulkThreshold threshold : thresholds) {
      if (byCategory.put(threshold.category(), threshold) != null) {
        throw new IllegalArgumentException("two bulk thresholds for " + threshold.category() + ", expected one");
      }
    }
    DataFlowAnalysis analysis = new DataFlowAnalysis(estate, asOf);
    return analysis.analyse(asOf, byCategory, scope);
  }

  /** True when a transfer valid over {@code validity} overlaps the window. */
  boolean inWindow(Validity validity) {
    return (validity.from() == null || validity.from().isBefore(windowEnd))
        && (validity.until() == null || validity.until().isAfter(windowStart));
  }

  private Result analyse(LocalDate asOf, Map<DataCategory, BulkThreshold> thresholds, BulkScope scope) {
    // The transfers in the window, grouped by the dataset they carry (datasets in node order, each
    // dataset's transfers in edge order): a counting sort into one array.
    List<Integer> unattributed = new ArrayList<>();
    List<Edge> edges = estate.edges();
    int nodeCount = estate.nodeCount();
    int[] carries = new int[edges.size()];
    int[] start = new int[nodeCount + 1];
    for (int e = 0; e < carries.length; e++) {
      Edge edge = edges.get(e);
      carries[e] = -1;
      if (edge.kind() != EdgeKind.TRANSFERS_DATA || !inWindow(edge.validity())) {
        continue;
      }
      int dataset = datasetOf(e);
      if (dataset < 0) {
        unattributed.add(e);
      } else {
        carries[e] = dataset;
        start[dataset + 1]++;
      }
    }
    int most = 0;
    for (int n = 0; n < nodeCount; n++) {
      most = Math.max(most, start[n + 1]);
      start[n + 1] += start[n];
    }
    int[] grouped = new int[start[nodeCount]];
    int[] fill = java.util.Arrays.copyOf(start, nodeCount);
    for (int e = 0; e < carries.length; e++) {
      if (carries[e] >= 0) {
        grouped[fill[carries[e]]++] = e;
      }
    }
    Work work = new Work(nodeCount, most);
    List<Flow> flows = new ArrayList<>();
    for (int dataset = 0; dataset < nodeCount; dataset++) {
      if (start[dataset + 1] > start[dataset]) {
        flowsOf(dataset, grouped, start[dataset], start[dataset + 1], work, flows);
      }
    }
    int[] categories = categoryMasks();
    return new Result(asOf, windowStart, windowEnd.minusDays(1), flows, volumes(flows, categories, thresholds, scope),
        recipientVolumes(flows, categories, thresholds, scope), unattributed, scope);
  }

  /**
   * The categories of each dataset as a bit mask by {@link DataCategory} ordinal (0 for other nodes),
   * read once in node order: the volumes then look up one int per flow instead of following each
   * flow to its dataset and the dataset's set of categories, in an order far from the nodes'.
   */
  private int[] categoryMasks() {
    if (DataCategory.values().length > Integer.SIZE) {
      throw new IllegalStateException("more data categories than bits in an int mask");
    }
    int[] masks = new int[estate.nodeCount()];
    for (int n = 0; n < masks.length; n++) {
      if (estate.node(n) instanceof Dataset data) {
        for (DataCategory category : data.categories()) {
          masks[n] |= 1 << category.ordinal();
        }
      }
    }
    return masks;
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

  /**
   * The work arrays of the walk, one slot per node, reused from dataset to dataset: each dataset
   * clears the slots it touched, so a dataset costs its own transfers, not the estate's size.
   */
  private static final class Work {
    static final byte ORIGIN = 1;
    static final byte RECEIVER = 2;
    static final byte QUEUED = 4;
    final long[] carried;
    final int[] via;
    final int[] senderSlot;
    final byte[] flags;
    final int[] touched;
    int touchedCount;
    final int[] senders;
    final int[] slotStart;
    final int[] slotEdges;
    final int[] origins;
    final int[] queue;
    final int[] reached;

    Work(int nodes, int transfers) {
      carried = new long[nodes];
      via = new int[nodes];
      senderSlot = new int[nodes];
      java.util.Arrays.fill(via, -1);
      java.util.Arrays.fill(senderSlot, -1);
      flags = new byte[nodes];
      touched = new int[2 * transfers];
      senders = new int[transfers];
      slotStart = new int[transfers + 1];
      slotEdges = new int[transfers];
      origins = new int[transfers];
      queue = new int[transfers + 1];
      reached = new int[transfers];
    }

    void touch(int node) {
      if (flags[node] == 0 && senderSlot[node] < 0 && via[node] < 0) {
        touched[touchedCount++] = node;
      }
    }

    void clear() {
      for (int i = 0; i < touchedCount; i++) {
        int node = touched[i];
        flags[node] = 0;
        senderSlot[node] = -1;
        via[node] = -1;
      }
      touchedCount = 0;
    }
  }

  /** Adds the flows of {@code dataset}, carried by the transfers {@code grouped[from..to)} (in edge order), to {@code flows}. */
  private void flowsOf(int dataset, int[] grouped, int from, int to, Work work, List<Flow> flows) {
    Dataset data = (Dataset) estate.node(dataset);
    // The senders in the order of their first transfer, each with its transfers in edge order.
    int senderCount = 0;
    for (int i = from; i < to; i++) {
      int e = grouped[i];
      int sender = estate.edgeFrom(e);
      work.touch(sender);
      if (work.senderSlot[sender] < 0) {
        work.senderSlot[sender] = senderCount;
        work.senders[senderCount++] = sender;
        work.slotStart[senderCount] = 0;
      }
      work.slotStart[work.senderSlot[sender] + 1]++;
      int receiver = estate.edgeTo(e);
      work.touch(receiver);
      work.flags[receiver] |= Work.RECEIVER;
    }
    work.slotStart[0] = 0;
    for (int s = 0; s < senderCount; s++) {
      work.slotStart[s + 1] += work.slotStart[s];
    }
    int[] fill = java.util.Arrays.copyOf(work.slotStart, senderCount);
    for (int i = from; i < to; i++) {
      int e = grouped[i];
      work.slotEdges[fill[work.senderSlot[estate.edgeFrom(e)]]++] = e;
    }
    // The origins hold the data without having received it: the dataset itself, the estate's owner,
    // and any sender that receives it from no one.
    int originCount = 0;
    for (int s = 0; s < senderCount; s++) {
      int sender = work.senders[s];
      if (sender == dataset || sender == owner || (work.flags[sender] & Work.RECEIVER) == 0) {
        work.origins[originCount++] = sender;
      }
    }
    if (originCount == 0) {
      // A pure cycle of holders: every sender already holds the data.
      System.arraycopy(work.senders, 0, work.origins, 0, senderCount);
      originCount = senderCount;
    }
    java.util.Arrays.sort(work.origins, 0, originCount);
    for (int o = 0; o < originCount; o++) {
      work.flags[work.origins[o]] |= Work.ORIGIN;
    }
    long total = data.persons() == null ? UNKNOWN : data.persons();
    int head = 0;
    int tail = 0;
    int reachedCount = 0;
    int[] queue = work.queue;
    for (int o = 0; o < originCount; o++) {
      int slot = work.senderSlot[work.origins[o]];
      for (int i = work.slotStart[slot]; i < work.slotStart[slot + 1]; i++) {
        int e = work.slotEdges[i];
        int offered = offer(e, Math.min(total, cap(e)), work);
        if (offered >= 0) {
          if (offered == REACHED_FIRST) {
            work.reached[reachedCount++] = estate.edgeTo(e);
          }
          tail = enqueue(estate.edgeTo(e), work, queue, tail);
        }
      }
    }
    while (head != tail) {
      int holder = queue[head];
      head = head + 1 == queue.length ? 0 : head + 1;
      work.flags[holder] &= ~Work.QUEUED;
      int slot = work.senderSlot[holder];
      if (slot < 0) {
        continue;
      }
      for (int i = work.slotStart[slot]; i < work.slotStart[slot + 1]; i++) {
        int e = work.slotEdges[i];
        int offered = offer(e, Math.min(work.carried[holder], cap(e)), work);
        if (offered >= 0) {
          if (offered == REACHED_FIRST) {
            work.reached[reachedCount++] = estate.edgeTo(e);
          }
          tail = enqueue(estate.edgeTo(e), work, queue, tail);
        }
      }
    }
    int first = flows.size();
    for (int r = 0; r < reachedCount; r++) {
      int recipient = work.reached[r];
      // The chain, measured first and then written from its end, straight into the arrays of immutable
      // lists (which the flow keeps as they are).
      int length = 0;
      for (int at = recipient; (work.flags[at] & Work.ORIGIN) == 0; at = estate.edgeFrom(work.via[at])) {
        if (++length > estate.nodeCount()) {
          throw new IllegalStateException("data-flow chain of " + estate.node(recipient).id() + " loops: a bug");
        }
      }
      Integer[] chainNodes = new Integer[length];
      Integer[] chainEdgeNumbers = new Integer[length];
      int at = recipient;
      for (int i = length - 1; i >= 0; i--) {
        int e = work.via[at];
        chainNodes[i] = at;
        chainEdgeNumbers[i] = e;
        at = estate.edgeFrom(e);
      }
      List<Integer> chain = List.of(chainNodes);
      List<Integer> chainEdges = List.of(chainEdgeNumbers);
      long persons = work.carried[recipient];
      flows.add(new Flow(dataset, chain, chainEdges, persons == UNKNOWN ? null : persons, data.devices()));
    }
    flows.subList(first, flows.size())
        .sort(Comparator.comparingInt((Flow f) -> f.chain().size()).thenComparingInt(Flow::recipient));
    work.clear();
  }

  private static final int REACHED_FIRST = 1;
  private static final int REACHED_AGAIN = 0;

  /** Queues {@code node} unless it is queued already; the new tail. */
  private static int enqueue(int node, Work work, int[] queue, int tail) {
    if ((work.flags[node] & Work.QUEUED) == 0) {
      work.flags[node] |= Work.QUEUED;
      queue[tail] = node;
      return tail + 1 == queue.length ? 0 : tail + 1;
    }
    return tail;
  }

  /**
   * Takes transfer {@code e} carrying {@code amount} when it reaches its recipient first or carries more:
   * {@link #REACHED_FIRST}, {@link #REACHED_AGAIN}, or -1 when not taken.
   */
  private int offer(int e, long amount, Work work) {
    int to = estate.edgeTo(e);
    if ((work.flags[to] & Work.ORIGIN) != 0) {
      return -1;
    }
    boolean first = work.via[to] < 0;
    // Only a strict increase replaces a chain, so the walk ends and the chain kept is the shortest.
    if (first || amount > work.carried[to]) {
      work.carried[to] = amount;
      work.via[to] = e;
      return first ? REACHED_FIRST : REACHED_AGAIN;
    }
    return -1;
  }

  /** The persons transfer {@code e} is declared to cover, or {@link #UNKNOWN}. */
  private long cap(int e) {
    return estate.edges().get(e).terms() instanceof EdgeTerms.DataTransfer transfer && transfer.persons() != null
        ? transfer.persons() : UNKNOWN;
  }

  /** What one category has reached one country: per dataset the flow carrying the most, and the ties. */
  private static final class Reach {
    final String country;
    final List<Flow> best = new ArrayList<>();
    final Map<String, List<Integer>> byBasis = new LinkedHashMap<>();

    Reach(String country) {
      this.country = country;
    }
  }

  private List<CountryVolume> volumes(List<Flow> flows, int[] categoryMasks,
      Map<DataCategory, BulkThreshold> thresholds, BulkScope scope) {
    // Flows come by dataset, so each (category, country) keeps its datasets in order and a dataset's
    // flows together: the best of a dataset is the last entry. Ties depend on the recipient only:
    // each recipient is added, the first time a category reaches it, to every country it is tied to.
    DataCategory[] categories = DataCategory.values();
    Map<String, Integer> countryIndex = new HashMap<>();
    List<List<Reach>> reaches = new ArrayList<>();
    for (int c = 0; c < categories.length; c++) {
      reaches.add(new ArrayList<>());
    }
    BitSet[] seen = new BitSet[categories.length];
    // The ties and country numbers of each recipient, by node number, made the first time it receives.
    @SuppressWarnings("unchecked")
    Map<String, List<String>>[] tiesOf = new Map[estate.nodeCount()];
    int[][] countriesOf = new int[estate.nodeCount()][];
    for (Flow flow : flows) {
      int recipient = flow.recipient();
      Map<String, List<String>> countryTies = tiesOf[recipient];
      if (countryTies == null) {
        countryTies = ties(estate.node(recipient));
        tiesOf[recipient] = countryTies;
        countriesOf[recipient] = countryTies.keySet().stream()
            .mapToInt(country -> countryIndex.computeIfAbsent(country, k -> countryIndex.size())).toArray();
      }
      int[] countries = countriesOf[recipient];
      if (countries.length == 0) {
        continue;
      }
      for (int mask = categoryMasks[flow.dataset()]; mask != 0; mask &= mask - 1) {
        DataCategory category = categories[Integer.numberOfTrailingZeros(mask)];
        List<Reach> byCountry = reaches.get(category.ordinal());
        int t = 0;
        for (Map.Entry<String, List<String>> tie : countryTies.entrySet()) {
          int country = countries[t++];
          while (byCountry.size() <= country) {
            byCountry.add(null);
          }
          Reach reach = byCountry.get(country);
          if (reach == null) {
            reach = new Reach(tie.getKey());
            byCountry.set(country, reach);
          }
          List<Flow> best = reach.best;
          Flow last = best.isEmpty() ? null : best.get(best.size() - 1);
          if (last == null || last.dataset() != flow.dataset()) {
            best.add(flow);
          } else if (persons(flow) > persons(last)) {
            best.set(best.size() - 1, flow);
          }
        }
        BitSet reached = seen[category.ordinal()];
        if (reached == null) {
          reached = seen[category.ordinal()] = new BitSet();
        }
        if (!reached.get(recipient)) {
          reached.set(recipient);
          t = 0;
          for (Map.Entry<String, List<String>> tie : countryTies.entrySet()) {
            Reach reach = byCountry.get(countries[t++]);
            for (String basis : tie.getValue()) {
              reach.byBasis.computeIfAbsent(basis, b -> new ArrayList<>()).add(recipient);
            }
          }
        }
      }
    }
    List<CountryVolume> volumes = new ArrayList<>();
    for (DataCategory category : categories) {
      List<Reach> byCountry = new ArrayList<>(reaches.get(category.ordinal()));
      byCountry.removeIf(Objects::isNull);
      byCountry.sort(Comparator.comparing((Reach r) -> r.country));
      for (Reach reach : byCountry) {
        long persons = 0;
        long devices = 0;
        int unknownPersons = 0;
        int unknownDevices = 0;
        List<CountryVolume.Contribution> contributions = new ArrayList<>(reach.best.size());
        for (Flow flow : reach.best) {
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
        CountryVolume.Status status = status(threshold, scope.coversCountry(reach.country), persons, unknownPersons,
            devices, unknownDevices);
        Map<String, List<Integer>> ordered = new LinkedHashMap<>();
        for (String basis : BASES) {
          if (reach.byBasis.containsKey(basis)) {
            ordered.put(basis, reach.byBasis.get(basis));
          }
        }
        volumes.add(new CountryVolume(category, reach.country, ordered, contributions, persons,
            unknownPersons, devices, unknownDevices, threshold, status));
      }
    }
    return volumes;
  }

  /**
   * The volumes per category and recipient: flows sorted by recipient (a counting sort, stable, so each
   * recipient's flows stay in dataset order), then per recipient one pass over its flows with a slot
   * per category. Each (dataset, recipient) is one flow, so each dataset counts once per recipient.
   */
  private List<RecipientVolume> recipientVolumes(List<Flow> flows, int[] categoryMasks,
      Map<DataCategory, BulkThreshold> thresholds, BulkScope scope) {
    int nodeCount = estate.nodeCount();
    int[] start = new int[nodeCount + 1];
    for (Flow flow : flows) {
      start[flow.recipient() + 1]++;
    }
    for (int n = 0; n < nodeCount; n++) {
      start[n + 1] += start[n];
    }
    Flow[] byRecipient = new Flow[flows.size()];
    int[] fill = java.util.Arrays.copyOf(start, nodeCount);
    for (Flow flow : flows) {
      byRecipient[fill[flow.recipient()]++] = flow;
    }
    DataCategory[] categories = DataCategory.values();
    List<List<RecipientVolume>> byCategory = new ArrayList<>(categories.length);
    for (int c = 0; c < categories.length; c++) {
      byCategory.add(new ArrayList<>());
    }
    long[] persons = new long[categories.length];
    long[] devices = new long[categories.length];
    int[] unknownPersons = new int[categories.length];
    int[] unknownDevices = new int[categories.length];
    List<List<CountryVolume.Contribution>> contributions = new ArrayList<>(categories.length);
    for (int c = 0; c < categories.length; c++) {
      contributions.add(new ArrayList<>());
    }
    for (int recipient = 0; recipient < nodeCount; recipient++) {
      if (start[recipient] == start[recipient + 1]) {
        continue;
      }
      for (int i = start[recipient]; i < start[recipient + 1]; i++) {
        Flow flow = byRecipient[i];
        // One contribution per flow, shared by its categories.
        CountryVolume.Contribution contribution = new CountryVolume.Contribution(flow.dataset(), flow);
        for (int mask = categoryMasks[flow.dataset()]; mask != 0; mask &= mask - 1) {
          int c = Integer.numberOfTrailingZeros(mask);
          contributions.get(c).add(contribution);
          if (flow.persons() == null) {
            unknownPersons[c]++;
          } else {
            persons[c] = Math.addExact(persons[c], flow.persons());
          }
          if (flow.devices() == null) {
            unknownDevices[c]++;
          } else {
            devices[c] = Math.addExact(devices[c], flow.devices());
          }
        }
      }
      boolean covered = scope.coversRecipient(recipient);
      for (int c = 0; c < categories.length; c++) {
        List<CountryVolume.Contribution> parts = contributions.get(c);
        if (parts.isEmpty()) {
          continue;
        }
        BulkThreshold threshold = thresholds.get(categories[c]);
        byCategory.get(c).add(new RecipientVolume(categories[c], recipient, covered, parts, persons[c],
            unknownPersons[c], devices[c], unknownDevices[c], threshold,
            status(threshold, covered, persons[c], unknownPersons[c], devices[c], unknownDevices[c])));
        parts.clear();
        persons[c] = 0;
        devices[c] = 0;
        unknownPersons[c] = 0;
        unknownDevices[c] = 0;
      }
    }
    List<RecipientVolume> volumes = new ArrayList<>();
    byCategory.forEach(volumes::addAll);
    return volumes;
  }

  /**
   * The comparison of the counts with {@code threshold}, where it applies ({@code applies}); a volume
   * it does not apply to is {@link CountryVolume.Status#OUT_OF_SCOPE} whatever its count.
   */
  private static CountryVolume.Status status(BulkThreshold threshold, boolean applies, long persons,
      int unknownPersons, long devices, int unknownDevices) {
    if (threshold == null) {
      return CountryVolume.Status.NO_THRESHOLD;
    }
    if (!applies) {
      return CountryVolume.Status.OUT_OF_SCOPE;
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

  /**
   * What the analysis found: the window (both days inclusive), the flows (by dataset, then shortest
   * chain first), the volumes per category and country (a summary), the volumes per category and
   * recipient (by category, then recipient: the test that decides), the transfers in the window that
   * name no dataset (they cannot be counted; their estate edge numbers), and where the thresholds
   * applied.
   */
  public record Result(LocalDate asOf, LocalDate windowFirstDay, LocalDate windowLastDay, List<Flow> flows,
      List<CountryVolume> volumes, List<RecipientVolume> recipientVolumes, List<Integer> unattributedTransfers,
      BulkScope scope) {
    public Result {
      flows = List.copyOf(flows);
      volumes = List.copyOf(volumes);
      recipientVolumes = List.copyOf(recipientVolumes);
      unattributedTransfers = List.copyOf(unattributedTransfers);
      Objects.requireNonNull(scope, "scope");
    }

    /**
     * The volumes that cross their threshold: per category and recipient, the aggregation of
     * 28 CFR 202.205, for recipients the scope covers. This, not the per-country summary, decides.
     */
    public List<RecipientVolume> crossed() {
      return recipientVolumes.stream().filter(v -> v.status() == CountryVolume.Status.CROSSED).toList();
    }

    /** The per-country summaries over their threshold, in countries the scope covers. */
    public List<CountryVolume> countriesOverThreshold() {
      return volumes.stream().filter(v -> v.status() == CountryVolume.Status.CROSSED).toList();
    }

    /** The flows of dataset {@code dataset}. */
    public List<Flow> flowsOf(int dataset) {
      return flows.stream().filter(f -> f.dataset() == dataset).toList();
    }
  }
}
