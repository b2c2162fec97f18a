package dev.spillover.store.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.input.InputException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioIndexTest {
  @TempDir
  Path dir;

  private Path index() {
    return dir.resolve(".spillover/portfolio");
  }

  /** alpha uses log4j-core 2.14.1 directly; beta through a framework; gamma uses 2.17.1; delta none. */
  private void portfolio() {
    TestBoms.project("alpha")
        .component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar")
        .depends("app", "log4j").writeTo(dir.resolve("alpha.cdx.json"));
    TestBoms.project("beta")
        .component("fw", "pkg:maven/org.example/framework@3.0")
        .component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
        .depends("app", "fw").depends("fw", "log4j").writeTo(dir.resolve("team-b/beta.json"));
    TestBoms.project("gamma")
        .component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")
        .depends("app", "log4j").writeTo(dir.resolve("gamma.json"));
    TestBoms.project("delta")
        .component("lodash", "pkg:npm/lodash@4.17.21", "Evil  Corp")
        .depends("app", "lodash").writeTo(dir.resolve("delta.json"));
  }

  private static List<String> projects(WhereUsed answer) {
    return answer.uses().stream().map(u -> u.project().name()).toList();
  }

  @Test
  void aPackageUrlWithoutVersionFindsEveryProjectUsingAnyVersionDirectlyOrTransitively() {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      UpdateReport report = index.update(dir, PortfolioIndex.Listener.NONE);
      assertThat(report).isEqualTo(new UpdateReport(4, 0, 0, 0, true));
      WhereUsed answer = index.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core"));
      assertThat(projects(answer)).containsExactly("alpha", "gamma", "beta");
      assertThat(answer.matched()).hasSize(3);
      assertThat(answer.sboms()).isEqualTo(4);
      assertThat(answer.searched()).isEqualTo(3);
      WhereUsed.Use beta = answer.uses().get(2);
      assertThat(beta.sbom()).isEqualTo("team-b/beta.json");
      assertThat(beta.nodes()).extracting(WhereUsed.Step::name).containsExactly("beta", "framework", "log4j-core");
      assertThat(beta.links()).containsExactly(LinkKind.DEPENDS_ON, LinkKind.DEPENDS_ON);
      assertThat(beta.project().role()).isEqualTo(NodeRole.PRODUCT);
    }
  }

  @Test
  void aPackageUrlWithVersionFindsOnlyThatVersionWhateverItsQualifiers() {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      assertThat(projects(index.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"))))
          .containsExactly("alpha", "beta");
      assertThat(projects(index.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core@2.0"))))
          .isEmpty();
    }
  }

  @Test
  void anOrganizationIsFoundByNameIgnoringCaseAndSpacesOrById() {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      WhereUsed byName = index.whereUsed(Target.organization("evil corp"));
      assertThat(projects(byName)).containsExactly("delta");
      assertThat(byName.uses().get(0).nodes()).extracting(WhereUsed.Step::id)
          .containsExactly("product:pkg:maven/org.acme/delta", "pkg:npm/lodash@4.17.21", "org:Evil Corp");
      assertThat(byName.uses().get(0).links()).containsExactly(LinkKind.DEPENDS_ON, LinkKind.PUBLISHED_BY);
      assertThat(projects(index.whereUsed(Target.organization("org:Evil Corp")))).containsExactly("delta");
      assertThat(index.whereUsed(Target.organization("Good Corp")).matched()).isEmpty();
    }
  }

  @Test
  void theShortestPathIsChosenAndCyclesEndTheSearch() {
    // app -> a -> b -> a (cycle), b -> c -> target; app -> d -> target is shorter.
    TestBoms.project("cyclic")
        .component("a", "pkg:npm/a@1").component("b", "pkg:npm/b@1").component("c", "pkg:npm/c@1")
        .component("d", "pkg:npm/d@1").component("t", "pkg:npm/target@1")
        .depends("app", "a", "d").depends("a", "b").depends("b", "a", "c").depends("c", "t").depends("d", "t")
        .writeTo(dir.resolve("cyclic.json"));
    // Only a cycle leads there: app -> a -> b -> a, b -> target.
    TestBoms.project("loop")
        .component("a", "pkg:npm/a@1").component("b", "pkg:npm/b@1").component("t", "pkg:npm/target@1")
        .depends("app", "a").depends("a", "b").depends("b", "a", "t")
        .writeTo(dir.resolve("loop.json"));
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      WhereUsed answer = index.whereUsed(Target.component("pkg:npm/target"));
      assertThat(answer.uses()).extracting(u -> u.project().name() + ":" + String.join(">",
          u.nodes().stream().map(WhereUsed.Step::name).toList()))
          .containsExactly("cyclic:cyclic>d>target", "loop:loop>a>b>target");
    }
  }

  @Test
  void aPathDeeperThanOneRowKeepsIsJoinedFromTheRowsItContinuesIn() {
    // app -> c0 -> c1 -> ... -> c79 -> target: 81 links, more than a row keeps of one path (32).
    int depth = 80;
    TestBoms deep = TestBoms.project("deep").component("t", "pkg:npm/target@1");
    for (int i = 0; i < depth; i++) {
      deep.component("c" + i, "pkg:npm/c" + i + "@1");
    }
    deep.depends("app", "c0");
    for (int i = 0; i + 1 < depth; i++) {
      deep.depends("c" + i, "c" + (i + 1));
    }
    deep.depends("c" + (depth - 1), "t").writeTo(dir.resolve("deep.json"));
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      WhereUsed.Use use = index.whereUsed(Target.component("pkg:npm/target")).uses().get(0);
      assertThat(use.length()).isEqualTo(depth + 1);
      assertThat(use.nodes()).extracting(WhereUsed.Step::name).startsWith("deep", "c0", "c1").endsWith("c79", "target")
          .doesNotHaveDuplicates();
      for (int i = 0; i < depth; i++) {
        assertThat(use.nodes().get(i + 1).name()).isEqualTo("c" + i);
      }
      assertThat(use.links()).containsOnly(LinkKind.DEPENDS_ON);
      assertThat(index.whereUsed(Target.component("pkg:npm/c40")).uses().get(0).length()).isEqualTo(41);
    }
  }

  @Test
  void aChangedSbomLeavesNoPathBehind() throws Exception {
    // First the project reaches the target through fw; then it uses the target directly.
    Path file = dir.resolve("p.json");
    TestBoms.project("p").component("fw", "pkg:npm/fw@1").component("t", "pkg:npm/target@1")
        .depends("app", "fw").depends("fw", "t").writeTo(file);
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      assertThat(index.whereUsed(Target.component("pkg:npm/target")).uses().get(0).length()).isEqualTo(2);
      TestBoms.project("p").component("fw", "pkg:npm/fw@1").component("t", "pkg:npm/target@1")
          .depends("app", "fw", "t").writeTo(file);
      Files.setLastModifiedTime(file, FileTime.fromMillis(3_000_000L));
      assertThat(index.update(dir, PortfolioIndex.Listener.NONE)).isEqualTo(new UpdateReport(0, 1, 0, 0, false));
      WhereUsed answer = index.whereUsed(Target.component("pkg:npm/target"));
      assertThat(answer.uses()).extracting(use -> use.nodes().stream().map(WhereUsed.Step::name).toList())
          .containsExactly(List.of("p", "target"));
    }
  }

  @Test
  void pathsNeverMixTheLinksOfTwoSboms() {
    // one declares app -> fw only; two declares that fw depends on the target.
    TestBoms.project("one").component("fw", "pkg:npm/fw@1").depends("app", "fw").writeTo(dir.resolve("one.json"));
    TestBoms.project("two").component("fw", "pkg:npm/fw@1").component("t", "pkg:npm/target@1")
        .depends("app", "fw").depends("fw", "t").writeTo(dir.resolve("two.json"));
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      assertThat(projects(index.whereUsed(Target.component("pkg:npm/target")))).containsExactly("two");
    }
  }

  @Test
  void anUpdateReadsOnlyAddedAndChangedFilesAndDropsRemovedOnes() throws Exception {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
    }
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      assertThat(index.update(dir, PortfolioIndex.Listener.NONE)).isEqualTo(new UpdateReport(0, 0, 0, 4, false));
      // Same content, new time: read again, found the same, kept.
      Files.setLastModifiedTime(dir.resolve("gamma.json"), FileTime.fromMillis(1_000_000L));
      // gamma moves to log4j 2.14.1; delta goes; epsilon comes.
      Path gamma = dir.resolve("gamma.json");
      Files.delete(dir.resolve("delta.json"));
      TestBoms.project("epsilon").component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
          .depends("app", "log4j").writeTo(dir.resolve("epsilon.json"));
      assertThat(index.update(dir, PortfolioIndex.Listener.NONE)).isEqualTo(new UpdateReport(1, 0, 1, 3, false));
      TestBoms.project("gamma").component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
          .depends("app", "log4j").writeTo(gamma);
      Files.setLastModifiedTime(gamma, FileTime.fromMillis(2_000_000L));
      int[] calls = new int[1];
      assertThat(index.update(dir, (done, total) -> calls[0] = total)).isEqualTo(new UpdateReport(0, 1, 0, 3, false));
      assertThat(calls[0]).isEqualTo(1);
      assertThat(projects(index.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"))))
          .containsExactly("alpha", "epsilon", "gamma", "beta");
      assertThat(index.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")).matched())
          .as("a node no SBOM names any more is dropped").isEmpty();
      assertThat(index.whereUsed(Target.organization("Evil Corp")).matched()).isEmpty();
    }
  }

  @Test
  void aBadSbomLeavesTheIndexUnchangedAndEveryProblemIsNamed() throws Exception {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      Files.delete(dir.resolve("alpha.cdx.json"));
      TestBoms.project("zeta").component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
          .depends("app", "log4j").writeTo(dir.resolve("zeta.json"));
      Files.writeString(dir.resolve("broken.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\",\n \"version\": \"one\"}");
      Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
      assertThatThrownBy(() -> index.update(dir, PortfolioIndex.Listener.NONE))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).problems())
              .extracting(p -> Path.of(p.file()).getFileName().toString())
              .contains("broken.json", "notes.json"))
          .hasMessageContaining("broken.json:");
      // Nothing changed: alpha is still there, zeta is not.
      assertThat(projects(index.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"))))
          .containsExactly("alpha", "beta");
      Files.delete(dir.resolve("broken.json"));
      Files.delete(dir.resolve("notes.json"));
      assertThat(index.update(dir, PortfolioIndex.Listener.NONE)).isEqualTo(new UpdateReport(1, 0, 1, 3, false));
    }
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsBuiltAgain() throws Exception {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
    }
    try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + index().toAbsolutePath(), "sa", "");
        var statement = connection.createStatement()) {
      statement.execute("UPDATE schema_info SET version = 0");
    }
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      assertThat(index.update(dir, PortfolioIndex.Listener.NONE)).isEqualTo(new UpdateReport(4, 0, 0, 0, true));
    }
  }

  @Test
  void theJsonNamesTheQueryTheIndexAndEachPathStepByStep() throws Exception {
    portfolio();
    try (PortfolioIndex index = PortfolioIndex.open(index())) {
      index.update(dir, PortfolioIndex.Listener.NONE);
      StringWriter out = new StringWriter();
      WhereUsedJson.write(index.whereUsed(Target.component("pkg:maven/org.example/framework")), "idx", out);
      JsonNode json = new ObjectMapper().readTree(out.toString());
      assertThat(json.fieldNames()).toIterable()
          .containsExactly("schema", "query", "index", "matched", "projects", "uses");
      assertThat(json.get("schema").asText()).isEqualTo("spillover-where-used/1");
      assertThat(json.get("query").fieldNames()).toIterable().containsExactly("kind", "text", "purl", "version");
      assertThat(json.get("index").get("sboms").asInt()).isEqualTo(4);
      JsonNode use = json.get("uses").get(0);
      assertThat(use.fieldNames()).toIterable().containsExactly("sbom", "format", "project", "length", "path");
      assertThat(use.get("format").asText()).isEqualTo("CycloneDX JSON");
      assertThat(use.get("path").get(0).fieldNames()).toIterable()
          .containsExactly("id", "role", "name", "version", "via");
      assertThat(use.get("path").get(0).get("via").isNull()).isTrue();
      assertThat(use.get("path").get(1).get("via").asText()).isEqualTo("depends_on");
      assertThat(use.get("path").get(1).get("version").asText()).isEqualTo("3.0");
    }
  }

  @Test
  void realSbomsFromTheCycloneDxExamplesAreIndexed() {
    Path examples = Path.of("..", "..", "shared", "data", "cyclonedx-bom-examples", "SBOM", "dropwizard-1.3.15");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "the shared test data is beside the checkout");
    try (PortfolioIndex index = PortfolioIndex.open(dir.resolve("idx"))) {
      UpdateReport report = index.update(examples, PortfolioIndex.Listener.NONE);
      assertThat(report.added()).isPositive();
      WhereUsed answer = index.whereUsed(Target.component("pkg:maven/com.fasterxml.jackson.core/jackson-databind"));
      assertThat(answer.uses()).isNotEmpty();
      assertThat(answer.uses().get(0).project().id()).isEqualTo("product:pkg:maven/io.dropwizard/dropwizard-parent");
    }
  }
}
