package dev.spillover.formats.gleif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link GleifImporter#looksLikeGleif}: GLEIF's files are recognized from their first bytes, others are not. */
class GleifDetectionTest {
  private static final Path DATA = Path.of("..", "..", "shared", "data");

  @Test
  void gleifXmlOfEachKindIsRecognized() throws IOException {
    assertThat(GleifImporter.looksLikeGleif(GleifImporterTest.head(
        GleifImporterTest.SHARED.resolve("lei-cdf").resolve("20180901-gleif-concatenated-file-lei2-Top10.xml")))).isTrue();
    assertThat(GleifImporter.looksLikeGleif(GleifImporterTest.head(
        GleifImporterTest.FIXTURES.resolve("rr-cdf").resolve("relationships.xml")))).isTrue();
    assertThat(GleifImporter.looksLikeGleif(GleifImporterTest.head(
        GleifImporterTest.FIXTURES.resolve("repex").resolve("exceptions.xml")))).isTrue();
  }

  @Test
  void aHeadCutShortAfterTheRootElementIsEnough() throws IOException {
    byte[] head = GleifImporterTest.head(
        GleifImporterTest.SHARED.resolve("lei-cdf").resolve("20180901-gleif-concatenated-file-lei2-Top10.xml"));

    assertThat(GleifImporter.looksLikeGleif(Arrays.copyOf(head, 300))).isTrue();
    assertThat(GleifImporter.looksLikeGleif(Arrays.copyOf(head, 60))).as("cut inside the root tag").isFalse();
  }

  @TestFactory
  Stream<DynamicTest> otherFormatsInTheSharedDataAreNotGleif() {
    return Stream.of(
            "bods/examples/bods-package-fi-soe.json",
            "followthemoney/zala_entities.ftm.json",
            "cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.1.xml",
            "cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json",
            "un-sc-consolidated/UN_consolidated.xml",
            "sarif/sarif-schema-2.1.0.json")
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          Path file = DATA.resolve(name);
          assertThat(file).isRegularFile();
          assertThat(GleifImporter.looksLikeGleif(GleifImporterTest.head(file))).isFalse();
        }));
  }

  @Test
  void xmlNeedsAGleifRootInAGleifNamespace() {
    assertThat(looks("<lei:LEIData xmlns:lei=\"http://example.org/leidata\"/>")).isFalse();
    assertThat(looks("<LEIData/>")).isFalse();
    assertThat(looks("<rr:RelationshipData xmlns:rr=\"http://www.gleif.org/data/schema/rr/2016\">")).isTrue();
    assertThat(looks("\uFEFF<?xml version=\"1.0\"?>\n<!-- GLEIF -->\n"
        + "<ReportingExceptionData xmlns=\"http://www.gleif.org/data/schema/repex/2016\">")).isTrue();
  }

  @Test
  void jsonNeedsAGleifResourceTypeOrAnEmptyGoldenCopyPage() {
    assertThat(looks("{\"data\":{\"type\":\"lei-records\",\"id\":\"x\"}}")).isTrue();
    assertThat(looks("{\"meta\":{\"x\":1},\"data\":[{\"id\":\"x\",\"type\":\"relationship-records\"}]}")).isTrue();
    assertThat(looks("{\"data\":[{\"type\":\"reporting-exceptions\"")).as("cut after the type").isTrue();
    assertThat(looks("{\"meta\":{\"goldenCopy\":{\"publishDate\":\"2025-05-15T00:00:00Z\"}},\"data\":[]}")).isTrue();
    assertThat(looks("{\"data\":[]}")).isFalse();
    assertThat(looks("{\"data\":[{\"type\":\"entityStatement\"}]}")).isFalse();
    assertThat(looks("[{\"statementId\":\"1\"}]")).isFalse();
  }

  @Test
  void nothingAndNonsenseAreNotGleif() {
    assertThat(GleifImporter.looksLikeGleif(null)).isFalse();
    assertThat(GleifImporter.looksLikeGleif(new byte[0])).isFalse();
    assertThat(looks("LEI,Name\n529900GRZ2BQY5ZM9N49,PUMA SE\n")).isFalse();
    assertThat(looks("{\"data\": [[[[")).isFalse();
  }

  @Test
  void lookingAtAHostileHeadFetchesNothing() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String head = "<?xml version=\"1.0\"?><!DOCTYPE lei:LEIData SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
          + "/x.dtd\" [<!ENTITY e SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/e\">]>"
          + "<lei:LEIData xmlns:lei=\"http://www.gleif.org/data/schema/leidata/2016\">&e;";

      GleifImporter.looksLikeGleif(head.getBytes(StandardCharsets.UTF_8));

      server.setSoTimeout(200);
      try (var connection = server.accept()) {
        assertThat(connection).as("a connection to the test server").isNull();
      } catch (SocketTimeoutException expected) {
        // nobody came
      }
    }
  }

  @Test
  void everyGleifFileInTheSharedDataIsRecognized() throws IOException {
    List<Path> files = GleifImporterTest.sharedFiles();
    for (Path file : files) {
      assertThat(GleifImporter.looksLikeGleif(GleifImporterTest.head(file))).as(file.toString()).isTrue();
    }
    assertThat(files).hasSizeGreaterThan(100);
  }

  private static boolean looks(String head) {
    return GleifImporter.looksLikeGleif(head.getBytes(StandardCharsets.UTF_8));
  }
}
