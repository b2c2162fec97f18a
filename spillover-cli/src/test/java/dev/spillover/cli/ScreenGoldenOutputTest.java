package dev.spillover.cli;

import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text a user sees from {@code spillover screen}, in every format, on the fictional list
 * and the CSV files of {@code src/test/resources/screen/}, compared with the golden files in
 * {@code src/test/resources/golden/}. {@code watch-list.csv} is a Consolidated Screening List
 * shaped file of invented parties; {@code names.csv} and {@code pairs.csv} carry a column through.
 *
 * <p>When a change to the output is intended, regenerate the files, then read their diff before
 * committing them:
 *
 * <pre>
 * mvn -B test -pl spillover-cli -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=ScreenGoldenOutputTest -Dspillover.updateGolden=true
 * </pre>
 */
class ScreenGoldenOutputTest {
  private static final Path SCREEN = Path.of("src", "test", "resources", "screen");

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "names, table, txt",
    "names, json, json",
    "names, csv, csv",
    "pairs, table, txt",
    "pairs, json, json",
    "pairs, csv, csv",
  })
  void printsExactlyAsTheGoldenFile(String mode, String format, String extension) throws IOException {
    CliRun run = mode.equals("names")
        ? spillover("screen", "--list", SCREEN.resolve("watch-list.csv").toString(),
            "--input", SCREEN.resolve("names.csv").toString(), "--format", format)
        : spillover("screen", "--pairs", SCREEN.resolve("pairs.csv").toString(), "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    GoldenFiles.assertMatches("screen-" + mode + "." + extension, run.out());
  }
}
