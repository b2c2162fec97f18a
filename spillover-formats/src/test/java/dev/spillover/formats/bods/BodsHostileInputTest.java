package dev.spillover.formats.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input meant to break the reader, or merely broken: refused with a clear problem, never a crash. */
class BodsHostileInputTest {
  @TempDir
  Path temp;

  @Test
  void aHundredThousandNestedArraysAreRefusedWithoutOverflowingTheStack() throws IOException {
    Path deep = temp.resolve("deep.json");
    Files.writeString(deep, "[".repeat(100_000) + "]".repeat(100_000));

    rejects(deep, p -> {
      assertThat(p.message()).contains("nested deeper than 64 levels");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isBetween(60, 70);
    });
  }

  @Test
  void deepNestingInsideAStatementIsRefusedToo() throws IOException {
    Path deep = temp.resolve("deep-object.jsonl");
    Files.writeString(deep, "{\"statementId\": " + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001) + "\n");

    rejects(deep, p -> assertThat(p.message()).contains("nested deeper than 64 levels"));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path huge = temp.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(StatementReader.MAX_BYTES + 1); // sparse: costs no disk
    }

    rejects(huge, p -> assertThat(p.message()).contains("more than the 64 MiB"));
  }

  @Test
  void notJsonIsReportedWithLineAndColumn() throws IOException {
    Path text = temp.resolve("notes.json");
    Files.writeString(text, "[\n  {\"statementId\": \"abc\",}\n]\n");

    rejects(text, p -> {
      assertThat(p.message()).startsWith("not valid JSON: ");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(25);
    });
  }

  @Test
  void plainTextIsNotJson() throws IOException {
    Path text = temp.resolve("readme.json");
    Files.writeString(text, "Beneficial owners:\n- nobody\n");

    rejects(text, p -> {
      assertThat(p.message()).startsWith("not valid JSON: Unrecognized token 'Beneficial'");
      assertThat(p.line()).isEqualTo(1);
    });
  }

  @Test
  void duplicateKeysAreRefused() throws IOException {
    Path twice = temp.resolve("twice.json");
    Files.writeString(twice, "[{\"recordId\": \"a\", \"recordId\": \"b\"}]");

    rejects(twice, p -> assertThat(p.message()).contains("Duplicate field 'recordId'"));
  }

  @Test
  void anEmptyFileAndAScalarAreNotStatements() throws IOException {
    Path empty = Files.writeString(temp.resolve("empty.json"), "  \n");
    rejects(empty, p -> assertThat(p.message()).contains("the file is empty"));
    Path scalar = Files.writeString(temp.resolve("scalar.json"), "42");
    rejects(scalar, p -> assertThat(p.message()).contains("found a number, expected a JSON array of BODS statements"));
  }

  @Test
  void contentAfterTheArrayIsRefused() throws IOException {
    Path trailing = Files.writeString(temp.resolve("trailing.json"), "[]\n[]\n");
    rejects(trailing, p -> {
      assertThat(p.message()).contains("after the array of statements");
      assertThat(p.line()).isEqualTo(2);
    });
  }

  @Test
  void aFileOfManyInvalidStatementsListsTheFirstHundredProblems() throws IOException {
    Path many = temp.resolve("many.jsonl");
    Files.writeString(many, "{\"statementId\": 1}\n".repeat(1_000));
    EstateAssembler assembler = new EstateAssembler();

    assertThatThrownBy(() -> new BodsImporter().read(many, assembler)).isInstanceOfSatisfying(InputException.class,
        e -> {
          List<Problem> problems = e.problems();
          assertThat(problems).hasSize(BodsImporter.MAX_PROBLEMS + 1);
          assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("only the first 100 are listed"));
        });
  }

  private static void rejects(Path file, Consumer<Problem> problem) {
    EstateAssembler assembler = new EstateAssembler();
    assertThatThrownBy(() -> new BodsImporter().read(file, assembler)).isInstanceOfSatisfying(InputException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo(file.toString());
          problem.accept(p);
        }));
    assertThat(assembler.build("nothing").nodes()).isEmpty();
  }
}
