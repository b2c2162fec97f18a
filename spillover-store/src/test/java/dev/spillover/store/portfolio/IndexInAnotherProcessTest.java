package dev.spillover.store.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.store.StoreException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes and one index file, as two terminals running {@code spillover where-used} on one
 * portfolio would: while one process has the index open, the other is refused with an error that
 * says so (not H2's advice to use its server mode) and the index stays whole; once the first closes it, the second opens it and finds what the
 * first wrote.
 */
class IndexInAnotherProcessTest {
  @TempDir
  Path dir;

  /** Run in the second process: opens the index, builds it from the folder, says so, and holds it until told. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      try (PortfolioIndex index = PortfolioIndex.open(Path.of(args[0]))) {
        index.update(Path.of(args[1]), PortfolioIndex.Listener.NONE);
        System.out.println("open");
        System.out.flush();
        in.readLine();
      }
      System.out.println("closed");
    }
  }

  @Test
  void anIndexOpenInAnotherProcessIsRefusedClearlyUntilThatProcessClosesIt() throws Exception {
    TestBoms.project("alpha")
        .component("log4j", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
        .depends("app", "log4j").writeTo(dir.resolve("boms/alpha.cdx.json"));
    Path index = dir.resolve("index/portfolio");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Holder.class.getName(), index.toString(),
        dir.resolve("boms").toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        Writer toHolder = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
      assertThat(out.readLine()).isEqualTo("open");

      assertThatThrownBy(() -> PortfolioIndex.open(index))
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot open the portfolio index " + index.toAbsolutePath() + ".mv.db: another process has it"
              + " open; try again when that process has finished");

      toHolder.write("close\n");
      toHolder.flush();
      assertThat(out.readLine()).isEqualTo("closed");
    }
    assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(holder.exitValue()).isZero();

    try (PortfolioIndex reopened = PortfolioIndex.open(index)) {
      assertThat(reopened.whereUsed(Target.component("pkg:maven/org.apache.logging.log4j/log4j-core")).uses())
          .extracting(use -> use.project().name()).containsExactly("alpha");
    }
  }
}
