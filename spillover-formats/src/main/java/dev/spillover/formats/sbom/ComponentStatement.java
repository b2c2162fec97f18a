package dev.spillover.formats.sbom;

import dev.spillover.policy.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * What Spillover says about one entry of an SBOM (a component, a service, or the subject in
 * {@code metadata.component}): who stands behind it, who owns or controls them, the findings that
 * concern it and the most severe verdict that counts among them. {@link EnrichedBom} renders it as
 * {@code spillover:} properties (docs/enriched-bom.md); the rendering, not this model, fixes the
 * format, so a new kind of evidence (an {@link Origin} from a reference table, say) needs no change
 * to the format.
 *
 * @param nodeId the node the entry became (a canonical package URL, a document-qualified reference)
 * @param origins the organizations and persons behind the entry, strongest evidence first
 * @param chains for each origin organization the estate knows owners or controllers of, the chain
 *     up to the top
 * @param verdict the most severe verdict that counts among {@code findings}; null when none counts
 * @param findings the findings that concern the entry, in the assessment's order
 */
public record ComponentStatement(
    String nodeId, List<Origin> origins, List<Chain> chains, Verdict verdict, List<FindingNote> findings) {
  public ComponentStatement {
    Objects.requireNonNull(nodeId, "nodeId");
    origins = List.copyOf(origins);
    chains = List.copyOf(chains);
    findings = List.copyOf(findings);
  }

  /**
   * An organization (or person) behind an entry and why Spillover says so.
   *
   * @param party the name as the evidence gives it
   * @param partyId its node id in the estate, or null when the estate does not know it
   * @param role how it stands behind the entry: {@code supplier}, {@code publisher},
   *     {@code manufacturer}, {@code developer}, {@code operator}, or {@code origin} when the
   *     evidence says no more (a reference table's attribution)
   * @param confidence {@code declared} (the evidence states it), {@code derived} (Spillover inferred
   *     it), or a matcher's score as a decimal from 0 to 1
   * @param evidence the kind of evidence: {@code sbom} (the SBOM names it), {@code estate} (a
   *     {@code --with} input declares it), {@code reference-table} (attributed from a table of
   *     package origins)
   * @param source the id of the source the fact comes from (for example {@code cyclonedx:bom.json}),
   *     or null
   */
  public record Origin(String party, String partyId, String role, String confidence, String evidence, String source) {
    public Origin {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(confidence, "confidence");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /**
   * An organization and its owners or controllers, one step at a time, up to one with no owner the
   * estate knows (or a cycle): {@code start} ← {@code links.get(0)} ← ...
   */
  public record Chain(String start, List<Link> links) {
    public Chain {
      Objects.requireNonNull(start, "start");
      links = List.copyOf(links);
    }
  }

  /**
   * One step up a chain: the next {@code party} {@code relation} the previous one ({@code owns} or
   * {@code controls}), with the share held when known ({@code 100 %}, {@code 20 to 30 %}) or null.
   */
  public record Link(String relation, String share, String party) {}

  /**
   * One finding that concerns the entry.
   *
   * @param pack the pack id
   * @param rule the rule id
   * @param verdict the verdict that counts on the date, or null
   * @param ruleVerdict what the rule says when it counts
   * @param status the rule's state on the date, in words ({@code in-force since 2019-08-13})
   * @param withheld why the verdict does not count, or null
   * @param subject the name of the finding's subject
   * @param parties the names of the parties the condition held on
   * @param waiver the waiver that covers the finding ({@code id until YYYY-MM-DD}), or null
   */
  public record FindingNote(String pack, String rule, Verdict verdict, Verdict ruleVerdict, String status,
      String withheld, String subject, List<String> parties, String waiver) {
    public FindingNote {
      parties = List.copyOf(parties);
    }
  }
}
