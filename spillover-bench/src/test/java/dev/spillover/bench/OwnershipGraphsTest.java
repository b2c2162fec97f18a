package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.model.Estate;
import dev.spillover.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipGraphsTest {
  private static final int ENTITIES = 20_000;

  @Test
  void theSameSeedGivesTheSameGraphAndAnotherSeedAnother() {
    OwnershipGraph one = OwnershipGraphs.generate(ENTITIES, 7);
    OwnershipGraph again = OwnershipGraphs.generate(ENTITIES, 7);
    OwnershipGraph other = OwnershipGraphs.generate(ENTITIES, 8);
    assertThat(again.owner()).isEqualTo(one.owner());
    assertThat(again.owned()).isEqualTo(one.owned());
    assertThat(again.share()).isEqualTo(one.share());
    assertThat(again.seeds()).isEqualTo(one.seeds());
    assertThat(Arrays.equals(other.owner(), one.owner())).isFalse();
  }

  @Test
  void sharesOfEveryEntityAddUpToAtMostAHundredPercent() {
    OwnershipGraph graph = OwnershipGraphs.generate(ENTITIES, 7);
    long[] hundredths = new long[ENTITIES];
    for (int j = 0; j < graph.edgeCount(); j++) {
      assertThat(graph.share()[j]).isGreaterThan(0).isLessThanOrEqualTo(100);
      assertThat(graph.owner()[j]).isNotEqualTo(graph.owned()[j]);
      hundredths[graph.owned()[j]] += Math.round(graph.share()[j] * 100);
    }
    assertThat(Arrays.stream(hundredths).max().orElseThrow()).isLessThanOrEqualTo(10_000);
  }

  @Test
  void aboutTwoHoldingsPerEntityOnePercentSeedsAndSomeCycles() {
    OwnershipGraph graph = OwnershipGraphs.generate(ENTITIES, 7);
    assertThat(graph.edgeCount()).isBetween((int) (1.8 * ENTITIES), (int) (2.2 * ENTITIES));
    assertThat(graph.seeds()).hasSize(ENTITIES / 100).isSorted().doesNotHaveDuplicates();
    long upward = 0;
    for (int j = 0; j < graph.edgeCount(); j++) {
      if (graph.owner()[j] > graph.owned()[j]) {
        upward++;
      }
    }
    // Every holding of an older entity by a younger one closes a cross-holding cycle.
    assertThat(upward).isGreaterThan(ENTITIES / 200);
    int[] perOwner = new int[ENTITIES];
    Arrays.stream(graph.owner()).forEach(o -> perOwner[o]++);
    assertThat(Arrays.stream(perOwner).max().orElseThrow()).as("a power-law tail of holdings").isGreaterThan(50);
  }

  @Test
  void theFilesReadBackIntoTheSameEstate(@TempDir Path dir) throws Exception {
    OwnershipGraph graph = OwnershipGraphs.generate(2_000, 3);
    EdgeListFiles.write(graph, dir);
    EdgeListFiles.Loaded loaded = EdgeListFiles.read(dir);
    Estate direct = OwnershipEstates.of(graph);
    assertThat(loaded.estate().edges()).hasSameSizeAs(direct.edges());
    for (int j = 0; j < graph.edgeCount(); j++) {
      assertThat(loaded.estate().edges().get(j)).isEqualTo(direct.edges().get(j));
    }
    assertThat(loaded.seeds()).containsExactly(Arrays.stream(graph.seeds()).mapToObj(OwnershipGraph::id).toArray(String[]::new));

    Snapshot snapshot = Snapshot.of(loaded.estate(), OwnershipEstates.DAY);
    BitSet seeds = new BitSet();
    loaded.seeds().forEach(id -> seeds.set(snapshot.indexOf(id)));
    assertThat(DownstreamReach.of(snapshot, seeds).cardinality()).isGreaterThanOrEqualTo(seeds.cardinality());
  }

  @Test
  void entitiesAreNumberedInTheOrderTheyFirstAppearInTheWholeFile(@TempDir Path dir) throws Exception {
    OwnershipGraph graph = OwnershipGraphs.generate(3_000, 5);
    EdgeListFiles.write(graph, dir);
    java.util.LinkedHashSet<String> firstSeen = new java.util.LinkedHashSet<>();
    List<String> lines = Files.readAllLines(dir.resolve(EdgeListFiles.EDGES));
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(",");
      firstSeen.add(parts[0]);
      firstSeen.add(parts[1]);
    }
    Files.readAllLines(dir.resolve(EdgeListFiles.SEEDS)).forEach(seed -> firstSeen.add(seed.strip()));

    Estate estate = EdgeListFiles.read(dir).estate();
    assertThat(estate.nodes().keySet()).containsExactlyElementsOf(firstSeen);
  }

  @Test
  void aBadLineInEitherHalfIsNamedByItsLineInTheFile(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder("owner,owned,share\n");
    for (int i = 0; i < 1_000; i++) {
      text.append("e").append(i).append(",e").append(i + 1).append(",10.00\n");
    }
    Files.writeString(dir.resolve(EdgeListFiles.SEEDS), "e0\n");
    List<String> good = List.of(text.toString().split("\n"));
    for (int bad : new int[] {10, 900}) {
      List<String> lines = new java.util.ArrayList<>(good);
      lines.set(bad - 1, "e1;e2;10");
      Files.writeString(dir.resolve(EdgeListFiles.EDGES), String.join("\n", lines) + "\n");
      assertThatThrownBy(() -> EdgeListFiles.read(dir))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(EdgeListFiles.EDGES + ":" + bad + ": expected owner,owned,share, got e1;e2;10");
    }
    Files.writeString(dir.resolve(EdgeListFiles.EDGES), "owner;owned;share\n");
    assertThatThrownBy(() -> EdgeListFiles.read(dir)).hasMessageContaining(":1: expected the header owner,owned,share");
  }
}
