package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text {@code spillover check} writes for the synthetic NVR gateway SBOM with the camera
 * firmware, under every bundled pack as of 2024-06-01, in the table, JSON, SARIF and enriched CycloneDX formats,
 * compared with the golden files in {@code src/test/resources/golden/}. Regenerate as
 * {@link AssessGoldenOutputTest} says ({@code -Dspillover.updateGolden=true}) and read the diff.
 */
class CheckGoldenOutputTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"table, txt", "json, json", "sarif, sarif", "cyclonedx, cdx.json"})
  void printsTheGatewayCheckExactlyAsTheGoldenFile(String format, String extension) throws IOException {
    CliRun run = CheckCommandTest.check("--sbom", CheckCommandTest.CAMERA, "--as-of", "2024-06-01", "--format", format);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.GATE_FAILED);
    GoldenFiles.assertMatches("check-nvr-gateway-2024-06-01." + extension, run.out());
  }
}
