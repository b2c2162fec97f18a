package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input too large for the heap ends the command with exit code 1 and one line that says what to
 * do, not a Java stack trace: a real process with a small heap and a FollowTheMoney file of
 * invented companies that does not fit in it.
 */
class OutOfMemoryTest {
  @TempDir
  Path dir;

  @Test
  void anInputTooLargeForTheHeapIsReportedInOneLineWithExitCodeOne() throws Exception {
    Path file = dir.resolve("companies.ftm.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 300_000; i++) {
        out.write("{\"id\": \"c" + i + "\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Invented Company "
            + i + "\"]}}\n");
        if (i > 0) {
          out.write("{\"id\": \"o" + i + "\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"c" + (i / 2)
              + "\"], \"asset\": [\"c" + i + "\"], \"percentage\": [\"60\"]}}\n");
        }
      }
    }
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "owners", file.toString(), "--of", "c299999")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(run.exitValue()).as(err).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.strip()).as(err)
        .startsWith("spillover: out of memory: the input does not fit in the Java heap (at most ")
        .contains("SPILLOVER_JAVA_OPTS=-Xmx8g")
        .doesNotContain("Exception in thread")
        .doesNotContain("\tat ");
  }

  @Test
  void theMessageSaysHowLargeTheHeapWas() {
    assertThat(Main.outOfMemory(1L << 30)).contains("(at most 1,024 MiB)");
  }
}
