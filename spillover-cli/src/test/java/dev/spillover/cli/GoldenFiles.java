package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden files of the output tests, in {@code src/test/resources/golden}: an output is compared
 * with its file, or, with the system property {@code spillover.updateGolden=true}, written to it.
 */
final class GoldenFiles {
  static final Path FOLDER = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("spillover.updateGolden");

  private GoldenFiles() {}

  /** Asserts that {@code actual} is the content of golden file {@code name} (or writes it there when updating). */
  static void assertMatches(String name, String actual) throws IOException {
    Path golden = FOLDER.resolve(name);
    if (UPDATE) {
      Files.createDirectories(FOLDER);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s (create it with -Dspillover.updateGolden=true)", golden).exists();
    assertThat(actual)
        .as("output differs from %s; if the change is intended, rerun with -Dspillover.updateGolden=true", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
