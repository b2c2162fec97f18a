package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.exposure.Exposure;
import dev.spillover.exposure.ExposureAnalysis;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.TestEstate;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exposure facts walk their path only when a fact beyond the party and the depth is read. */
class ExposureFactsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  /** {@code pos} uses {@code app}, published by {@code vendor}, on list {@code covered}. */
  private final Estate estate = new TestEstate()
      .system("pos").product("app", "App").org("vendor", "Vendor Inc.").list("covered", "Covered")
      .uses("pos", "app")
      .edge(EdgeKind.PUBLISHES, "vendor", "app")
      .edge(EdgeKind.LISTED_ON, "vendor", "covered")
      .build();
  private final Snapshot snapshot = Snapshot.of(estate, DAY);
  private final FactBuilder builder = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(), Map.of()));

  private ExposureFacts vendorExposureOfPos() {
    int pos = snapshot.indexOf("pos");
    Exposure exposure = new ExposureAnalysis(snapshot, Assessment.MAX_PATHS).from(pos).stream()
        .filter(e -> e.party() == snapshot.indexOf("vendor")).findFirst().orElseThrow();
    ExposurePath path = exposure.paths().get(0);
    return (ExposureFacts) builder.exposure(pos, exposure.party(), path);
  }

  @Test
  void answersThePartyAndTheDepthWithoutWalkingThePath() {
    ExposureFacts facts = vendorExposureOfPos();

    assertThat(facts.get("party")).isSameAs(builder.node(snapshot.indexOf("vendor")));
    assertThat(facts.get("depth")).isEqualTo(2L);
    assertThat(facts.containsKey("party")).isTrue();
    assertThat(facts.isWalked()).isFalse();
  }

  @Test
  void walksOnceForAnyOtherFactAndThenAnswersAsTheWalkDid() {
    ExposureFacts facts = vendorExposureOfPos();

    assertThat(facts.get("role")).isEqualTo("publishes");
    assertThat(facts.isWalked()).isTrue();
    Map<String, Object> walked = builder.walk(snapshot.indexOf("pos"), snapshot.indexOf("vendor"),
        vendorExposurePath());
    assertThat(facts).isEqualTo(walked);
    assertThat(facts.get("via")).isEqualTo(List.of("uses", "publishes"));
    assertThat(facts.get("attributedTo")).isEqualTo("vendor");
    assertThat(facts.get("party")).as("the same as in the walk").isEqualTo(walked.get("party"));
    assertThat(facts.get("depth")).isEqualTo(walked.get("depth"));
  }

  private ExposurePath vendorExposurePath() {
    return new ExposureAnalysis(snapshot, Assessment.MAX_PATHS).from(snapshot.indexOf("pos")).stream()
        .filter(e -> e.party() == snapshot.indexOf("vendor")).findFirst().orElseThrow().paths().get(0);
  }
}
