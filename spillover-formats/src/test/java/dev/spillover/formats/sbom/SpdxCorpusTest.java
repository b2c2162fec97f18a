package dev.spillover.formats.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.InputFormat;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every SPDX 2 document of the shared data: the good ones import, the bad ones get clear errors or documented warnings. */
class SpdxCorpusTest {
  private static final Path TOOLS_JAVA = SbomFixtures.SPDX.resolve("tools-java-testResources");
  private static final Path TOOLS_PYTHON = SbomFixtures.SPDX.resolve("tools-python-tests");

  /** SPDX 2.2 and 2.3 JSON and tag-value documents that are good SBOMs (3.0, YAML and XML are other formats). */
  private static final List<Path> GOOD = Stream.concat(
      SbomFixtures.files(SbomFixtures.SPDX.resolve("spdx-examples"),
          name -> name.endsWith(".json") && !name.endsWith(".spdx3.json") || name.endsWith(".spdx")).stream(),
      Stream.of(TOOLS_JAVA.resolve("SPDXJSONExample-v2.3.spdx.json"), TOOLS_JAVA.resolve("SPDXTagExample-v2.3.spdx"),
          TOOLS_PYTHON.resolve("ControlCharacters.spdx.json"), TOOLS_PYTHON.resolve("SPDXJSONExample-UTF-16.spdx.json"),
          TOOLS_PYTHON.resolve("SPDXLite.spdx"))).toList();

  @TestFactory
  Stream<DynamicTest> everyGoodSpdxDocumentImportsAndIsRecognizedFromItsContent() {
    assertThat(GOOD).hasSize(10 + 5);
    return GOOD.stream().map(file -> DynamicTest.dynamicTest(SbomFixtures.SPDX.relativize(file).toString(), () -> {
      assertThat(InputFormat.detect(file)).isEqualTo(InputFormat.SPDX);
      EstateAssembler assembler = new EstateAssembler();
      SpdxImporter.Summary summary = new SpdxImporter().load(file, assembler);
      Estate estate = assembler.build("spdx");
      assertThat(estate.nodes().values()).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NodeKind.PRODUCT));
      assertThat(estate.sources()).containsKey("spdx:" + file);
      assertThat(summary.warnings()).isEmpty();
    }));
  }

  @Test
  void aVersionThatIsNotSpdx22Or23IsRefusedAtItsLine() {
    Problem problem = refused(TOOLS_JAVA.resolve("SPDXWrongVersion.spdx.json"));
    assertThat(problem.message()).isEqualTo("spdxVersion is \"SPDX-2.2.1\", expected SPDX-2.2 or SPDX-2.3");
    assertThat(problem.line()).isEqualTo(3);
  }

  @Test
  void anUnknownRelationshipTypeInARealTrivySbomIsRefusedNamingTheType() {
    Path trivy = SbomFixtures.files(TOOLS_PYTHON.resolve("invalid"), name -> name.endsWith(".json")).get(0);
    Problem problem = refused(trivy);
    assertThat(problem.message()).startsWith("not a valid SPDX 2 JSON document: ").contains("Unknown relationship type: DESCRIBE");
  }

  @Test
  void thePackageWithoutANameInBadJsonIsRefusedTheDeviationsTheLibraryToleratesAreNot() {
    // BadJSON.spdx.json has four intentional errors. The library coerces creators given as a string
    // and filesAnalyzed given as a string, and ignores fileName; only the null package name reaches
    // what Spillover maps, and that is refused.
    Problem problem = refused(TOOLS_JAVA.resolve("BadJSON.spdx.json"));
    assertThat(problem.message()).isEqualTo("SPDXRef-fromDoap-1 has no name, expected a PackageName for every package"
        + " and described element");
  }

  @Test
  void aDocumentThatDeclares22ButUses23FieldsImportsWithTheLibrarysVerificationAsWarnings() {
    EstateAssembler assembler = new EstateAssembler();
    SpdxImporter.Summary summary = new SpdxImporter().load(TOOLS_JAVA.resolve("SPDXJSONExample-wrongversion.spdx.json"),
        assembler);
    assertThat(summary.warnings()).isNotEmpty()
        .anySatisfy(w -> assertThat(w).contains("Missing required concluded license for Jena"));
    assertThat(assembler.build("x").node("pkg:maven/org.apache.jena/apache-jena@3.12.0")).isPresent();
  }

  @Test
  void deprecatedLicenceIdsInTagValueAreWarnings() {
    EstateAssembler assembler = new EstateAssembler();
    SpdxImporter.Summary summary = new SpdxImporter().load(TOOLS_JAVA.resolve("SPDXTagExample-v2.2-warning.spdx"),
        assembler);
    assertThat(summary.warnings()).anySatisfy(w -> assertThat(w).contains("LGPL-2.0 is deprecated"));
  }

  @Test
  void spdx3AndOtherSyntaxesAreNotTakenForSpdx2() {
    assertThat(InputFormat.detect(TOOLS_JAVA.resolve("SPDXJsonLDExample-v3.0.1.json"))).isNull();
    assertThat(InputFormat.detect(TOOLS_JAVA.resolve("SPDXXMLExample-v2.3.spdx.xml"))).isNull();
    assertThat(InputFormat.detect(TOOLS_JAVA.resolve("SPDXYAMLExample-2.3.spdx.yaml"))).isNull();
  }

  private static Problem refused(Path file) {
    EstateAssembler assembler = new EstateAssembler();
    InputException e = catchThrowableOfType(InputException.class, () -> new SpdxImporter().read(file, assembler));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(file.toString()));
    assertThat(assembler.build("nothing").nodes()).isEmpty();
    return e.problems().get(0);
  }
}
