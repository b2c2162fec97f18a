package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The critical-infrastructure rules file (docs/critical-infrastructure.md): checked whole, with
 * the file and place of every problem; computed only when a live condition names {@code ci}; and
 * documented fact by fact.
 */
class CiRulesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final Path DOC = Path.of("..", "docs", "critical-infrastructure.md");

  @Test
  void aRulesFileIsCheckedWholeWithTheFileAndPlaceOfEveryProblem() {
    assertThatThrownBy(() -> CiRules.parse("""
        version: 1
        key: component.nothing
        rules:
          - {id: a, measure: secrecy, level: low, when: "true", reason: r}
          - {id: b, measure: detection, level: high, when: "true", reason: r}
          - {id: c, measure: detection, level: low, when: "subject.ci.detection.rank > 0", reason: r}
          - {id: d, measure: detection, level: low, when: "component.depth > 1", reason: r}
          - {id: d, measure: resilience, level: low, over: everything, when: "true"}
        """, "ci.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("ci.yaml:2")
        .hasMessageContaining("key condition: condition does not compile")
        .hasMessageContaining("ci.yaml:4")
        .hasMessageContaining("secrecy")
        .hasMessageContaining("level high caps nothing")
        .hasMessageContaining("uses the ci facts the rules compute")
        // 'component' is not a variable of a rule over the asset (the default)
        .hasMessageContaining("rule 'd': condition does not compile")
        .hasMessageContaining("'d' is used twice")
        .hasMessageContaining("everything")
        .hasMessageContaining("reason");
  }

  @Test
  void aRulesFileIsReadFromAPathNamedInItsMessages(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-ci.yaml");
    Files.writeString(file, "rules:\n  - {id: x, measure: detection, level: low, when: 'asset.nothing', reason: r}\n");

    assertThatThrownBy(() -> CiRules.read(file)).isInstanceOf(InputException.class)
        .hasMessageContaining(file + ":2");
  }

  @Test
  void theBundledRulesLoadAndCoverEveryMeasure() {
    assertThat(CiRules.bundled().rules()).extracting(CiRules.Rule::measure).contains(CiRules.Measure.values());
    assertThat(CiRules.bundled().key()).isNotNull();
  }

  /** A rules file whose one rule counts how often it runs, over every key component. */
  private static CiRules counting(AtomicInteger runs) {
    return new CiRules(null, variables -> true, List.of(new CiRules.Rule("count", CiRules.Measure.DETECTION,
        dev.spillover.policy.facts.CiaRules.Level.LOW, CiRules.Over.ASSET, "true", variables -> {
          runs.incrementAndGet();
          return true;
        }, "counted")));
  }

  private static Estate estate() {
    return new TestEstate().system("plant").product("ctrl", "Controller").org("vendor", "Vendor")
        .uses("plant", "ctrl").edge(EdgeKind.DEVELOPS, "vendor", "ctrl").build();
  }

  private static Pack pack(String condition) {
    return TestEstate.pack("""
        pack: {id: p, title: P, citation: "Policy"}
        rules:
          - id: r
            title: R
            citation: Policy s.1
            scope: [system]
            over: subject
            verdict: review
            condition: "%s"
        """.formatted(condition));
  }

  @Test
  void theMeasuresAreNotComputedWhenNoConditionNamesThem() {
    AtomicInteger runs = new AtomicInteger();

    AssessmentResult result = Assessment.run(estate(), List.of(pack("subject.criticality == 'high'")), DAY,
        done -> { }, Map.of(), CiaRules.bundled(), counting(runs));

    assertThat(runs.get()).isZero();
    assertThat(result.findings()).singleElement().extracting(Finding::measures).isEqualTo(Finding.Measures.NONE);
  }

  @Test
  void theMeasuresAreComputedAndShownWhenAConditionNamesThem() {
    AtomicInteger runs = new AtomicInteger();

    AssessmentResult result = Assessment.run(estate(), List.of(pack("subject.ci.detection.level == 'low'")), DAY,
        done -> { }, Map.of(), CiaRules.bundled(), counting(runs));

    // Once for each subject in the rule's scope (plant): ctrl is a product, out of scope.
    assertThat(runs.get()).isEqualTo(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.subject().id()).isEqualTo("plant");
    assertThat(finding.measures().cia()).isNull();
    assertThat(finding.measures().ci()).containsEntry("keyComponents", List.of("ctrl"));
    @SuppressWarnings("unchecked")
    Map<String, Object> detection = (Map<String, Object>) finding.measures().ci().get("detection");
    assertThat(detection).containsEntry("level", "low").containsEntry("rules", List.of("count"))
        .containsEntry("reasons", List.of("counted"));
  }

  @Test
  void aConditionNamingCiaAloneLeavesTheMeasuresUncomputed() {
    AtomicInteger runs = new AtomicInteger();

    AssessmentResult result = Assessment.run(estate(), List.of(pack("subject.cia.integrity.rank == 0")), DAY,
        done -> { }, Map.of(), CiaRules.bundled(), counting(runs));

    assertThat(runs.get()).isZero();
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.measures().cia()).isNotNull();
      assertThat(f.measures().ci()).isNull();
    });
  }

  @Test
  void theDocumentListsEveryAssetAndComponentFact() throws IOException {
    String doc = Files.readString(DOC);
    for (List<FactSchema.Fact> facts : List.of(FactSchema.ASSET, FactSchema.KEY_COMPONENT)) {
      for (FactSchema.Fact fact : facts) {
        assertThat(doc).as("fact %s", fact.name())
            .contains("| `" + fact.name() + "` | " + fact.typeName() + " | " + fact.meaning() + " |");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleOfTheAssetAndComponentFactsCompiles() {
    return Stream.concat(FactSchema.ASSET.stream(), FactSchema.KEY_COMPONENT.stream())
        .map(fact -> DynamicTest.dynamicTest(fact.example(), () -> assertThatCode(() ->
            ConditionLanguage.compileMeasure(fact.example(), ConditionLanguage.MeasureScope.COMPONENT))
            .doesNotThrowAnyException()));
  }

  @Test
  void theDocumentListsEveryBundledRule() throws IOException {
    String doc = Files.readString(DOC);
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\| (trustworthiness|detection|resilience) \\| (\\w+) \\| (\\w+) \\|")
        .matcher(doc);
    Map<String, String> documented = new java.util.LinkedHashMap<>();
    while (row.find()) {
      documented.put(row.group(1), row.group(2) + " " + row.group(3) + " " + row.group(4));
    }
    Map<String, String> bundled = new java.util.LinkedHashMap<>();
    for (CiRules.Rule rule : CiRules.bundled().rules()) {
      bundled.put(rule.id(), rule.measure().name().toLowerCase(java.util.Locale.ROOT) + " "
          + rule.level().name().toLowerCase(java.util.Locale.ROOT) + " " + rule.over().name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(documented).isEqualTo(bundled);
  }
}
