package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text {@code spillover check} writes for the synthetic NVR gateway SBOM with the camera
 * firmware, under every bundled pack as of 2024-06-01, in the table, JSON, SARIF and enriched CycloneDX formats,
 * compared with the golden files in {@code src/test/resources/golden/}. Regenerate as
 * {@link AssessGoldenOutputTest} says ({@code -Dspillover.updateGolden=true}) and read the diff.
 */
class CheckGoldenOutputTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("spillover.updateGolden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"table, txt", "json, json", "sarif, sarif", "cyclonedx, cdx.json"})
  void printsTheGatewayCheckExactlyAsTheGoldenFile(String format, String extension) throws IOException {
    Path golden = GOLDEN.resolve("check-nvr-gateway-2024-06-01." + extension);

    CliRun run = CheckCommandTest.check("--sbom", CheckCommandTest.CAMERA, "--as-of", "2024-06-01", "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.GATE_FAILED);
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
