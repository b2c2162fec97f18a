package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text of {@code spillover compare} on the three scenarios of the bundled Acme example,
 * as a table and as JSON, compared with the golden files in {@code src/test/resources/golden/}.
 * Regenerate them as {@link AssessGoldenOutputTest} explains ({@code -Dtest=CompareGoldenOutputTest
 * -Dspillover.updateGolden=true}), and read their diff before committing.
 */
class CompareGoldenOutputTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("spillover.updateGolden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"table, txt", "json, json"})
  void printsTheAcmeScenariosExactlyAsTheGoldenFile(String format, String extension) throws IOException {
    Path golden = GOLDEN.resolve("compare-acme-2020." + extension);

    CliRun run = spillover("compare", ACME, "--scenario", CompareCommandTest.AS_ANNOUNCED,
        "--scenario", CompareCommandTest.BROAD, "--scenario", CompareCommandTest.ZERO, "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s (create it with -Dspillover.updateGolden=true)", golden).exists();
    assertThat(run.out())
        .as("output differs from %s; if the change is intended, rerun with -Dspillover.updateGolden=true", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
