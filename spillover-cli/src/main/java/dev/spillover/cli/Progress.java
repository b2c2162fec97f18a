package dev.spillover.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line progress indicator on standard error, shown only for long work on an interactive
 * terminal (never in CI logs or when stderr is redirected), redrawn at most ten times a second.
 */
final class Progress {
  /** What is counted, and from how much on the work is long enough to be worth a progress line. */
  enum Unit {
    NODES(5_000),
    BYTES(16L << 20),
    FILES(200),
    NAMES(5_000);

    private final long worthShowing;

    Unit(long worthShowing) {
      this.worthShowing = worthShowing;
    }

    String format(long amount) {
      return switch (this) {
        case BYTES -> String.format(java.util.Locale.ROOT, "%,.1f MiB", amount / (double) (1 << 20));
        case NODES -> String.format(java.util.Locale.ROOT, "%,d nodes", amount);
        case FILES -> String.format(java.util.Locale.ROOT, "%,d files", amount);
        case NAMES -> String.format(java.util.Locale.ROOT, "%,d names", amount);
      };
    }
  }

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final Unit unit;
  private final boolean shown;
  private long lastDraw;
  private int width;

  Progress(PrintWriter err, String label, long total, Unit unit) {
    this(err, label, total, unit, interactive());
  }

  /** A progress line shown or not as {@code interactive} says, whatever the terminal (for tests). */
  Progress(PrintWriter err, String label, long total, Unit unit, boolean interactive) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.unit = unit;
    this.shown = interactive && total >= unit.worthShowing;
  }

  /** Whether standard error is a terminal a person watches (not a CI log, not a redirect). */
  static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  /**
   * Progress lines for reading input files, one at a time, for {@code Inputs.load}: a file's line
   * appears when it is opened and goes when it has been read.
   */
  static dev.spillover.formats.ReadProgress ofReading(PrintWriter err) {
    boolean interactive = interactive();
    Progress[] current = new Progress[1];
    return (Path file, long done, long total) -> {
      if (done == 0 || current[0] == null) {
        current[0] = new Progress(err, "reading " + file.getFileName(), total, Unit.BYTES, interactive);
      }
      current[0].update(done);
      if (done >= total) {
        current[0].done();
        current[0] = null;
      }
    };
  }

  void update(long done) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L && done < total) {
      return;
    }
    lastDraw = now;
    String line = label + " " + unit.format(done) + " of " + unit.format(total) + " ("
        + (100L * done / Math.max(1, total)) + " %)";
    width = Math.max(width, line.length());
    err.print("\r" + line);
    err.flush();
  }

  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }
}
