package dev.spillover.formats.report;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.scenario.AppliedScenario;
import dev.spillover.policy.scenario.ScenarioComparison;
import dev.spillover.policy.scenario.ScenarioComparison.Difference;
import dev.spillover.policy.scenario.ScenarioComparison.Outcome;
import dev.spillover.policy.scenario.ScenarioComparison.Row;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scenario comparison as text for a terminal: the scenarios and their changes, how many subjects
 * each prohibits, restricts, flags for review or leaves, every subject and rule side by side, then
 * what changes between the scenarios compared, with the reasons and the evidence.
 */
public final class ComparisonTable {
  private static final int MAX_SUBJECT = 34;

  private ComparisonTable() {}

  /** Writes {@code comparison} to {@code out} (which stays open). */
  public static void write(ScenarioComparison comparison, Writer out) throws IOException {
    List<Outcome> outcomes = comparison.outcomes();
    out.write("Spillover comparison of " + comparison.estate().name() + ": " + outcomes.size() + " scenarios\n");
    for (int s = 0; s < outcomes.size(); s++) {
      Outcome outcome = outcomes.get(s);
      out.write("\n" + (s + 1) + ". " + outcome.scenario().name() + " (" + outcome.scenario().origin() + ")\n");
      if (outcome.scenario().description() != null) {
        out.write("   " + outcome.scenario().description().strip().replaceAll("\\s+", " ") + "\n");
      }
      out.write("   as of " + outcome.scenario().asOf() + ", packs "
          + outcome.result().packs().stream().map(Pack::id).collect(Collectors.joining(", ")) + "\n");
      if (outcome.applied().effects().isEmpty()) {
        out.write("   no changes to the estate\n");
      }
      for (AppliedScenario.Effect effect : outcome.applied().effects()) {
        out.write("   change " + effect.change().number() + ": " + effect.change().describe() + "\n");
        out.write("     why   " + effect.change().reason() + "\n");
        if (effect.change().source() != null) {
          out.write("     source " + effect.change().source() + "\n");
        }
        for (String said : effect.effects()) {
          out.write("     did   " + said + "\n");
        }
      }
    }

    out.write("\nSubjects by most severe verdict\n\n");
    List<String[]> counts = new ArrayList<>();
    counts.add(header("", outcomes));
    for (Verdict verdict : Verdict.values()) {
      String[] row = new String[outcomes.size() + 1];
      row[0] = verdict.label();
      for (int s = 0; s < outcomes.size(); s++) {
        row[s + 1] = String.valueOf(outcomes.get(s).subjectsByWorstVerdict().get(verdict));
      }
      counts.add(row);
    }
    String[] left = new String[outcomes.size() + 1];
    left[0] = "left";
    for (int s = 0; s < outcomes.size(); s++) {
      Map<Verdict, Integer> byVerdict = outcomes.get(s).subjectsByWorstVerdict();
      int decided = byVerdict.values().stream().mapToInt(Integer::intValue).sum();
      left[s + 1] = (outcomes.get(s).subjectsAssessed() - decided) + " of " + outcomes.get(s).subjectsAssessed();
    }
    counts.add(left);
    Columns.write(counts, out, "  ");

    out.write("\nSide by side (- not matched; in brackets: matched, but no verdict counts that day)\n\n");
    if (comparison.rows().isEmpty()) {
      out.write("  No rule matched in any scenario.\n");
    } else {
      List<String[]> rows = new ArrayList<>();
      String[] head = header("SUBJECT", outcomes);
      String[] withRule = new String[head.length + 1];
      withRule[0] = head[0];
      withRule[1] = "RULE";
      System.arraycopy(head, 1, withRule, 2, head.length - 1);
      rows.add(withRule);
      for (Row row : comparison.rows()) {
        String[] cells = new String[outcomes.size() + 2];
        cells[0] = subject(row);
        cells[1] = row.pack() + "/" + row.rule();
        for (int s = 0; s < outcomes.size(); s++) {
          cells[s + 2] = cell(row.findings().get(s));
        }
        rows.add(cells);
      }
      Columns.write(rows, out, "  ");
    }

    for (int to = 1; to < outcomes.size(); to++) {
      final int target = to;
      List<Difference> differences = comparison.differences().stream().filter(d -> d.to() == target).toList();
      int from = comparison.baseline() == ScenarioComparison.Baseline.FIRST ? 0 : to - 1;
      out.write("\nWhat changes from '" + outcomes.get(from).scenario().name() + "' to '"
          + outcomes.get(to).scenario().name() + "': " + (differences.isEmpty() ? "nothing" : differences.size()
          + (differences.size() == 1 ? " difference" : " differences")) + "\n");
      int number = 0;
      for (Difference difference : differences) {
        number++;
        Row row = difference.row();
        out.write("\n" + number + ". " + row.subject().name() + " (" + row.subject().id() + "), " + row.pack() + "/"
            + row.rule() + ": " + label(difference.before()) + " -> " + label(difference.after()) + "\n");
        for (ScenarioComparison.Reason reason : difference.reasons()) {
          out.write("   because " + reason.text() + "\n");
        }
        evidence(out, "before", outcomes.get(difference.from()), difference.before());
        evidence(out, "after ", outcomes.get(difference.to()), difference.after());
      }
    }
  }

  private static void evidence(Writer out, String when, Outcome outcome, Finding finding) throws IOException {
    if (finding == null) {
      return;
    }
    Snapshot snapshot = outcome.result().snapshot();
    for (Evidence evidence : finding.evidence()) {
      for (ExposurePath path : evidence.paths()) {
        out.write("   " + when + "  " + PathStep.sentence(PathStep.of(snapshot, finding.subjectIndex(), path)) + "\n");
      }
    }
  }

  private static String[] header(String first, List<Outcome> outcomes) {
    String[] header = new String[outcomes.size() + 1];
    header[0] = first;
    for (int s = 0; s < outcomes.size(); s++) {
      header[s + 1] = outcomes.get(s).scenario().name();
    }
    return header;
  }

  private static String subject(Row row) {
    return Text.abbreviate(row.subject().name(), MAX_SUBJECT) + " (" + row.subject().id() + ")";
  }

  /** A cell of the side-by-side table: the verdict, "(enjoined)" and the like, or "-". */
  static String cell(Finding finding) {
    if (finding == null) {
      return "-";
    }
    if (finding.verdict() != null) {
      return finding.verdict().label();
    }
    if (finding.waiver() != null && finding.status().inForce()) {
      return "(waived)";
    }
    return finding.status().inForce() ? "(" + finding.rule().mode().name().toLowerCase(java.util.Locale.ROOT) + "-only)"
        : "(" + finding.status().state().label() + ")";
  }

  /** An outcome in words: "prohibited", "no verdict (rule enjoined since ...)", "not matched". */
  static String label(Finding finding) {
    if (finding == null) {
      return "not matched";
    }
    return finding.verdict() != null ? finding.verdict().label() : "no verdict (" + finding.verdictWithheldBecause() + ")";
  }
}
