package dev.spillover.formats.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.formats.origin.Sourcing.Evidence;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading origin tables: the bundled tables, the corpus under {@code src/test/resources/origin-tables}
 * (each valid file's {@code # counts:} comment gives what it holds; each invalid file must fail with
 * exactly the problems its {@code # expect:} comments give, in order, as {@code line:column: message}
 * after the file name), and a table of one's own beside the bundled ones.
 */
class OriginTablesTest {

  @Test
  void loadsTheBundledTablesInIndexOrder() {
    OriginTables tables = OriginTables.bundled();

    assertThat(OriginTables.bundledNames())
        .containsExactly("organizations", "package-namespaces", "android-sdks", "android-apps");
    assertThat(tables.organizations()).hasSize(23);
    assertThat(tables.packages()).hasSize(33);
    assertThat(tables.sdks()).hasSize(19);
    assertThat(tables.apps()).hasSize(14);
    assertThat(tables.packages().get(0).sourcing().location())
        .isEqualTo("reference/origins/package-namespaces.yaml:" + tables.packages().get(0).sourcing().line());
  }

  @Test
  void everyBundledEntryAndOrganizationHasASourceAnAsOfDateAndANote() {
    OriginTables tables = OriginTables.bundled();
    List<Sourcing> all = Stream.concat(tables.organizations().values().stream().map(OriginOrganization::sourcing),
        tables.entries().stream().map(OriginEntry::sourcing)).toList();

    assertThat(all).hasSize(23 + 33 + 19 + 14).allSatisfy(sourcing -> {
      assertThat(sourcing.source()).as(sourcing.location()).matches("(https?://|stored:)\\S+");
      assertThat(sourcing.asOf()).as(sourcing.location()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 24));
      assertThat(sourcing.note()).as(sourcing.location()).hasSizeGreaterThan(20);
    });
  }

  @Test
  void marksWhatCouldNotBeCheckedAsUnverifiedAndSaysWhoseTextTheRestIs() {
    OriginTables tables = OriginTables.bundled();

    assertThat(tables.entries().stream().filter(e -> !e.sourcing().verified()).map(OriginEntry::key))
        .containsExactly("npm @alicloud", "maven com.amazonaws", "maven com.microsoft", "maven org.eclipse",
            "app com.ss.android.ugc.trill", "app com.hytera.ocean");
    assertThat(tables.entries().stream().filter(e -> e.sourcing().evidence() == Evidence.VENDOR)).hasSize(27);
    assertThat(tables.entries().stream().filter(e -> e.sourcing().evidence() == Evidence.THIRD_PARTY)).hasSize(39);
  }

  @Test
  void usesEveryBundledOrganizationAndLeavesOneSharedNamespaceUnattributed() {
    OriginTables tables = OriginTables.bundled();
    Set<String> used = tables.entries().stream().filter(e -> e.organization() != null)
        .map(e -> e.organization().id()).collect(Collectors.toSet());

    assertThat(used).containsExactlyInAnyOrderElementsOf(tables.organizations().keySet());
    assertThat(tables.packages().stream().filter(PackageEntry::unattributed).map(PackageEntry::key))
        .containsExactly("maven com.google.code");
    assertThat(tables.organizations().get("bytedance").seats().all()).containsExactly("KY", "CN");
  }

  @TestFactory
  Stream<DynamicTest> loadsEveryValidTableOfTheCorpus() {
    return corpus("valid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
      OriginTables tables = OriginTables.parse(Map.of(file.getFileName().toString(), read(file)));

      assertThat("organizations " + tables.organizations().size() + ", packages " + tables.packages().size()
          + ", sdks " + tables.sdks().size() + ", apps " + tables.apps().size())
          .isEqualTo(header(file, "# counts: ").get(0));
    }));
  }

  @TestFactory
  Stream<DynamicTest> reportsExactlyTheExpectedProblemsOfEveryInvalidTable() {
    return corpus("invalid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
      String name = file.getFileName().toString();
      List<String> expected = header(file, "# expect: ").stream().map(line -> name + ":" + line).toList();
      assertThat(expected).as("the file's # expect: comments").isNotEmpty();

      InputException thrown = catchThrowableOfType(InputException.class,
          () -> OriginTables.parse(Map.of(name, read(file))));

      assertThat(thrown).as("the problems of %s", name).isNotNull();
      assertThat(thrown.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
    }));
  }

  @Test
  void readsEveryFieldOfATable() {
    OriginTables tables = OriginTables.parse(Map.of("every-feature.yaml", read(corpus("valid", "every-feature.yaml"))));

    OriginOrganization example = tables.organizations().get("example");
    assertThat(example).isEqualTo(new OriginOrganization("example", "Example Ltd.", "KY", "CN",
        "5493001KJTIIGC8Y1R12", "org-example", new Sourcing("https://example.com/about", LocalDate.of(2026, 11, 23),
            "The example shows it.", Evidence.VENDOR, true, "every-feature.yaml", 8)));
    assertThat(tables.organizations().get("other").sourcing().evidence()).isEqualTo(Evidence.THIRD_PARTY);
    assertThat(tables.packages()).extracting(PackageEntry::key).containsExactly("maven com.example",
        "maven com.example.shared", "npm @example", "pypi Example_SDK", "golang github.com/example", "nuget Example.Sdk");
    assertThat(tables.packages().get(1).unattributed()).isTrue();
    assertThat(tables.packages().get(3).sourcing().verified()).isFalse();
    assertThat(tables.sdks()).extracting(SdkEntry::key).containsExactly("class com.example.sdk",
        "native library libexample.so");
    assertThat(tables.apps().get(0)).extracting(AppEntry::appId, AppEntry::app, a -> a.organization().id())
        .containsExactly("com.example.app", "Example", "other");
  }

  @Test
  void letsATableOfOnesOwnNameTheBundledOrganizations(@TempDir Path folder) throws IOException {
    Path mine = folder.resolve("mine.yaml");
    Files.writeString(mine, """
        table: {id: mine, title: Our own findings}
        packages:
          - type: maven
            namespace: com.huawei.android.hms
            organization: huawei
            source: stored:our-audit/2026-11.md
            asOf: 2026-11-01
            evidence: third-party
            note: Our audit found the HMS agent under this group id.
        """);

    OriginTables tables = OriginTables.bundledWith(mine);

    assertThat(tables.packages()).hasSize(34);
    PackageEntry added = tables.packages().get(33);
    assertThat(added.organization()).isSameAs(tables.organizations().get("huawei"));
    assertThat(added.sourcing().location()).isEqualTo(mine + ":3");
  }

  @Test
  void refusesATableOfOnesOwnThatRepeatsABundledKey(@TempDir Path folder) throws IOException {
    Path mine = folder.resolve("mine.yaml");
    Files.writeString(mine, """
        table: {id: mine, title: Mine}
        apps:
          - appId: com.tencent.mm
            app: WeChat
            organization: tencent
            source: https://example.com
            asOf: 2026-11-01
            evidence: third-party
            note: Repeats the bundled entry.
        """);
    int line = OriginTables.bundled().apps().stream().filter(a -> a.appId().equals("com.tencent.mm")).findFirst()
        .orElseThrow().sourcing().line();

    InputException thrown = catchThrowableOfType(InputException.class, () -> OriginTables.bundledWith(mine));

    assertThat(thrown.getMessage()).isEqualTo(mine + ":3:5: table 'mine', app 1: app com.tencent.mm is already defined at "
        + "reference/origins/android-apps.yaml:" + line + ", expected each key once across all tables");
  }

  @Test
  void namesAMissingFileOfOnesOwn(@TempDir Path folder) {
    Path missing = folder.resolve("absent.yaml");

    InputException thrown = catchThrowableOfType(InputException.class, () -> OriginTables.bundledWith(missing));

    assertThat(thrown.getMessage()).startsWith(missing + ": cannot read file:");
  }

  @Test
  void resolvesOrganizationsDefinedInALaterTableOfTheSet() {
    String apps = """
        table: {id: apps, title: Apps}
        apps:
          - {appId: com.example.app, app: Example, organization: example, source: "https://example.com",
             asOf: 2026-11-23, evidence: vendor, note: The example shows it.}
        """;
    String organizations = """
        table: {id: organizations, title: Organizations}
        organizations:
          - {id: example, name: Example Ltd., source: "https://example.com", asOf: 2026-11-23,
             evidence: vendor, note: The example shows it.}
        """;
    Map<String, String> inOrder = new java.util.LinkedHashMap<>();
    inOrder.put("apps.yaml", apps);
    inOrder.put("organizations.yaml", organizations);

    assertThat(OriginTables.parse(inOrder).apps().get(0).organization().name()).isEqualTo("Example Ltd.");
  }

  /** The text after {@code prefix} on each line of the file that starts with it. */
  static List<String> header(Path file, String prefix) {
    return read(file).lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
  }

  static Stream<Path> corpus(String kind) {
    try (Stream<Path> files = Files.list(corpus(kind, ""))) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path corpus(String kind, String file) {
    try {
      return Path.of(OriginTablesTest.class.getResource("/origin-tables/" + kind).toURI()).resolve(file);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
