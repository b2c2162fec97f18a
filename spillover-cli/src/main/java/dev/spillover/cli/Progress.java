package dev.spillover.cli;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on standard error, shown only for long work on an interactive
 * terminal (never in CI logs or when stderr is redirected), redrawn at most ten times a second.
 */
final class Progress {
  /** Work smaller than this finishes too fast to be worth a progress line. */
  static final int MIN_TOTAL = 5_000;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private final boolean shown;
  private long lastDraw;

  Progress(PrintWriter err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.shown = total >= MIN_TOTAL && System.console() != null && System.getenv("CI") == null;
  }

  void update(int done) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L && done < total) {
      return;
    }
    lastDraw = now;
    err.print("\r" + label + " " + done + "/" + total + " nodes (" + (100L * done / Math.max(1, total)) + " %)");
    err.flush();
  }

  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(label.length() + 40) + "\r");
      err.flush();
    }
  }
}
