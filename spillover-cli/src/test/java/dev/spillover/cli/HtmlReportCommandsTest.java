package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} of {@code compare} (with and without {@code --tolerance}) and of
 * {@code spill}, on the bundled examples, against golden files (regenerate with
 * {@code -Dtest=HtmlReportCommandsTest -Dspillover.updateGolden=true} and read the diff). The pages
 * themselves are checked in spillover-formats (ComparisonHtmlTest, BlastRadiusHtmlTest, and in a
 * browser, ReportInBrowserTest); here, that the commands write them whole and refuse html where it
 * does not apply.
 */
class HtmlReportCommandsTest {
  @TempDir
  Path dir;

  @Test
  void comparesTheAcmeScenariosAsAPage() throws IOException {
    CliRun run = spillover("compare", ACME, "--scenario", CompareCommandTest.AS_ANNOUNCED,
        "--scenario", CompareCommandTest.BROAD, "--scenario", CompareCommandTest.ZERO, "--format", "html");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script")
        .contains("<h2 id=\"side-by-side\">").contains("<h2 id=\"changes\">").doesNotContain("id=\"tolerance\"");
    // One bar chart per scenario; as in the table's golden file, 4, 5 and 15 prohibited.
    assertThat(count(run.out(), "<figure class=\"scenario-summary\"")).isEqualTo(3);
    assertThat(run.out()).contains("<g class=\"bar prohibited\" data-value=\"4\">", "<g class=\"bar prohibited\" data-value=\"5\">",
        "<g class=\"bar prohibited\" data-value=\"15\">");
    GoldenFiles.assertMatches("compare-acme-2020.html", run.out());
  }

  @Test
  void withToleranceThePageAlsoDrawsTheCurve() throws IOException {
    Path out = dir.resolve("tolerance.html");
    CliRun run = spillover("compare", ACME, "--tolerance", "--scenario", CompareCommandTest.ZERO,
        "--scenario", CompareCommandTest.BROAD, "--scenario", CompareCommandTest.AS_ANNOUNCED,
        "--format", "html", "--out", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote the comparison of 3 scenarios (").contains(", and the tolerance curve) to ");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("<h2 id=\"tolerance\">", "<svg class=\"chart line\" id=\"tolerance-curve\"",
        "<h2 id=\"side-by-side\">");
    // As CompareToleranceTest works out: 14, 5 and 4 assets cut, 100.0 %, 35.7 % and 28.6 % removed.
    assertThat(count(html, "<g class=\"series\"")).isEqualTo(2);
    assertThat(html).contains("<td class=\"num\">100.0 %</td>", "<td class=\"num\">35.7 %</td>",
        "<td class=\"num\">28.6 %</td>");
    GoldenFiles.assertMatches("compare-acme-2020-tolerance.html", html);
  }

  @Test
  void theBlastRadiusOfTheBroadScenarioAsAPage() throws IOException {
    CliRun run = spillover("spill", ACME, "--scenario", CompareCommandTest.BROAD, "--format", "html");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script")
        .contains("<h2 id=\"graph\">Blast radius</h2>")
        .contains("<g class=\"node cut\" data-id=\"hikvision-cameras\">")
        .contains("<tr data-id=\"acme-branch-network\"><td class=\"stopped\">stopped</td>");
    GoldenFiles.assertMatches("spill-acme-2020-broad.html", run.out());
  }

  @Test
  void whereUsedRefusesHtml() {
    CliRun run = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/a", "--format", "html");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format html is for the blast radius of an estate; where used (--sboms) "
        + "writes table or json");
    assertThat(dir.resolve(".spillover")).as("no index is made").doesNotExist();
  }

  @Test
  void helpListsHtml() {
    assertThat(spillover("compare", "--help").out()).contains("html (a self-contained page")
        .contains("compare examples/acme-2020 --format html --out acme.html");
    assertThat(spillover("spill", "--help").out()).contains("[--format table|json|html]")
        .contains("spill examples/acme-2020 --format html --out broad.html");
  }

  private static int count(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}
