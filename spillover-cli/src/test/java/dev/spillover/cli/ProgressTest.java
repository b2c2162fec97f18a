package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsOneLineAndClearsItOnlyForLongWorkOnATerminal() {
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out), "reading rr.xml", 64L << 20, Progress.Unit.BYTES, true);
    progress.update(16L << 20);
    progress.update(64L << 20);
    progress.done();
    assertThat(out.toString())
        .startsWith("\rreading rr.xml 16.0 MiB of 64.0 MiB (25 %)")
        .contains("\rreading rr.xml 64.0 MiB of 64.0 MiB (100 %)")
        .endsWith(" ".repeat("reading rr.xml 64.0 MiB of 64.0 MiB (100 %)".length()) + "\r");
  }

  @Test
  void staysSilentForShortWorkOrWithoutATerminal() {
    StringWriter out = new StringWriter();
    new Progress(new PrintWriter(out), "reading small.xml", 1 << 20, Progress.Unit.BYTES, true).update(1 << 20);
    new Progress(new PrintWriter(out), "assessing", 4_999, Progress.Unit.NODES, true).update(10);
    Progress notShown = new Progress(new PrintWriter(out), "assessing", 1_000_000, Progress.Unit.NODES, false);
    notShown.update(10);
    notShown.done();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void countsNodesAsNodes() {
    StringWriter out = new StringWriter();
    new Progress(new PrintWriter(out), "assessing", 10_000, Progress.Unit.NODES, true).update(2_500);
    assertThat(out.toString()).isEqualTo("\rassessing 2,500 nodes of 10,000 nodes (25 %)");
  }
}
