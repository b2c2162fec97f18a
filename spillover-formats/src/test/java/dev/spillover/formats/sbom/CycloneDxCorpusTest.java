package dev.spillover.formats.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.InputFormat;
import dev.spillover.input.InputException;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CycloneDX specification's own conformance tests (1.4 and 1.6, JSON and XML): every valid
 * document imports, every invalid one is refused naming the file and the place; and every real
 * SBOM of the CycloneDX examples imports whole.
 */
class CycloneDxCorpusTest {
  @TestFactory
  Stream<DynamicTest> everyValidSpecificationTestImports() {
    List<Path> files = SbomFixtures.files(SbomFixtures.CDX_SPEC_TESTS, name -> name.startsWith("valid-"));
    assertThat(files).hasSize(29 + 31 + 45 + 47);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      EstateAssembler assembler = new EstateAssembler();
      new CycloneDxImporter().read(file, assembler);
      assembler.build("valid");
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidSpecificationTestIsRefusedNamingTheFileAndThePlace() {
    List<Path> files = SbomFixtures.files(SbomFixtures.CDX_SPEC_TESTS, name -> name.startsWith("invalid-"));
    assertThat(files).hasSize(22 + 24 + 25 + 27);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      EstateAssembler assembler = new EstateAssembler();
      InputException refused = catchThrowableOfType(InputException.class,
          () -> new CycloneDxImporter().read(file, assembler));
      assertThat(refused).as("refused").isNotNull();
      assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
      // The place: a line for XML and for JSON values the validator names; a JSON pointer in the message.
      assertThat(refused.problems()).anySatisfy(p -> assertThat(p.line()).isPositive());
      if (file.toString().endsWith(".json")) {
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).matches("(?s)(at /.*|specVersion .*)"));
      }
      assertThat(assembler.build("nothing").nodes()).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyRealSbomOfTheExamplesImportsAndIsRecognizedFromItsContent() {
    List<Path> files = SbomFixtures.files(SbomFixtures.CDX_EXAMPLES, name -> name.endsWith(".json") || name.endsWith(".xml"));
    assertThat(files).hasSize(14);
    return files.stream().map(file -> DynamicTest.dynamicTest(SbomFixtures.CDX_EXAMPLES.relativize(file).toString(), () -> {
      assertThat(InputFormat.detect(file)).isEqualTo(InputFormat.CYCLONEDX);
      Estate estate = SbomFixtures.load(new CycloneDxImporter(), file);
      if (!file.endsWith(Path.of("VEX", "vex.json"))) { // a VEX document lists vulnerabilities, not components
        assertThat(estate.nodes().values()).anySatisfy(n -> assertThat(n.kind()).isIn(NodeKind.COMPONENT, NodeKind.PRODUCT));
      }
      assertThat(estate.sources()).containsKey("cyclonedx:" + file);
    }));
  }
}
