package dev.spillover.formats.report;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Findings as text for a terminal: a heading with the counts, one line per finding (verdict that
 * counts, rule status, rule, subject), then each finding's evidence: the parties, their listings
 * and the paths to them.
 */
public final class FindingsTable {
  private static final int MAX_SUBJECT = 34;

  private FindingsTable() {}

  /** Writes {@code result} to {@code out} (which stays open). */
  public static void write(AssessmentResult result, Writer out) throws IOException {
    Snapshot snapshot = result.snapshot();
    List<Finding> findings = result.findings();
    Map<Verdict, Integer> counts = result.verdictCounts();
    long withheld = findings.stream().filter(f -> f.verdict() == null).count();
    out.write("Spillover assessment of " + snapshot.estate().name() + " as of " + result.asOf() + "\n");
    out.write("Packs: " + result.packs().stream().map(p -> p.id()).collect(Collectors.joining(", ")) + "\n");
    out.write(findings.size() + " findings: " + counts.get(Verdict.PROHIBITED) + " prohibited, "
        + counts.get(Verdict.RESTRICTED) + " restricted, " + counts.get(Verdict.REVIEW) + " review, "
        + counts.get(Verdict.ALLOWED) + " allowed, " + withheld + " without a verdict that day\n");
    if (findings.isEmpty()) {
      out.write("\nNo rule matched.\n");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"VERDICT", "STATUS", "RULE", "SUBJECT"});
    for (Finding finding : findings) {
      rows.add(new String[] {
        finding.verdict() == null ? "-" : finding.verdict().label(),
        status(finding),
        finding.pack().id() + "/" + finding.rule().id(),
        Text.abbreviate(finding.subject().name(), MAX_SUBJECT) + " (" + finding.subject().id() + ")"});
    }
    out.write("\n");
    Columns.write(rows, out, "");
    out.write("\nEvidence\n");
    int number = 0;
    for (Finding finding : findings) {
      number++;
      out.write("\n" + number + ". " + finding.pack().id() + "/" + finding.rule().id() + ": " + finding.rule().title() + "\n");
      out.write("   cites    " + finding.rule().citation() + "\n");
      out.write("   verdict  " + EvidenceText.verdict(finding) + "\n");
      out.write("   subject  " + finding.subject().name() + " (" + finding.subject().kind().label() + " "
          + finding.subject().id() + ")\n");
      for (Evidence evidence : finding.evidence()) {
        if (evidence.party() >= 0) {
          out.write("   party    " + snapshot.node(evidence.party()).name() + EvidenceText.control(evidence, snapshot) + "\n");
        }
        for (Listing listing : evidence.listings()) {
          out.write("   listed   " + EvidenceText.listing(listing) + "\n");
        }
        for (ExposurePath path : evidence.paths()) {
          out.write("   path     " + PathStep.sentence(PathStep.of(snapshot, finding.subjectIndex(), path)) + "\n");
        }
      }
      writeMeasures(finding.measures(), out);
    }
  }

  /** The subject's CIA levels and critical-infrastructure measures, when the assessment computed them. */
  private static void writeMeasures(Finding.Measures measures, Writer out) throws IOException {
    if (measures.cia() != null) {
      out.write("   cia      " + MeasuresText.summary(measures.cia(), MeasuresText.CIA) + "\n");
      for (String line : MeasuresText.explanations(measures.cia(), MeasuresText.CIA, "parties", "through")) {
        out.write("            " + line + "\n");
      }
    }
    if (measures.ci() != null) {
      out.write("   ci       " + MeasuresText.summary(measures.ci(), MeasuresText.CI) + "\n");
      for (String line : MeasuresText.explanations(measures.ci(), MeasuresText.CI, "components", "key components")) {
        out.write("            " + line + "\n");
      }
    }
  }

  private static String status(Finding finding) {
    String status = finding.status().describe();
    return finding.waiver() != null ? status + ", waived" : status;
  }
}
