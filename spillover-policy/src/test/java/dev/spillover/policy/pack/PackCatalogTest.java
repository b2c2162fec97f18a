package dev.spillover.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.policy.Pack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled packs: every one loads, and the repository's {@code packs/} folder and its index agree. */
class PackCatalogTest {
  /** The repository's packs folder, seen from the module folder the tests run in. */
  private static final Path PACKS = Path.of("..", "packs");

  static List<String> bundledNames() {
    return PackCatalog.bundledNames();
  }

  @Test
  void loadsEveryBundledPack() {
    List<Pack> packs = PackCatalog.bundled();

    assertThat(packs).extracting(Pack::id).containsExactlyElementsOf(PackCatalog.bundledNames());
    assertThat(packs).allSatisfy(pack -> assertThat(pack.rules()).isNotEmpty());
  }

  @ParameterizedTest
  @MethodSource("bundledNames")
  void loadsABundledPackByItsShortName(String name) {
    Pack pack = PackCatalog.resolve(name);

    assertThat(pack.id()).isEqualTo(name);
    assertThat(pack.origin()).isEqualTo("bundled:" + name);
  }

  @Test
  void listsEveryPackFileOfTheRepositoryInTheIndexAndNothingElse() throws IOException {
    List<String> files;
    try (Stream<Path> listing = Files.list(PACKS)) {
      files = listing.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .map(name -> name.substring(0, name.length() - ".yaml".length()))
          .sorted()
          .toList();
    }

    assertThat(files).isNotEmpty();
    assertThat(PackCatalog.bundledNames()).containsExactlyInAnyOrderElementsOf(files).doesNotHaveDuplicates();
  }

  @Test
  void namesTheBundledPacksWhenAskedForOneThatDoesNotExist() {
    assertThatThrownBy(() -> PackCatalog.resolve("eo-99999"))
        .isInstanceOf(InputException.class)
        .hasMessage("eo-99999: no pack file and no bundled pack of that name, expected a file or one of "
            + String.join(", ", PackCatalog.bundledNames()))
        .hasMessageContainingAll("eo-13942", "eo-13943", "ndaa-889", "zero-tolerance");
  }

  @Test
  void doesNotTreatAFileNameOfTheIndexAsABundledPack() {
    assertThatThrownBy(() -> PackCatalog.bundled("index")).isInstanceOf(InputException.class);
  }

  @Test
  void loadsAPackFileGivenByItsPath(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("eo-13943.yaml");
    Files.writeString(file, """
        pack: {id: my-own, title: Mine, citation: Test}
        rules:
          - {id: r1, title: R1, citation: Test, scope: [system], verdict: review, condition: "true"}
        """);

    assertThat(PackCatalog.resolve(file.toString()).id()).isEqualTo("my-own");
  }
}
