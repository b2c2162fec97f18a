package dev.spillover.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.dataflow.BulkThreshold.Unit;
import dev.spillover.model.Confidence;
import dev.spillover.model.Dataset;
import dev.spillover.model.Dataset.DataCategory;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DataFlowAnalysis} gives exactly the answer of the map-based analysis it replaced
 * ({@link DataFlowAnalysisBaseline}) on random estates and random scopes: flows, their order,
 * volumes per country and per recipient, statuses (out of scope included), ties, contributions,
 * unattributed transfers.
 */
class DataFlowAnalysisEquivalenceTest {
  private static final Provenance PROVENANCE = new Provenance("test", LocalDate.of(2024, 1, 1), Confidence.DECLARED);
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
  private static final String[] COUNTRIES = {"US", "CN", "HK", "DE", "RU"};
  private static final List<BulkThreshold> THRESHOLDS = List.of(
      new BulkThreshold(DataCategory.PRECISE_GEOLOCATION, 1_000, Unit.DEVICES, false, "test"),
      new BulkThreshold(DataCategory.HEALTH, 50, Unit.PERSONS, false, "test"),
      new BulkThreshold(DataCategory.GOVERNMENT_RELATED, 0, Unit.PERSONS, true, "test"));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void givesTheAnswerOfTheMapBasedAnalysis(long seed) {
    for (int round = 0; round < 25; round++) {
      Estate estate = randomEstate(new Random(seed * 1_000 + round));

      Random random = new Random(seed * 7_919 + round);
      BulkScope scope = randomScope(random, estate.nodeCount());

      DataFlowAnalysis.Result now = DataFlowAnalysis.run(estate, AS_OF, THRESHOLDS, scope);
      DataFlowAnalysis.Result before = DataFlowAnalysisBaseline.run(estate, AS_OF, THRESHOLDS, scope);

      assertThat(now).isEqualTo(before);
    }
  }

  /**
   * Everywhere one time in four; otherwise a random half of the nodes as covered recipients and a
   * random subset of the countries, so that every status (out of scope included) turns up.
   */
  private static BulkScope randomScope(Random random, int nodes) {
    if (random.nextInt(4) == 0) {
      return BulkScope.EVERYWHERE;
    }
    java.util.BitSet covered = new java.util.BitSet(nodes);
    for (int n = 0; n < nodes; n++) {
      if (random.nextBoolean()) {
        covered.set(n);
      }
    }
    Set<String> countries = new java.util.HashSet<>();
    for (String country : COUNTRIES) {
      if (random.nextBoolean()) {
        countries.add(country);
      }
    }
    return BulkScope.of(countries, covered, "random");
  }

  /** A small estate: datasets, organizations and persons with random seats, dense random transfers (cycles, caps, dates). */
  private static Estate randomEstate(Random random) {
    List<Node> nodes = new ArrayList<>();
    int datasets = 1 + random.nextInt(5);
    int orgs = 1 + random.nextInt(8);
    int persons = random.nextInt(3);
    List<String> ids = new ArrayList<>();
    DataCategory[] categories = DataCategory.values();
    for (int d = 0; d < datasets; d++) {
      EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        set.add(categories[random.nextInt(categories.length)]);
      }
      nodes.add(new Dataset("d" + d, "d" + d, List.of(), Map.of(), PROVENANCE, Set.copyOf(set),
          random.nextInt(4) == 0 ? null : (long) random.nextInt(200),
          random.nextInt(2) == 0 ? null : (long) random.nextInt(5_000)));
      ids.add("d" + d);
    }
    for (int o = 0; o < orgs; o++) {
      nodes.add(new Organization("o" + o, "o" + o, List.of(), Map.of(), PROVENANCE,
          Organization.OrganizationType.COMPANY, new Seats(country(random), country(random), country(random), null),
          false));
      ids.add("o" + o);
    }
    for (int p = 0; p < persons; p++) {
      nodes.add(new Person("p" + p, "p" + p, List.of(), Map.of(), PROVENANCE,
          random.nextBoolean() ? List.of() : List.of(COUNTRIES[random.nextInt(COUNTRIES.length)]),
          new Seats(null, null, null, country(random))));
      ids.add("p" + p);
    }
    List<Edge> edges = new ArrayList<>();
    int transfers = random.nextInt(25);
    for (int t = 0; t < transfers; t++) {
      String from = ids.get(random.nextInt(ids.size()));
      String to = ids.get(datasets + random.nextInt(ids.size() - datasets));
      String dataset = random.nextInt(8) == 0 ? null
          : random.nextInt(20) == 0 ? ids.get(random.nextInt(ids.size())) : "d" + random.nextInt(datasets);
      Long cap = random.nextInt(3) == 0 ? (long) random.nextInt(200) : null;
      LocalDate start = LocalDate.of(2022, 6, 1).plusDays(random.nextInt(1_000));
      Validity validity = switch (random.nextInt(3)) {
        case 0 -> Validity.ALWAYS;
        case 1 -> new Validity(start, null);
        default -> new Validity(start, start.plusDays(1 + random.nextInt(400)));
      };
      edges.add(new Edge("e" + t, EdgeKind.TRANSFERS_DATA, from, to, validity, PROVENANCE,
          new EdgeTerms.DataTransfer(dataset, cap, null, true)));
      if (random.nextInt(10) == 0) {
        edges.add(new Edge("x" + t, EdgeKind.OWNS, from, to, Validity.ALWAYS, PROVENANCE, EdgeTerms.NONE));
      }
    }
    String owner = random.nextBoolean() ? "o" + random.nextInt(orgs) : null;
    return new Estate("random", "", owner, List.of(), nodes, edges, List.of());
  }

  private static String country(Random random) {
    return random.nextInt(4) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
  }
}
