package dev.spillover.policy.scenario;

import static dev.spillover.policy.scenario.ScenarioFixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files: every field, packs beside the file or bundled, and every kind of bad input. */
class ScenarioLoaderTest {
  @TempDir
  Path dir;

  @Test
  void readsEveryKindOfChangeWithItsPlaceAndReason() throws IOException {
    Scenario scenario = ScenarioLoader.read(scenario(dir, "s", """
        name: as announced
        description: The order as published.
        asOf: 2024-06-01
        packs: [test-pack.yaml, ndaa-889]
        changes:
          - {change: list, party: p, list: l, from: 2024-01-01, reason: r1, source: "https://example.org"}
          - {change: share, owner: o, owned: h, share: 19.9, reason: r2}
          - {change: waiver-ends, waiver: w, on: 2024-02-01, reason: r3}
          - {change: withdraw, vendor: v, from: 2024-03-01, reason: r4}
        """));

    assertThat(scenario.name()).isEqualTo("as announced");
    assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(scenario.packs()).extracting(p -> p.id()).containsExactly("test-pack", "ndaa-889");
    assertThat(scenario.changes()).extracting(ScenarioChange::describe).containsExactly(
        "list: p on l from 2024-01-01",
        "share: o holds 19.9 % of h",
        "waiver-ends: w on 2024-02-01",
        "withdraw: v stops supplying everything from 2024-03-01");
    assertThat(scenario.changes().get(0).source()).isEqualTo("https://example.org");
    assertThat(scenario.changes().get(3).place()).isEqualTo(new ScenarioChange.Place(dir.resolve("s.yaml").toString(), 9, 5));
  }

  @Test
  void reportsEveryProblemWithFileLineColumnValueAndWhatWasExpected() throws IOException {
    Path file = scenario(dir, "bad", """
        name: bad
        asOf: 2024-13-01
        packs: [no-such-pack]
        colour: blue
        changes:
          - {change: move, reason: r}
          - {change: list, party: p, list: l}
          - {change: share, owner: o, owned: h, share: 120, reason: r}
          - {change: share, owner: o, owned: h, reason: r}
        """);

    assertThatThrownBy(() -> ScenarioLoader.read(file))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).extracting(Object::toString).containsExactly(
            file + ":2:7: scenario file: 'asOf' is '2024-13-01', expected a date YYYY-MM-DD",
            file + ":3:9: scenario 'bad': pack 'no-such-pack' is neither a pack file (beside the scenario file or as"
                + " given) nor a bundled pack, expected a file or one of eo-13942, eo-13943, ndaa-889, zero-tolerance, pafaca, doj-dsp, fcc-covered-list,"
                + " icts-15cfr7, ofac-50, bis-affiliates, clean-network, cn-countermeasures",
            file + ":4:1: scenario file: unknown key 'colour', expected one of name, description, asOf, packs, changes",
            file + ":6:14: scenario 'bad', change 1: 'change' is 'move', expected one of list, share, waiver-ends, withdraw",
            file + ":7:5: scenario 'bad', change 2 (list): missing 'reason'",
            file + ":8:48: scenario 'bad', change 3 (share): 'share' is '120', expected a number from 0 to 100",
            file + ":9:5: scenario 'bad', change 4 (share): no share, expected either 'share' (percent) or 'shareMin'"
                + " and 'shareMax' (a range)"));
  }

  @Test
  void saysWhenTheFileDoesNotExist() {
    assertThatThrownBy(() -> ScenarioLoader.read(dir.resolve("missing.yaml")))
        .isInstanceOf(InputException.class).hasMessageEndingWith("missing.yaml: no such scenario file");
  }
}
