package dev.spillover.formats.report;

import static dev.spillover.formats.report.ReportFixtures.acme;
import static dev.spillover.formats.report.ReportFixtures.acmeComparison;
import static dev.spillover.formats.report.ReportFixtures.acmeEstate;
import static dev.spillover.formats.report.ReportFixtures.cut;
import static dev.spillover.formats.report.ReportFixtures.hostile;
import static dev.spillover.formats.report.ReportFixtures.hostileComparison;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.spillover.model.Estate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML reports in a real browser: Debian's chromium, headless, driven through its chromedriver.
 * Each report (findings, scenario comparison with the tolerance curve, blast radius, a blast radius
 * too large to draw whole, and the hostile estate) is written to a file and opened by its file URL
 * at a phone's viewport (390 x 844): the page must not scroll sideways, every SVG must have a
 * rendered size and no chart may be wider than the screen. Then the page is printed to PDF (at least
 * one page), and laid out for print media at the printable width of a Letter page: charts fit it.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (other paths with the
 * system properties {@code spillover.chromium} and {@code spillover.chromedriver}); without them
 * the test fails and says how to install them ({@code .ci/run} does). With
 * {@code -Dspillover.screenshots=DIR}, it also saves a PNG of each page at phone and at desktop
 * width, to look at (not to commit).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {
  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;
  private static final int DESKTOP_WIDTH = 1280;
  /** Letter paper, 8.5 in, less the default 1 cm margins each side, in CSS pixels (96 per inch). */
  private static final int PRINTABLE_WIDTH = (int) Math.floor((8.5 - 2 / 2.54) * 96);
  private static final int SCREENSHOT_MAX_HEIGHT = 12_000;
  private static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-wqy-microhei"
      + " (as root, or with sudo; .ci/run does it)";

  private Path dir;
  private ChromeDriver browser;
  private final Map<String, Path> reports = new LinkedHashMap<>();

  @BeforeAll
  void startBrowserAndWriteReports(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    Path chromium = Path.of(System.getProperty("spillover.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("spillover.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      fail("the browser tests need chromium at " + chromium + " and chromedriver at " + chromedriver
          + (Files.isExecutable(chromium) ? "" : "; chromium is missing") + (Files.isExecutable(chromedriver) ? ""
          : "; chromedriver is missing") + ". Install them with: " + INSTALL);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    browser = new ChromeDriver(service, options);

    Estate acme = acmeEstate();
    ToleranceCurve curve = ToleranceCurve.of(List.of(
        cut(acme, "all hardware", "prohibited by test/all", "huawei-ar-routers", "hikvision-cameras", "thinkpad-laptops"),
        cut(acme, "cameras and routers", "prohibited by test/two", "huawei-ar-routers", "hikvision-cameras"),
        cut(acme, "cameras only", "prohibited by test/one", "hikvision-cameras")));
    write("findings", ReportFixtures.html(acme()));
    write("findings-hostile", ReportFixtures.html(hostile()));
    write("comparison", ReportFixtures.html(acmeComparison(), curve));
    write("comparison-hostile", ReportFixtures.html(hostileComparison(), null));
    write("blast-radius", ReportFixtures.html(cut(acme, null, "named with --node", "huawei-tech", "tencent")));
    write("blast-radius-china", ReportFixtures.html(cut(acme, "china", "named", "huawei-tech", "tencent",
        "bytedance", "hikvision", "lenovo")));
  }

  private void write(String name, String html) throws IOException {
    Path file = dir.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    reports.put(name, file);
  }

  @AfterAll
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  List<String> reports() {
    return List.of("findings", "findings-hostile", "comparison", "comparison-hostile", "blast-radius",
        "blast-radius-china");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void readsOnAPhoneWithoutScrollingSideways(String report) throws IOException {
    open(report, PHONE_WIDTH, PHONE_HEIGHT);

    long innerWidth = number("return window.innerWidth");
    assertThat(innerWidth).as("the phone viewport").isBetween((long) PHONE_WIDTH - 20, (long) PHONE_WIDTH);
    assertThat(number("return document.documentElement.scrollWidth"))
        .as("%s: the page's width at %d px (wider means the page scrolls sideways)", report, innerWidth)
        .isLessThanOrEqualTo(innerWidth);
    List<?> sizes = (List<?>) script("return Array.from(document.querySelectorAll('svg'))"
        + ".map(s => { const r = s.getBoundingClientRect(); return [r.width, r.height, r.right, s.classList.contains('chart')]; })");
    assertThat(sizes).as("%s has SVGs", report).isNotEmpty();
    for (Object size : sizes) {
      List<?> wh = (List<?>) size;
      assertThat(((Number) wh.get(0)).doubleValue()).as("%s: an SVG's rendered width", report).isPositive();
      assertThat(((Number) wh.get(1)).doubleValue()).as("%s: an SVG's rendered height", report).isPositive();
      if (Boolean.TRUE.equals(wh.get(3))) {
        assertThat(((Number) wh.get(2)).doubleValue()).as("%s: a chart's right edge", report)
            .isLessThanOrEqualTo(innerWidth);
      }
    }
    screenshot(report, "phone");
    open(report, DESKTOP_WIDTH, PHONE_HEIGHT);
    assertThat(number("return document.documentElement.scrollWidth")).as("%s at desktop width", report)
        .isLessThanOrEqualTo(number("return window.innerWidth"));
    screenshot(report, "desktop");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void printsToPdfWithChartsWithinThePage(String report) {
    open(report, DESKTOP_WIDTH, PHONE_HEIGHT);

    Pdf pdf = browser.print(new PrintOptions());
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pages(bytes)).as("%s: pages printed", report).isPositive();

    // Laid out as print media at the printable width, no chart or graph is wider than the page.
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      browser.manage().window().setSize(new Dimension(PRINTABLE_WIDTH, PHONE_HEIGHT));
      long width = number("return window.innerWidth");
      List<?> rights = (List<?>) script("return Array.from(document.querySelectorAll('svg'))"
          + ".map(s => s.getBoundingClientRect().right)");
      assertThat(rights).as("%s has SVGs", report).isNotEmpty()
          .allSatisfy(right -> assertThat(((Number) right).doubleValue()).as("%s: an SVG's right edge in print", report)
              .isLessThanOrEqualTo(width));
      assertThat(number("return document.documentElement.scrollWidth")).as("%s: page width in print", report)
          .isLessThanOrEqualTo(width);
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** Pages of a PDF as chromium writes it: its page objects ("/Type /Page", not "/Pages"). */
  private static int pages(byte[] pdf) {
    Matcher matcher = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private void open(String report, int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    browser.get(reports.get(report).toUri().toString());
  }

  private Object script(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private long number(String script) {
    return ((Number) script(script)).longValue();
  }

  /** With -Dspillover.screenshots=DIR: the whole page as a PNG, for a person to look at. */
  private void screenshot(String report, String kind) throws IOException {
    String folder = System.getProperty("spillover.screenshots");
    if (folder == null) {
      return;
    }
    Dimension size = browser.manage().window().getSize();
    long height = Math.min(SCREENSHOT_MAX_HEIGHT, number("return document.documentElement.scrollHeight"));
    browser.manage().window().setSize(new Dimension(size.getWidth(), (int) height));
    Files.createDirectories(Path.of(folder));
    Files.write(Path.of(folder, report + "-" + kind + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(size);
  }
}
