package dev.spillover.formats.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The BODS 0.4 test corpus: one statement per file, valid or invalid with the error expected. */
class BodsCorpusTest {
  private static final Path VALID = BodsImporterTest.BODS.resolve("valid-statements");
  private static final Path INVALID = BodsImporterTest.BODS.resolve("invalid-statements");

  /** A row of {@code expected_errors.csv}: the JSON-schema keyword, the JSON path and the property. */
  private record Expected(String keyword, String path, String property) {}

  @TestFactory
  Stream<DynamicTest> everyValidStatementIsAccepted() throws IOException {
    List<Path> files = BodsImporterTest.jsonFiles(VALID);
    assertThat(files).hasSize(111);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> new BodsImporter().read(file, new EstateAssembler())));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidStatementIsRejectedNamingThePropertyAndPathExpected() throws IOException {
    Map<String, List<Expected>> expected = expectedErrors();
    List<Path> files = BodsImporterTest.jsonFiles(INVALID);
    assertThat(files).hasSize(192);
    assertThat(expected.keySet()).allSatisfy(name -> assertThat(INVALID.resolve(name)).exists());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      EstateAssembler assembler = new EstateAssembler();
      InputException rejected = catchThrowableOfType(InputException.class, () -> new BodsImporter().read(file, assembler));
      assertThat(rejected).as("rejected").isNotNull();
      assertThat(rejected.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.line()).as("line of " + p).isPositive();
        assertThat(p.message()).matches("(statement 0 at \\$\\[0\\]|statements at \\$:).*");
      });
      for (Expected error : expected.getOrDefault(file.getFileName().toString(), List.of())) {
        assertThat(rejected.problems()).as("%s, %s", error, rejected.getMessage())
            .map(Problem::message)
            .anySatisfy(message -> {
              assertThat(message).contains("at " + error.path() + ":");
              if (!error.property().isEmpty()) {
                assertThat(message).contains("'" + error.property() + "'");
              }
            });
      }
      assertThat(assembler.build("nothing").nodes()).isEmpty();
    }));
  }

  private static Map<String, List<Expected>> expectedErrors() throws IOException {
    Map<String, List<Expected>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(INVALID.resolve("expected_errors.csv"))) {
      if (line.isBlank()) {
        continue;
      }
      // file,keyword,path,property: paths hold no commas in this corpus.
      String[] fields = line.split(",", -1);
      assertThat(fields).as(line).hasSize(4);
      expected.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>())
          .add(new Expected(fields[1].strip(), fields[2].strip(), fields[3].strip()));
    }
    return expected;
  }
}
