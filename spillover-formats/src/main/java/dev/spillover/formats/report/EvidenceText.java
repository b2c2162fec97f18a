package dev.spillover.formats.report;

import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.util.Locale;

/** Evidence in words, the same in every text report (the table, SARIF messages). */
final class EvidenceText {
  private EvidenceText() {}

  /**
   * How the party stands to the party the path attributes the subject to, when they differ, as
   * " (controls X; holds N %)"; empty when they are the same.
   */
  static String control(Evidence evidence, Snapshot snapshot) {
    if (evidence.attributedTo() < 0 || evidence.attributedTo() == evidence.party()) {
      return "";
    }
    String attributed = snapshot.node(evidence.attributedTo()).name();
    String share = evidence.shareMax() == 0 ? "no known share"
        : evidence.shareMin() == evidence.shareMax() ? String.format(Locale.ROOT, "%.2f %%", evidence.shareMin())
        : String.format(Locale.ROOT, "%.2f to %.2f %%", evidence.shareMin(), evidence.shareMax());
    return " (" + (evidence.controls() ? "controls " : "does not control ") + attributed + "; holds " + share + ")";
  }

  /**
   * The verdict that counts, or why none does: "prohibited", or "none: rule pending until
   * 2019-08-13 (in force it would be prohibited)".
   */
  static String verdict(Finding finding) {
    if (finding.verdict() != null) {
      return finding.verdict().label();
    }
    return "none: " + finding.verdictWithheldBecause() + " (in force it would be " + finding.rule().verdict().label() + ")";
  }

  /** A listing as "LIST since DATE: BASIS". */
  static String listing(Listing listing) {
    return listing.listId() + (listing.since() == null ? "" : " since " + listing.since()) + ": " + listing.basis();
  }
}
