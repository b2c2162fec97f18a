package dev.spillover.screening.estate;

import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.model.Estate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small estate folders for the screening tests: a header with one source, then the parties given. */
final class TestEstates {
  private TestEstates() {}

  /** The estate of {@code parties} (estate-format YAML: organizations, persons...) written in {@code folder}. */
  static Estate of(Path folder, String parties) throws IOException {
    Files.writeString(folder.resolve("estate.yaml"), """
        estate:
          name: Screened
        defaults:
          source: inventory
          asOf: 2024-01-01
        sources:
          - id: inventory
            title: Inventory
        """ + parties);
    return EstateFolder.load(folder);
  }
}
