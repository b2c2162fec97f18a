package dev.spillover.formats.sbom;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The SBOM test files in {@code ../shared/data} (CycloneDX examples CC0-1.0, the CycloneDX
 * specification's tests Apache-2.0, SPDX examples CC0-1.0 and the SPDX tools' test files
 * Apache-2.0: read where they are, never copied), reached from the module directory.
 */
final class SbomFixtures {
  static final Path DATA = Path.of("..", "..", "shared", "data");
  static final Path CDX_EXAMPLES = DATA.resolve("cyclonedx-bom-examples");
  static final Path CDX_SPEC_TESTS = DATA.resolve("cyclonedx-spec-tests");
  static final Path SPDX = DATA.resolve("spdx");

  private SbomFixtures() {}

  /** Regular files below {@code folder} whose name passes {@code test}, in path order. */
  static List<Path> files(Path folder, Predicate<String> test) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(p -> test.test(p.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Estate load(Importer importer, Path... files) {
    EstateAssembler assembler = new EstateAssembler();
    for (Path file : files) {
      importer.read(file, assembler);
    }
    return assembler.build("sbom test");
  }

  static List<Edge> edges(Estate estate, EdgeKind kind) {
    return estate.edges().stream().filter(e -> e.kind() == kind).toList();
  }

  static long count(Estate estate, EdgeKind kind) {
    return edges(estate, kind).size();
  }

  static boolean hasEdge(Estate estate, EdgeKind kind, String from, String to) {
    return estate.edges().stream().anyMatch(e -> e.kind() == kind && e.from().equals(from) && e.to().equals(to));
  }
}
