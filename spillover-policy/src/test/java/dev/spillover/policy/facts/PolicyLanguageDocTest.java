package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** docs/policy-language.md lists every fact of the schema, and every example in it compiles. */
class PolicyLanguageDocTest {
  private static final Path DOC = Path.of("..", "docs", "policy-language.md");

  @Test
  void theDocumentListsEveryFactWithItsTypeAndExample() throws IOException {
    String doc = Files.readString(DOC);
    for (FactSchema.Fact fact : all()) {
      assertThat(doc).as("fact %s", fact.name())
          .contains("| `" + fact.name() + "` | " + fact.typeName() + " | " + fact.meaning() + " |");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleInTheSchemaCompiles() {
    return all().stream()
        .map(fact -> DynamicTest.dynamicTest(fact.example(),
            () -> assertThatCode(() -> ConditionLanguage.compile(fact.example(), false)).doesNotThrowAnyException()));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleInTheFunctionTableCompiles() throws IOException {
    String doc = Files.readString(DOC);
    String functions = doc.substring(doc.indexOf("## Functions"));
    Matcher row = Pattern.compile("(?m)^\\| [^|]+ \\| [^|]+ \\| `(.+)` \\|$").matcher(functions.replace("\\|", "\u0001"));
    List<String> examples = new ArrayList<>();
    while (row.find()) {
      examples.add(row.group(1).replace("\u0001", "|"));
    }
    assertThat(examples).hasSizeGreaterThan(8);
    return examples.stream().map(example -> DynamicTest.dynamicTest(example,
        () -> assertThatCode(() -> ConditionLanguage.compile(example, false)).doesNotThrowAnyException()));
  }

  private static List<FactSchema.Fact> all() {
    return concat(concat(concat(FactSchema.NODE, FactSchema.EXPOSURE), FactSchema.DATA_VOLUME),
        concat(concat(FactSchema.CIA, FactSchema.CIA_LEVEL), concat(FactSchema.CI, FactSchema.CI_MEASURE)));
  }

  private static List<FactSchema.Fact> concat(List<FactSchema.Fact> a, List<FactSchema.Fact> b) {
    List<FactSchema.Fact> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
