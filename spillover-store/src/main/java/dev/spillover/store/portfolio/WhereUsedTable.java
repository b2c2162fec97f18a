package dev.spillover.store.portfolio;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link WhereUsed} for a terminal: one line per project (path length, SBOM, project),
 * then its path, one node per line with the link that leads to it.
 */
public final class WhereUsedTable {
  private WhereUsedTable() {}

  /** Writes {@code answer} to {@code out} (which stays open). */
  public static void write(WhereUsed answer, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    if (answer.matched().isEmpty()) {
      text.append("Nothing in the index matches ").append(answer.target().text()).append(" (")
          .append(answer.sboms()).append(" SBOMs indexed).\n");
      out.write(text.toString());
      out.flush();
      return;
    }
    text.append(answer.uses().size()).append(answer.uses().size() == 1 ? " project uses " : " projects use ")
        .append(answer.target().text()).append(" (").append(answer.matched().size())
        .append(answer.matched().size() == 1 ? " match" : " matches").append(" in the index; ")
        .append(answer.searched()).append(" of ").append(answer.sboms()).append(" SBOMs name one)\n");
    int number = 0;
    for (WhereUsed.Use use : answer.uses()) {
      number++;
      text.append('\n').append(number).append(". ").append(shown(use.project())).append("  (")
          .append(use.sbom()).append(", ").append(use.length()).append(use.length() == 1 ? " step" : " steps")
          .append(")\n");
      text.append("   ").append(shown(use.nodes().get(0))).append('\n');
      for (int i = 1; i < use.nodes().size(); i++) {
        text.append("     ").append(use.links().get(i - 1).verb()).append(' ').append(shown(use.nodes().get(i)))
            .append('\n');
      }
    }
    out.write(text.toString());
    out.flush();
  }

  private static String shown(WhereUsed.Step step) {
    String name = step.name() == null ? step.id() : step.name();
    String version = step.version() == null ? "" : " " + step.version();
    boolean technology = step.role() == NodeRole.COMPONENT || step.role() == NodeRole.PRODUCT;
    return name + version + (technology && !step.id().equals(name) ? " [" + step.id() + "]" : "");
  }
}
