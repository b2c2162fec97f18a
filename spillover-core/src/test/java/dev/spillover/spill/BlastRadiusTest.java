package dev.spillover.spill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.SystemAsset.Criticality;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-worked blast radii: each expected answer follows from the rule in {@link BlastRadius}. */
class BlastRadiusTest {
  private static SystemAsset system(String id, Criticality criticality, Long users) {
    return new SystemAsset(id, id, List.of(), Map.of(), EstateBuilder.PROVENANCE, criticality, users);
  }

  private static Status status(BlastRadius radius, String id) {
    return radius.status(radius.snapshot().indexOf(id));
  }

  private static BlastRadius cut(Snapshot snapshot, String... ids) {
    int[] nodes = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      nodes[i] = snapshot.indexOf(ids[i]);
    }
    return BlastRadius.of(snapshot, nodes);
  }

  @Test
  void aVendorsCutStopsWhatItMakesAndEverythingThatNeedsIt() {
    // vendor manufactures router; switch depends_on router; network uses switch; office uses laptop.
    Snapshot snapshot = new EstateBuilder()
        .org("vendor").product("router").product("switch").product("laptop")
        .add(system("network", Criticality.CRITICAL, 600L)).add(system("office", Criticality.LOW, 400L))
        .edge(EdgeKind.MANUFACTURES, "vendor", "router")
        .edge(EdgeKind.DEPENDS_ON, "switch", "router")
        .edge(EdgeKind.USES, "network", "switch")
        .edge(EdgeKind.USES, "office", "laptop")
        .edge(EdgeKind.OWNS, "vendor", "laptop") // ownership carries no cut
        .snapshot();

    BlastRadius radius = cut(snapshot, "vendor");

    assertThat(status(radius, "vendor")).isEqualTo(Status.STOPPED);
    assertThat(status(radius, "router")).isEqualTo(Status.STOPPED);
    assertThat(status(radius, "switch")).isEqualTo(Status.STOPPED);
    assertThat(status(radius, "network")).isEqualTo(Status.STOPPED);
    assertThat(status(radius, "laptop")).isEqualTo(Status.UNAFFECTED);
    assertThat(status(radius, "office")).isEqualTo(Status.UNAFFECTED);
    assertThat(radius.pathToCut(snapshot.indexOf("network")).stream().map(n -> snapshot.node(n).id()))
        .containsExactly("network", "switch", "router", "vendor");
    assertThat(radius.isCut(snapshot.indexOf("vendor"))).isTrue();
    assertThat(radius.isCut(snapshot.indexOf("router"))).isFalse();

    Splinter splinter = radius.splinter();
    assertThat(splinter.technology()).isEqualTo(new Splinter.Count(5, 3, 0));
    assertThat(splinter.systemsByCriticality().get(Criticality.CRITICAL)).isEqualTo(new Splinter.Count(1, 1, 0));
    assertThat(splinter.systemsByCriticality().get(Criticality.LOW)).isEqualTo(new Splinter.Count(1, 0, 0));
    assertThat(splinter.users()).isEqualTo(new Splinter.Users(1000, 600, 0, 0));
    assertThat(splinter.users().stoppedShare()).isEqualTo(0.6);
  }

  @Test
  void aSubstituteDegradesTheNodeAndShieldsWhatNeedsIt() {
    // app embeds sdk; other-sdk substitutes for sdk; mobile uses app. Cutting sdk: sdk degraded, the rest untouched.
    Snapshot snapshot = new EstateBuilder()
        .component("sdk").component("other-sdk").product("app").add(system("mobile", Criticality.HIGH, 10L))
        .edge(EdgeKind.EMBEDS, "app", "sdk")
        .edge(EdgeKind.SUBSTITUTES, "other-sdk", "sdk")
        .edge(EdgeKind.USES, "mobile", "app")
        .snapshot();

    BlastRadius radius = cut(snapshot, "sdk");

    assertThat(status(radius, "sdk")).isEqualTo(Status.DEGRADED);
    assertThat(radius.availableSubstitutes(snapshot.indexOf("sdk"))).containsExactly(snapshot.indexOf("other-sdk"));
    assertThat(status(radius, "app")).isEqualTo(Status.UNAFFECTED);
    assertThat(status(radius, "mobile")).isEqualTo(Status.UNAFFECTED);
    assertThat(radius.splinter().technology()).isEqualTo(new Splinter.Count(4, 0, 1));
  }

  @Test
  void aSubstituteThatIsItselfHitIsNotAvailable() {
    // Both SDKs come from one vendor: cutting the vendor stops both, and the app with them.
    Snapshot snapshot = new EstateBuilder()
        .org("vendor").component("sdk").component("other-sdk").product("app")
        .edge(EdgeKind.DEVELOPS, "vendor", "sdk")
        .edge(EdgeKind.DEVELOPS, "vendor", "other-sdk")
        .edge(EdgeKind.SUBSTITUTES, "other-sdk", "sdk")
        .edge(EdgeKind.EMBEDS, "app", "sdk")
        .snapshot();

    BlastRadius radius = cut(snapshot, "vendor");

    assertThat(status(radius, "sdk")).isEqualTo(Status.STOPPED);
    assertThat(status(radius, "other-sdk")).isEqualTo(Status.STOPPED);
    assertThat(status(radius, "app")).isEqualTo(Status.STOPPED);
  }

  @Test
  void aSubstituteLostLaterStillStopsWhatNeedsTheNode() {
    // a is cut and has substitute b; b depends on c, which is also cut: b stops, so a stops, so user stops.
    Snapshot snapshot = new EstateBuilder()
        .product("a").product("b").product("c").add(system("user", Criticality.MEDIUM, null))
        .edge(EdgeKind.SUBSTITUTES, "b", "a")
        .edge(EdgeKind.DEPENDS_ON, "b", "c")
        .edge(EdgeKind.USES, "user", "a")
        .snapshot();

    BlastRadius onlyA = cut(snapshot, "a");
    assertThat(status(onlyA, "a")).isEqualTo(Status.DEGRADED);
    assertThat(status(onlyA, "user")).isEqualTo(Status.UNAFFECTED);

    BlastRadius both = cut(snapshot, "a", "c");
    assertThat(status(both, "b")).isEqualTo(Status.STOPPED);
    assertThat(status(both, "a")).isEqualTo(Status.STOPPED);
    assertThat(status(both, "user")).isEqualTo(Status.STOPPED);
    assertThat(both.splinter().users()).isEqualTo(new Splinter.Users(0, 0, 0, 1));
  }

  @Test
  void cyclesAreHarmless() {
    // x and y depend on each other; z depends on x. Cutting y stops all three, each once.
    Snapshot snapshot = new EstateBuilder()
        .product("x").product("y").product("z")
        .edge(EdgeKind.DEPENDS_ON, "x", "y")
        .edge(EdgeKind.DEPENDS_ON, "y", "x")
        .edge(EdgeKind.DEPENDS_ON, "z", "x")
        .edge(EdgeKind.DEPENDS_ON, "z", "z")
        .snapshot();

    BlastRadius radius = cut(snapshot, "y");

    assertThat(radius.hitNodes()).hasSize(3);
    assertThat(status(radius, "z")).isEqualTo(Status.STOPPED);
    assertThat(radius.pathToCut(snapshot.indexOf("z"))).hasSize(3);
  }

  @Test
  void nothingCutNothingHit() {
    Snapshot snapshot = new EstateBuilder().product("x").snapshot();
    BlastRadius radius = BlastRadius.of(snapshot);
    assertThat(radius.hitNodes()).isEmpty();
    assertThat(radius.splinter().technology()).isEqualTo(new Splinter.Count(1, 0, 0));
    assertThatThrownBy(() -> BlastRadius.of(snapshot, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
