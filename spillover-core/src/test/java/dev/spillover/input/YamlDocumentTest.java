package dev.spillover.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlDocumentTest {
  private final Problems problems = new Problems();

  private YamlNode parse(String text) {
    return YamlDocument.parse(text, "f.yaml", problems);
  }

  /** The one problem recorded, as {@code file:line:column: message}. */
  private String onlyProblem() {
    assertThat(problems.list()).hasSize(1);
    return problems.list().get(0).toString();
  }

  @Nested
  class Positions {
    @Test
    void everyKeyAndValueKnowsItsOneBasedLineAndColumn() {
      YamlNode root = parse("""
          name: Acme
          systems:
            - id: pos
              users: 4200
            - {id: app, users: 7}
          """);

      assertThat(problems.isEmpty()).isTrue();
      assertThat(position(root)).isEqualTo("f.yaml:1:1");
      assertThat(position(root.entries().get("name").key())).isEqualTo("f.yaml:1:1");
      assertThat(position(root.entries().get("name").value())).isEqualTo("f.yaml:1:7");
      List<YamlNode> systems = root.entries().get("systems").value().items();
      assertThat(position(systems.get(0))).isEqualTo("f.yaml:3:5");
      assertThat(position(systems.get(0).entries().get("users").value())).isEqualTo("f.yaml:4:12");
      assertThat(position(systems.get(1))).isEqualTo("f.yaml:5:5");
      assertThat(position(systems.get(1).entries().get("users").value())).isEqualTo("f.yaml:5:22");
    }

    @Test
    void entriesKeepTheOrderOfTheFile() {
      YamlNode root = parse("zeta: 1\nalpha: 2\nmid: 3\n");

      assertThat(root.entries()).containsOnlyKeys("zeta", "alpha", "mid");
      assertThat(List.copyOf(root.entries().keySet())).containsExactly("zeta", "alpha", "mid");
    }

    private String position(YamlNode node) {
      return node.file() + ":" + node.line() + ":" + node.column();
    }
  }

  @Nested
  class SyntaxErrors {
    @Test
    void aMisindentedKeyIsReportedWhereTheParserTrippedOverIt() {
      assertThat(parse("organizations:\n  - id: acme\n   name: Acme\n")).isNull();

      assertThat(onlyProblem()).startsWith("f.yaml:3:4: not valid YAML: ").contains("expected <block end>");
    }

    @Test
    void anUnclosedFlowMappingIsReportedAtTheNextLine() {
      assertThat(parse("edges:\n  - {kind: uses, from: a\n  - {kind: uses}\n")).isNull();

      assertThat(onlyProblem()).startsWith("f.yaml:3:5: not valid YAML: ").contains("expected ',' or '}'");
    }

    @Test
    void aTabUsedForIndentationIsReportedWithItsPosition() {
      assertThat(parse("a:\n\tb: 1\n")).isNull();

      assertThat(onlyProblem()).startsWith("f.yaml:2:1: not valid YAML: ").contains("TAB");
    }

    @Test
    void aSecondDocumentIsRefusedWhereItStarts() {
      assertThat(parse("a: 1\n---\nb: 2\n")).isNull();

      assertThat(onlyProblem()).isEqualTo("f.yaml:3:1: a second YAML document: expected one document per file");
    }

    @Test
    void aSingleDocumentWithAnExplicitStartMarkerIsAccepted() {
      assertThat(parse("---\na: 1\n")).isNotNull();
      assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "\n\n", "# only a comment\n"})
    void aFileWithoutContentIsRefusedAsEmpty(String text) {
      assertThat(parse(text)).isNull();

      assertThat(onlyProblem()).isEqualTo("f.yaml: file is empty: expected a YAML mapping");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingTheKeyAndItsLine() {
      assertThat(parse("a: 1\nb: 2\na: 3\n")).isNull();

      assertThat(onlyProblem()).startsWith("f.yaml:3:1: ").contains("duplicate").contains("'a'").doesNotContain("null");
    }

    @Test
    void aDuplicateKeyInANestedMappingIsRefused() {
      assertThat(parse("organizations:\n  - id: acme\n    name: Acme\n    name: Other\n")).isNull();

      assertThat(onlyProblem()).startsWith("f.yaml:4:5: ").contains("duplicate");
    }
  }

  @Nested
  class ReadingFiles {
    @TempDir
    Path dir;

    @Test
    void readsUtf8TextWithCharactersOutsideAscii() throws IOException {
      Path file = Files.writeString(dir.resolve("a.yaml"), "name: 字节跳动\n", StandardCharsets.UTF_8);

      YamlNode root = YamlDocument.read(file, "a.yaml", problems);

      assertThat(problems.isEmpty()).isTrue();
      assertThat(root.entries().get("name").value().text()).isEqualTo("字节跳动");
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() throws IOException {
      Path file = Files.write(dir.resolve("a.yaml"), bytes(0xEF, 0xBB, 0xBF, 'a', ':', ' ', '1', '\n'));

      YamlNode root = YamlDocument.read(file, "a.yaml", problems);

      assertThat(problems.isEmpty()).isTrue();
      assertThat(root.entries()).containsOnlyKeys("a");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
      // "name: Café" in Latin-1: 0xE9 alone is not valid UTF-8.
      Path file = Files.write(dir.resolve("latin1.yaml"), "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

      assertThat(YamlDocument.read(file, "latin1.yaml", problems)).isNull();

      assertThat(onlyProblem()).isEqualTo("latin1.yaml: file is not valid UTF-8 text");
    }

    @Test
    void aMissingFileIsReportedAsUnreadable() {
      assertThat(YamlDocument.read(dir.resolve("absent.yaml"), "absent.yaml", problems)).isNull();

      assertThat(onlyProblem()).startsWith("absent.yaml: cannot read file: ");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
      Path file = dir.resolve("huge.yaml");
      try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
        huge.setLength(YamlDocument.MAX_BYTES + 1L); // sparse: nothing is written
      }

      YamlNode root = assertTimeoutPreemptively(Duration.ofSeconds(2),
          () -> YamlDocument.read(file, "huge.yaml", problems));

      assertThat(root).isNull();
      assertThat(onlyProblem()).isEqualTo("huge.yaml: file is " + (YamlDocument.MAX_BYTES + 1L)
          + " bytes, larger than the " + YamlDocument.MAX_BYTES + " bytes accepted");
    }
  }

  @Nested
  class HostileInput {
    @Test
    void aBillionLaughsAliasBombIsRefusedQuickly() {
      StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (char level = 'b'; level <= 'i'; level++) {
        char previous = (char) (level - 1);
        String aliases = String.join(", ", java.util.Collections.nCopies(9, "*" + previous));
        bomb.append(level).append(": &").append(level).append(" [").append(aliases).append("]\n");
      }

      YamlNode root = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parse(bomb.toString()));

      assertThat(root).isNull();
      assertThat(onlyProblem()).containsIgnoringCase("alias");
    }

    @Test
    void anAliasOfAScalarIsRefusedNamingTheAnchor() {
      assertThat(parse("a: &name Acme\nb: *name\n")).isNull();

      assertThat(onlyProblem()).contains("anchor '&name': anchors and aliases are not accepted");
    }

    @Test
    void anAnchorWithoutAnyAliasIsRefusedToo() {
      assertThat(parse("a: &unused [1, 2]\n")).isNull();

      assertThat(onlyProblem()).contains("'&unused'");
    }

    @Test
    void anAnchorIsReportedWhereItIs() {
      assertThat(parse("a: 1\nb: &name Acme\n")).isNull();

      assertThat(onlyProblem()).startsWith("f.yaml:2:4: ");
    }

    @Test
    void nestingOfMaxDepthCollectionsIsAccepted() {
      String nested = "[".repeat(YamlDocument.MAX_DEPTH) + "]".repeat(YamlDocument.MAX_DEPTH);

      assertThat(parse(nested)).isNotNull();
      assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void nestingOneLevelDeeperThanMaxDepthIsRefused() {
      String nested = "[".repeat(YamlDocument.MAX_DEPTH + 1) + "]".repeat(YamlDocument.MAX_DEPTH + 1);

      assertThat(parse(nested)).isNull();
      assertThat(onlyProblem()).contains("nested deeper than " + YamlDocument.MAX_DEPTH + " levels");
    }

    @Test
    void deeplyNestedBlockMappingsAreRefused() {
      StringBuilder text = new StringBuilder();
      for (int level = 0; level < YamlDocument.MAX_DEPTH + 5; level++) {
        text.append("  ".repeat(level)).append("k").append(level).append(":\n");
      }
      text.append("  ".repeat(YamlDocument.MAX_DEPTH + 5)).append("leaf\n");

      assertThat(parse(text.toString())).isNull();
      assertThat(onlyProblem()).contains("nested deeper than " + YamlDocument.MAX_DEPTH + " levels");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[", "{a: "})
    void nestingTensOfThousandsDeepIsRefusedWithoutOverflowingTheStack(String open) {
      int depth = 50_000;
      String close = open.equals("[") ? "]" : "}";
      String text = "a: " + open.repeat(depth) + (open.equals("[") ? "" : "1") + close.repeat(depth) + "\n";

      YamlNode root = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(text));

      assertThat(root).isNull();
      assertThat(onlyProblem()).contains("nested deeper than " + YamlDocument.MAX_DEPTH + " levels");
    }
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
