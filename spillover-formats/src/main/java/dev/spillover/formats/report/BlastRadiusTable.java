package dev.spillover.formats.report;

import dev.spillover.model.Node;
import dev.spillover.model.SystemAsset;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import dev.spillover.spill.ComplementLoss;
import dev.spillover.spill.Splinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a blast radius for a terminal: what was cut and why, every node that stops or degrades
 * with the path that explains it, and the splinter measure.
 */
public final class BlastRadiusTable {
  private BlastRadiusTable() {}

  /** Writes {@code report} to {@code out} (which stays open). */
  public static void write(BlastRadiusReport report, Writer out) throws IOException {
    Snapshot snapshot = report.snapshot();
    BlastRadius radius = report.radius();
    out.write("Blast radius in " + snapshot.estate().name() + " as of " + snapshot.asOf()
        + (report.scenario() == null ? "" : ", scenario '" + report.scenario() + "'") + "\n\n");
    out.write("Cut (" + report.cuts().size() + "):\n");
    if (report.cuts().isEmpty()) {
      out.write("  nothing\n");
    }
    for (BlastRadiusReport.Cut cut : report.cuts()) {
      Node node = snapshot.node(cut.node());
      out.write("  " + node.id() + " (" + node.kind().label() + ", " + node.name() + "): "
          + radius.status(cut.node()).label() + "\n");
      for (String reason : cut.reasons()) {
        out.write("    " + reason + "\n");
      }
      List<Integer> substitutes = radius.availableSubstitutes(cut.node());
      if (!substitutes.isEmpty()) {
        List<String> ids = new ArrayList<>();
        substitutes.forEach(s -> ids.add(snapshot.node(s).id()));
        out.write("    substitute available: " + String.join(", ", ids) + "\n");
      }
    }
    int[] hit = radius.hitNodes();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"status", "kind", "node", "criticality", "users", "why"});
    for (int n : hit) {
      if (radius.isCut(n)) {
        continue;
      }
      Node node = snapshot.node(n);
      String criticality = BlastRadiusReport.criticality(node);
      Long users = BlastRadiusReport.users(node);
      rows.add(new String[] {
        radius.status(n).label(), node.kind().label(), node.id(), criticality == null ? "-" : criticality,
        users == null ? "-" : String.format(Locale.ROOT, "%,d", users), why(report, n)
      });
    }
    out.write("\nStopped or degraded through them (" + (rows.size() - 1) + "):\n");
    if (rows.size() == 1) {
      out.write("  nothing\n");
    } else {
      Columns.write(rows, out, "  ");
    }
    List<ComplementLoss> losses = ComplementLoss.of(radius);
    if (!losses.isEmpty()) {
      List<String[]> lost = new ArrayList<>();
      lost.add(new String[] {"node", "status", "complements", "ratio", "share lost", "users", "users lost"});
      for (ComplementLoss loss : losses) {
        lost.add(new String[] {
          snapshot.node(loss.node()).id(), radius.status(loss.node()).label(), snapshot.node(loss.complement()).id(),
          ratio(loss.ratio()) + " to 1", percent(loss.share()),
          loss.users() == null ? "-" : String.format(Locale.ROOT, "%,d", loss.users()),
          loss.usersLost() == null ? "-" : String.format(Locale.ROOT, "%,d", loss.usersLost())
        });
      }
      out.write("\nComplements lost (" + losses.size() + "): users prefer the complement R to 1, "
          + "so R/(R+1) of them are expected to drop the node\n");
      Columns.write(lost, out, "  ");
    }
    Splinter splinter = radius.splinter();
    out.write("\nSplinter:\n");
    out.write("  products, components, systems: " + count(splinter.technology()) + "\n");
    SystemAsset.Criticality[] levels = SystemAsset.Criticality.values();
    for (int i = levels.length - 1; i >= 0; i--) {
      Splinter.Count c = splinter.systemsByCriticality().get(levels[i]);
      if (c.total() > 0) {
        out.write("  " + levels[i].name().toLowerCase(Locale.ROOT) + " systems: " + count(c) + "\n");
      }
    }
    Splinter.Users users = splinter.users();
    out.write(String.format(Locale.ROOT, "  users: %,d of %,d stopped (%s), %,d degraded", users.stopped(),
        users.total(), percent(users.stoppedShare()), users.degraded())
        + (users.systemsWithoutUsers() == 0 ? "" : "; " + users.systemsWithoutUsers() + " systems declare no users")
        + "\n");
    out.flush();
  }

  /** The path in words, and for a degraded node the substitutes available. */
  private static String why(BlastRadiusReport report, int n) {
    StringBuilder text = new StringBuilder();
    List<BlastRadiusReport.Step> path = report.path(n);
    for (int i = 1; i < path.size(); i++) {
      text.append(i == 1 ? "" : ", which ").append(path.get(i).verb()).append(' ').append(path.get(i).node().id());
    }
    List<Integer> substitutes = report.radius().availableSubstitutes(n);
    if (!substitutes.isEmpty()) {
      List<String> ids = new ArrayList<>();
      substitutes.forEach(s -> ids.add(report.snapshot().node(s).id()));
      text.append("; substitute available: ").append(String.join(", ", ids));
    }
    return text.toString();
  }

  private static String count(Splinter.Count c) {
    return c.stopped() + " of " + c.total() + " stopped (" + percent(c.stoppedShare()) + "), " + c.degraded()
        + " degraded";
  }

  static String ratio(double ratio) {
    return ratio == Math.rint(ratio) ? String.format(Locale.ROOT, "%d", (long) ratio) : String.valueOf(ratio);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
