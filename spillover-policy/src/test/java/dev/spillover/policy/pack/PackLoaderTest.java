package dev.spillover.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Waiver;
import dev.spillover.policy.ListEntry;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackList;
import dev.spillover.policy.Rule;
import dev.spillover.policy.RuleMode;
import dev.spillover.policy.TimelineEvent;
import dev.spillover.policy.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading packs: the corpus under {@code src/test/resources/packs/valid} must load (each file's
 * {@code # rules:} comment lists the rule ids it holds), and every file under
 * {@code packs/invalid} must fail with exactly the problems its {@code # expect:} comments give,
 * in order (each the start of a problem's first line, after the file name).
 */
class PackLoaderTest {

  @TestFactory
  Stream<DynamicTest> loadsEveryValidPackOfTheCorpus() {
    return corpus("valid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
      Pack pack = PackLoader.parse(read(file), file.getFileName().toString(), "test:" + file.getFileName());

      assertThat(pack.rules()).extracting(Rule::id).containsExactlyElementsOf(header(file, "# rules: ").stream()
          .flatMap(line -> Arrays.stream(line.split(",")).map(String::strip))
          .toList());
    }));
  }

  @TestFactory
  Stream<DynamicTest> reportsExactlyTheExpectedProblemsOfEveryInvalidPack() {
    return corpus("invalid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
      String name = file.getFileName().toString();
      List<String> expected = header(file, "# expect: ").stream().map(line -> name + ":" + line).toList();
      assertThat(expected).as("the file's # expect: comments").isNotEmpty();

      InputException thrown = catchThrowableOfType(InputException.class, () -> PackLoader.parse(read(file), name, "test"));

      assertThat(thrown).as("the problems of %s", name).isNotNull();
      List<String> problems = thrown.problems().stream().map(Problem::toString).toList();
      assertThat(problems).as("problems of %s", name).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(problems.get(i)).as("problem %d of %s", i + 1, name).startsWith(expected.get(i));
      }
    }));
  }

  @Test
  void showsASyntaxErrorAtItsLineAndColumnWithinTheConditionUnderACaret() {
    Problem first = problemsOf("syntax-error.yaml").get(0);

    assertThat(first.message()).isEqualTo("""
        pack 'syntax-error', rule 'r1': condition does not compile at line 2, column 26 of the expression: \
        token recognition error at: '= '
            |   && exposure.party.name = 'Tencent'
            |                          ^""");
  }

  @Test
  void namesAnUndefinedFactAndPointsAtIt() {
    InputException thrown = catchThrowableOfType(InputException.class, () -> PackLoader.parse("""
        pack: {id: typo, title: Typo, citation: Test}
        rules:
          - id: tencent
            title: Tencent
            citation: Test
            scope: [product]
            verdict: review
            condition: "exposure.depth < 3 && exposure.party.nme == 'Tencent'"
        """, "typo.yaml", "test"));

    assertThat(thrown.getMessage()).isEqualTo("""
        typo.yaml:8:16: pack 'typo', rule 'tencent': condition does not compile at line 1, column 37 of the \
        expression: undefined field 'nme'
            | exposure.depth < 3 && exposure.party.nme == 'Tencent'
            |                                     ^""");
  }

  @Test
  void reportsEveryProblemOfAPackAtOnceInFileOrder() {
    List<Problem> problems = problemsOf("many-problems.yaml");

    assertThat(problems).hasSizeGreaterThanOrEqualTo(10).isSorted();
    assertThat(problems).extracting(Problem::message)
        .anySatisfy(message -> assertThat(message).contains("rule 'r1'"))
        .anySatisfy(message -> assertThat(message).contains("rule 'r2'"))
        .anySatisfy(message -> assertThat(message).contains("rule 'r3'"));
  }

  @Test
  void readsEveryFieldOfAPack() {
    Pack pack = PackLoader.parse(read(corpus("valid", "every-feature.yaml")), "every-feature.yaml", "test:every");

    assertThat(pack.id()).isEqualTo("every-feature");
    assertThat(pack.origin()).isEqualTo("test:every");
    assertThat(pack.perspective()).isEqualTo("US");
    assertThat(pack.sources()).containsOnlyKeys("act", "court");
    assertThat(pack.sources().get("act").published()).isEqualTo(LocalDate.of(2020, 1, 1));

    PackList covered = pack.lists().get(0);
    assertThat(covered.id()).isEqualTo("covered");
    assertThat(covered.entries()).hasSize(2);
    ListEntry example = covered.entries().get(0);
    assertThat(example.names()).containsExactly("Example Holdings Co., Ltd.", "示例控股有限公司");
    assertThat(example.identifiers()).isEqualTo(Map.of("lei", "5493001KJTIIGC8Y1R12"));
    assertThat(example.country()).isEqualTo("CN");
    assertThat(example.since()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(example.until()).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(example.source()).isEqualTo("court");
    assertThat(covered.entries().get(1).names()).as("a single name").containsExactly("Other Corp");

    Rule coveredParty = pack.rules().get(0);
    assertThat(coveredParty.scope()).containsExactlyInAnyOrder(NodeKind.SYSTEM, NodeKind.PRODUCT,
        NodeKind.COMPONENT, NodeKind.DATASET, NodeKind.ORGANIZATION, NodeKind.PERSON);
    assertThat(coveredParty.overSubject()).isFalse();
    assertThat(coveredParty.verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(coveredParty.mode()).isEqualTo(RuleMode.ENFORCE);
    assertThat(coveredParty.conditionText()).startsWith("'covered' in exposure.party.lists\n  && exposure.controls");
    assertThat(coveredParty.waivers()).containsExactly(new Waiver("w-1", "every-feature", "covered-party", "acme-pos",
        "Being replaced", "General Counsel", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "court"));

    Rule logOnly = pack.rules().get(1);
    assertThat(logOnly.mode()).isEqualTo(RuleMode.LOG);
    assertThat(logOnly.verdict()).isEqualTo(Verdict.RESTRICTED);

    Rule largeSystem = pack.rules().get(2);
    assertThat(largeSystem.overSubject()).isTrue();
    assertThat(largeSystem.timeline().events()).extracting(TimelineEvent::type).containsExactly(
        TimelineEvent.Type.EFFECTIVE, TimelineEvent.Type.ENJOINED, TimelineEvent.Type.SUSPENDED,
        TimelineEvent.Type.RESUMED, TimelineEvent.Type.INJUNCTION_LIFTED, TimelineEvent.Type.EXPIRED);
    assertThat(largeSystem.timeline().events().get(1).until()).isEqualTo(LocalDate.of(2020, 7, 1));
  }

  @Test
  void givesRulesWithoutTheirOwnTimelineThePacksTimeline() {
    Pack pack = PackLoader.parse(read(corpus("valid", "every-feature.yaml")), "every-feature.yaml", "test");

    assertThat(pack.rules().get(0).timeline()).isEqualTo(pack.rules().get(1).timeline());
    assertThat(pack.rules().get(0).timeline().events()).extracting(TimelineEvent::type)
        .containsExactly(TimelineEvent.Type.ANNOUNCED, TimelineEvent.Type.DELAYED);
    assertThat(pack.rules().get(0).timeline().events().get(1).effective()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(pack.rules().get(2).timeline()).isNotEqualTo(pack.rules().get(0).timeline());
  }

  @Test
  void namesTheFileItReadInEveryProblem(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("mine.yaml");
    Files.copy(corpus("invalid", "unknown-verdict.yaml"), file);

    assertThatThrownBy(() -> PackLoader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":15:14: pack 'unknown-verdict', rule 'r1': 'verdict' is 'banned'");
  }

  @Test
  void readsAValidFileWithItsPathAsOrigin(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("minimal.yaml");
    Files.copy(corpus("valid", "minimal.yaml"), file);

    assertThat(PackLoader.read(file).origin()).isEqualTo(file.toString());
  }

  private static List<Problem> problemsOf(String invalidFile) {
    InputException thrown = catchThrowableOfType(InputException.class,
        () -> PackLoader.parse(read(corpus("invalid", invalidFile)), invalidFile, "test"));
    assertThat(thrown).as("problems of %s", invalidFile).isNotNull();
    return thrown.problems();
  }

  /** The text after {@code prefix} on each line of the file that starts with it. */
  private static List<String> header(Path file, String prefix) {
    return read(file).lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
  }

  private static Stream<Path> corpus(String kind) {
    try (Stream<Path> files = Files.list(corpus(kind, ""))) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path corpus(String kind, String file) {
    try {
      return Path.of(PackLoaderTest.class.getResource("/packs/" + kind).toURI()).resolve(file);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
