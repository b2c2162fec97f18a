package dev.spillover.cli;

import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataCommandTest {
  @Test
  void theBundledExampleShowsTheStoreVisitsReachingChinaThroughTheBrokerAsATableAndAsJson() throws Exception {
    CliRun table = spillover("data", CliRun.ACME, "--as-of", "2020-09-01", "--pack", "doj-dsp");
    assertThat(table.exitCode()).as(table.err()).isZero();
    GoldenFiles.assertMatches("data-acme-2020-09-01.txt", table.out());

    CliRun json = spillover("data", CliRun.ACME, "--as-of", "2020-09-01", "--pack", "doj-dsp", "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    GoldenFiles.assertMatches("data-acme-2020-09-01.json", json.out());
  }

  @Test
  void beforeTheBrokerResoldTheDataOnlyTheBrokerHoldsIt() {
    // The onward transfer to Harbour holds from 2020-05-01; the window of 2019-06-01 ends before it.
    CliRun run = spillover("data", CliRun.ACME, "--as-of", "2020-04-01", "--pack", "doj-dsp");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Meridian Location Data LLC [meridian-location]\n")
        .doesNotContain("harbour-insight").contains("1 flow,");
  }

  @Test
  void withoutThresholdsTheVolumesAreShownWithoutComparison() {
    CliRun run = spillover("data", CliRun.ACME, "--as-of", "2020-09-01", "--pack", "ndaa-889");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("thresholds from no pack").contains("no threshold").contains("0 crossing");
  }

  @Test
  void aBadFormatIsAUsageError() {
    CliRun run = spillover("data", CliRun.ACME, "--format", "html");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--format");
  }
}
