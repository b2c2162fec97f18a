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
          "Default: every bundled pack (${COMPLETION-CANDIDATES})."},
      completionCandidates = BundledPackNames.class)
  List<String> packs = new ArrayList<>();

  /**
   * The packs named (an existing file wins over a bundled name), each once.
   *
   * @throws InputException listing every pack that cannot be read, and two packs with one id
   */
  List<Pack> load() {
    List<String> names = packs.isEmpty() ? PackCatalog.bundledNames() : packs;
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

  /** Completion candidates for --pack: the bundled short names. */
  static final class BundledPackNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    BundledPackNames() {
      super(PackCatalog.bundledNames());
    }
  }
}
