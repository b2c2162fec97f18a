package dev.spillover.formats.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input meant to break the readers: refused with a problem that names the limit, quickly, without
 * network access and before the libraries see it.
 */
class SbomHostileInputTest {
  private static final Duration FAST = Duration.ofSeconds(10);

  @TempDir
  Path temp;

  @Test
  void anXmlExternalEntityIsNeitherFetchedNorRead() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "top secret");
    Path xxe = Files.writeString(temp.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE bom [<!ENTITY file SYSTEM \"" + secret.toUri() + "\"><!ENTITY net SYSTEM \"http://192.0.2.1/x\">]>\n"
        + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"><components><component type=\"library\">"
        + "<name>&file;&net;</name></component></components></bom>\n");

    rejects(new CycloneDxImporter(), xxe, p -> {
      assertThat(p.message()).startsWith("a DOCTYPE declaration: DTDs and entities are refused");
      assertThat(p.message()).doesNotContain("top secret");
      assertThat(p.line()).isEqualTo(2);
    });
  }

  @Test
  void aBillionLaughsIsRefusedBeforeAnyEntityIsExpanded() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE bom [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path laughs = Files.writeString(temp.resolve("laughs.xml"), dtd + "]>\n"
        + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"><components><component type=\"library\">"
        + "<name>&lol9;</name></component></components></bom>\n");

    rejects(new CycloneDxImporter(), laughs, p -> assertThat(p.message()).contains("DTDs and entities are refused"));
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path huge = temp.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L << 20); // 100 MiB, sparse: costs no disk and is never read
    }
    for (Importer importer : new Importer[] {new CycloneDxImporter(), new SpdxImporter()}) {
      rejects(importer, huge, p -> assertThat(p.message())
          .isEqualTo("the file has 104857600 bytes, more than the 64 MiB an SBOM may have; refused before reading,"
              + " as broken or hostile input"));
    }
  }

  @Test
  void tenThousandNestedJsonComponentsAreRefusedAtTheDepthLimit() throws IOException {
    String open = "{\"type\":\"library\",\"name\":\"x\",\"components\":[";
    Path deep = Files.writeString(temp.resolve("deep.json"), "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\","
        + "\"components\":[" + open.repeat(10_000) + "]}".repeat(10_000) + "]}");

    rejects(new CycloneDxImporter(), deep, p -> {
      assertThat(p.message()).startsWith("JSON nested deeper than 128 levels, expected at most 128");
      assertThat(p.line()).isEqualTo(1);
    });
  }

  @Test
  void tenThousandNestedXmlElementsAreRefusedAtTheDepthLimit() throws IOException {
    String open = "<component type=\"library\"><name>x</name><components>";
    Path deep = Files.writeString(temp.resolve("deep.xml"), "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\">"
        + "<components>" + open.repeat(10_000) + "</components></component>".repeat(10_000) + "</components></bom>");

    rejects(new CycloneDxImporter(), deep, p -> assertThat(p.message())
        .startsWith("elements nested deeper than 128 levels, expected at most 128"));
  }

  @Test
  void tenThousandNestedArraysInSpdxJsonAreRefusedToo() throws IOException {
    Path deep = Files.writeString(temp.resolve("deep.spdx.json"), "{\"spdxVersion\":\"SPDX-2.3\",\"x\":"
        + "[".repeat(10_000) + "]".repeat(10_000) + "}");

    rejects(new SpdxImporter(), deep, p -> assertThat(p.message()).startsWith("JSON nested deeper than 128 levels"));
  }

  @Test
  void brokenJsonAndUnknownVersionsAreLocated() throws IOException {
    Path broken = Files.writeString(temp.resolve("broken.json"), "{\"bomFormat\":\"CycloneDX\",\n\"specVersion\":\"1.4\",}");
    rejects(new CycloneDxImporter(), broken, p -> {
      assertThat(p.message()).startsWith("not valid JSON: ");
      assertThat(p.line()).isEqualTo(2);
    });
    Path future = Files.writeString(temp.resolve("future.json"), "{\"bomFormat\":\"CycloneDX\",\n  \"specVersion\":\"1.7\"}");
    rejects(new CycloneDxImporter(), future, p -> {
      assertThat(p.message()).isEqualTo("specVersion is \"1.7\", expected the CycloneDX version of a JSON BOM:"
          + " 1.2, 1.3, 1.4, 1.5 or 1.6");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(3); // the field's name
    });
  }

  @Test
  void aDependencyOnAnUndefinedReferenceIsRefused() throws IOException {
    Path dangling = Files.writeString(temp.resolve("dangling.json"), "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"version\":1,"
        + "\"components\":[{\"type\":\"library\",\"name\":\"a\",\"bom-ref\":\"a\"}],"
        + "\"dependencies\":[{\"ref\":\"a\",\"dependsOn\":[\"b\"]}]}");
    rejects(new CycloneDxImporter(), dangling, p -> assertThat(p.message()).startsWith(
        "dependencies[0].dependsOn[0] is 'b', which no component, service or metadata.component of the BOM has as its bom-ref"));
  }

  @Test
  void aMalformedPackageUrlIsRefused() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad-purl.json"), "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"version\":1,"
        + "\"components\":[{\"type\":\"library\",\"name\":\"a\",\"bom-ref\":\"a\",\"purl\":\"maven/a@1\"}]}");
    rejects(new CycloneDxImporter(), bad, p -> assertThat(p.message()).startsWith(
        "component a: purl is 'maven/a@1', expected a package URL"));
  }

  private static void rejects(Importer importer, Path file, Consumer<Problem> problem) {
    EstateAssembler assembler = new EstateAssembler();
    long start = System.nanoTime();
    InputException e = catchThrowableOfType(InputException.class, () -> importer.read(file, assembler));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file.toString());
      problem.accept(p);
    });
    assertThat(assembler.build("nothing").nodes()).isEmpty();
  }

}
