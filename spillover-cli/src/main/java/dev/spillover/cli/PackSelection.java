package dev.spillover.cli;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.policy.Pack;
import dev.spillover.policy.pack.PackCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --pack} option shared by the commands that evaluate packs ({@code assess},
 * {@code check}): pack files or bundled short names, every bundled pack by default.
 */
final class PackSelection {
  @Option(names = "--pack", paramLabel = "FILE_OR_NAME",
      description = {"A pack file, or the short name of a bundled pack; repeat for several.",
          "Default: every bundled pack (${COMPLETION-CANDIDATES}); for assess, also the estate's own "
              + "packs in ESTATE_DIR/packs/."},
      completionCandidates = BundledPackNames.class)
  List<String> packs = new ArrayList<>();

  /**
   * The packs named (an existing file wins over a bundled name), each once.
   *
   * @throws InputException listing every pack that cannot be read, and two packs with one id
   */
  List<Pack> load() {
    return load(null);
  }

  /**
   * The packs named; when none is named, every bundled pack and then every pack file in the
   * {@code packs/} folder of {@code estateDir} (the estate owner's own policy, docs/estate-format.md),
   * in path order. {@code estateDir} may be null: no estate packs.
   *
   * @throws InputException listing every pack that cannot be read, and two packs with one id
   */
  List<Pack> load(java.nio.file.Path estateDir) {
    List<String> names = packs;
    if (packs.isEmpty()) {
      names = new ArrayList<>(PackCatalog.bundledNames());
      names.addAll(estatePacks(estateDir));
    }
    Map<String, Pack> byId = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      try {
        Pack pack = PackCatalog.resolve(name);
        Pack other = byId.putIfAbsent(pack.id(), pack);
        if (other != null && !other.origin().equals(pack.origin())) {
          problems.add(new Problem(pack.origin(), 0, 0, "pack id '" + pack.id() + "' is also the id of "
              + other.origin() + ", expected each pack applied to have its own id"));
        }
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(byId.values());
  }

  /** The pack files (*.yaml, *.yml) directly in {@code estateDir}'s packs folder, in path order; none when there is no such folder. */
  static List<String> estatePacks(java.nio.file.Path estateDir) {
    if (estateDir == null) {
      return List.of();
    }
    java.nio.file.Path folder = estateDir.resolve(dev.spillover.formats.estate.EstateFolder.PACKS);
    if (!java.nio.file.Files.isDirectory(folder)) {
      return List.of();
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
      return files.filter(java.nio.file.Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("(?i).+\\.ya?ml"))
          .sorted()
          .map(java.nio.file.Path::toString)
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list the estate's packs in " + folder, e);
    }
  }

  /** Completion candidates for --pack: the bundled short names. */
  static final class BundledPackNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    BundledPackNames() {
      super(PackCatalog.bundledNames());
    }
  }
}
