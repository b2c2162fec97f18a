package dev.spillover.cli;

import static dev.spillover.cli.CliRun.assessAcme;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text a user sees from {@code spillover assess} on the bundled Acme example with every
 * bundled pack, in the table and JSON formats, on the three days of the WeChat timeline, compared
 * with the golden files in {@code src/test/resources/golden/}.
 *
 * <p>When a change to the output is intended, regenerate the files, then read their diff before
 * committing them:
 *
 * <pre>
 * mvn -B test -pl spillover-cli -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=AssessGoldenOutputTest -Dspillover.updateGolden=true
 * </pre>
 *
 * With the system property {@code spillover.updateGolden=true}, this test rewrites each file with
 * the current output instead of comparing.
 */
class AssessGoldenOutputTest {

  @ParameterizedTest(name = "{1} as of {0}")
  @CsvSource({
    "2020-09-01, table, txt",
    "2020-09-21, table, txt",
    "2021-07-01, table, txt",
    "2020-09-01, json, json",
    "2020-09-21, json, json",
    "2021-07-01, json, json",
  })
  void printsTheAcmeExampleExactlyAsTheGoldenFile(String day, String format, String extension) throws IOException {
    CliRun run = assessAcme(day, "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    GoldenFiles.assertMatches("assess-acme-2020-" + day + "." + extension, run.out());
  }

  /**
   * The DOJ Data Security Program in force (2025-06-01, the window 2024-06-02 to 2025-06-01): Acme's
   * precise geolocation of 240,000 devices reaches Harbour (incorporated in HK, principal place of
   * business in CN) through Meridian, more than the 1,000 devices of 202.205(c): prohibited.
   */
  @ParameterizedTest(name = "doj-dsp, {0}")
  @CsvSource({"table, txt", "json, json"})
  void printsTheDataSecurityProgramInForceOnTheAcmeExample(String format, String extension) throws IOException {
    CliRun run = assessAcme("2025-06-01", "--pack", "doj-dsp", "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    GoldenFiles.assertMatches("assess-acme-2020-doj-dsp-2025-06-01." + extension, run.out());
  }
}
