package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spillover spill ESTATE_DIR --node | --scenario}: the blast radius on the bundled Acme
 * example, against golden files (regenerate with {@code -Dtest=SpillBlastRadiusTest
 * -Dspillover.updateGolden=true} and read the diff), and the usage errors of the two modes.
 */
class SpillBlastRadiusTest {
  @TempDir
  Path dir;

  @Test
  void cuttingHuaweiStopsTheRoutersAndTheBranchNetwork() throws IOException {
    CliRun run = spillover("spill", ACME, "--node", "huawei-tech", "--as-of", "2020-09-21");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("stopped  system   acme-branch-network  critical     6,100  uses huawei-ar-routers, "
            + "which is manufactured by huawei-tech")
        .contains("users: 6,100 of 193,545 stopped (3.2 %), 0 degraded");
    GoldenFiles.assertMatches("spill-acme-2020-huawei.txt", run.out());
  }

  @Test
  void theBroadScenarioAsJson() throws IOException {
    CliRun run = spillover("spill", ACME, "--scenario", CompareCommandTest.BROAD, "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"schema\": \"spillover-blast-radius/1\"").contains("\"name\": \"broad\"");
    GoldenFiles.assertMatches("spill-acme-2020-broad.json", run.out());
  }

  static final String PHONE_WECHAT = Path.of("src", "test", "resources", "spill", "phone-wechat").toString();

  @Test
  void theSeedCaseCuttingTencentCostsThePhoneTwentyOfEveryTwentyOneChineseCustomers() throws IOException {
    CliRun run = spillover("spill", PHONE_WECHAT, "--node", "tencent", "--as-of", "2020-09-21");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    // 2,100,000 customers × 20/21 = 2,000,000; the phone itself does not stop.
    assertThat(run.out())
        .contains("stopped  product  wechat  -            -      is developed by tencent")
        .contains("Complements lost (1)")
        .contains("phone  unaffected  wechat       20 to 1  95.2 %      2,100,000  2,000,000");
    GoldenFiles.assertMatches("spill-phone-wechat-tencent.txt", run.out());

    CliRun json = spillover("spill", PHONE_WECHAT, "--node", "tencent", "--as-of", "2020-09-21", "--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    GoldenFiles.assertMatches("spill-phone-wechat-tencent.json", json.out());
    assertThat(json.out()).contains("\"ratio\": 20.0").contains("\"share\": 0.9524")
        .contains("\"usersFrom\": \"edge\"").contains("\"usersLost\": 2000000");
  }

  @Test
  void withoutComplementsTheTableHasNoComplementsSection() {
    CliRun run = spillover("spill", ACME, "--node", "tencent", "--as-of", "2020-09-21");
    assertThat(run.out()).doesNotContain("Complements lost");
    CliRun json = spillover("spill", ACME, "--node", "tencent", "--as-of", "2020-09-21", "--format", "json");
    assertThat(json.out()).contains("\"complements\": [ ]");
  }

  @Test
  void writesToAFile() throws IOException {
    Path out = dir.resolve("blast.json");
    CliRun run = spillover("spill", ACME, "--node", "tencent", "--as-of", "2020-09-21", "--format", "json",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote the blast radius (4 nodes stopped or degraded)");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"id\": \"acme-mobile-commerce\"");
  }

  @Test
  void usageErrorsOfTheTwoModesExitWith2() {
    CliRun nothing = spillover("spill");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("expected ESTATE_DIR with --node ID or --scenario FILE");

    CliRun noCut = spillover("spill", ACME);
    assertThat(noCut.exitCode()).isEqualTo(2);
    assertThat(noCut.err()).contains("needs what to cut: --node ID (repeatable) or --scenario FILE");

    CliRun both = spillover("spill", ACME, "--node", "tencent", "--scenario", CompareCommandTest.BROAD);
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--node and --scenario are mutually exclusive");

    CliRun mixed = spillover("spill", ACME, "--node", "tencent", "--sboms", dir.toString(), "--component", "pkg:npm/a");
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.err()).contains("--sboms (where used) does not go with ESTATE_DIR, --node");

    CliRun component = spillover("spill", ACME, "--component", "pkg:npm/a");
    assertThat(component.exitCode()).isEqualTo(2);
    assertThat(component.err()).contains("--component belongs to where used and needs --sboms DIR");

    CliRun asOf = spillover("spill", ACME, "--scenario", CompareCommandTest.BROAD, "--as-of", "2020-01-01");
    assertThat(asOf.exitCode()).isEqualTo(2);
    assertThat(asOf.err()).contains("--as-of does not go with --scenario");

    CliRun unknown = spillover("spill", ACME, "--node", "huawei");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--node: 'huawei' is not a node of the estate")
        .contains("did you mean huawei-tech").doesNotContain("Exception");
  }

  @Test
  void helpTeachesBothModes() {
    CliRun help = spillover("spill", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("spillover spill ESTATE_DIR (--node ID... [--as-of DATE] | --scenario FILE)")
        .contains("spillover spill --sboms DIR (--component PURL | --organization NAME)")
        .contains("Blast radius (ESTATE_DIR with --node or --scenario)")
        .contains("spillover spill examples/acme-2020 --node huawei-tech --as-of 2020-09-21")
        .contains("docs/blast-radius.md");
  }
}
