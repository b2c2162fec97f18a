package dev.spillover.formats.report;

import dev.spillover.formats.origin.OriginAttribution;
import dev.spillover.formats.sbom.ComponentStatement;
import dev.spillover.formats.sbom.EnrichedBom;
import dev.spillover.formats.sbom.OriginSource;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Node;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.Verdict;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Spillover says about each entry of one SBOM, from an assessment: the {@link ComponentStatement}s
 * that {@link EnrichedBom} renders as {@code spillover:} properties.
 *
 * <p>For every product and component the SBOM lists: its origins, from the estate's
 * {@code publishes}, {@code manufactures}, {@code develops} and {@code operates} edges (what the SBOM
 * names, and what {@code --with} inputs add) and then from each further {@link OriginSource} given
 * (a reference table of package origins, say); for each origin the estate knows owners or
 * controllers of, the chains up to the top; the findings that concern it, as SARIF locates them
 * (on each explaining path, the entry nearest the party; the finding's subject itself when it is an
 * entry); and the most severe verdict that counts among them.
 */
public final class BomStatements {
  /** At most this many chains are written per origin; a wide ownership tree is cut there. */
  static final int MAX_CHAINS = 5;

  /** Chains are followed up at most this many owners. */
  static final int MAX_DEPTH = 8;

  private BomStatements() {}

  /**
   * The annotations of {@code sbom} from {@code result} (findings about that SBOM), with origins
   * from the estate and then from each of {@code more}, in order.
   */
  public static EnrichedBom.Annotations of(AssessmentResult result, SbomInventory sbom, List<OriginSource> more) {
    Snapshot snapshot = result.snapshot();
    Map<Integer, List<Finding>> concerning = new LinkedHashMap<>();
    for (Finding finding : result.findings()) {
      Set<Integer> entries = new LinkedHashSet<>();
      if (sbom.contains(finding.subject().id())) {
        entries.add(finding.subjectIndex());
      }
      entries.addAll(FindingsSarif.entries(finding, sbom, snapshot));
      entries.remove(-1);
      entries.forEach(entry -> concerning.computeIfAbsent(entry, k -> new ArrayList<>()).add(finding));
    }
    List<OriginSource> sources = new ArrayList<>();
    sources.add(estateOrigins(snapshot, sbom));
    sources.addAll(more);

    Map<String, ComponentStatement> statements = new LinkedHashMap<>();
    for (String id : sbom.items().keySet()) {
      int index = snapshot.indexOf(id);
      if (index < 0) {
        continue;
      }
      Node node = snapshot.node(index);
      Map<String, ComponentStatement.Origin> origins = new LinkedHashMap<>();
      for (OriginSource source : sources) {
        for (ComponentStatement.Origin origin : source.originsOf(node)) {
          origins.putIfAbsent((origin.partyId() != null ? origin.partyId() : origin.party()) + "\u0000" + origin.role(),
              origin);
        }
      }
      List<ComponentStatement.Chain> chains = new ArrayList<>();
      Set<Integer> chained = new LinkedHashSet<>();
      for (ComponentStatement.Origin origin : origins.values()) {
        int party = origin.partyId() == null ? -1 : snapshot.indexOf(origin.partyId());
        if (party >= 0 && chained.add(party)) {
          chains.addAll(chains(snapshot, party));
        }
      }
      List<Finding> findings = concerning.getOrDefault(index, List.of());
      Verdict verdict = null;
      List<ComponentStatement.FindingNote> notes = new ArrayList<>();
      for (Finding finding : findings) {
        if (finding.verdict() != null && (verdict == null || finding.verdict().ordinal() < verdict.ordinal())) {
          verdict = finding.verdict();
        }
        notes.add(note(finding, snapshot));
      }
      statements.put(id, new ComponentStatement(id, List.copyOf(origins.values()), chains, verdict, notes));
    }
    return new EnrichedBom.Annotations(result.asOf(), result.packs().stream().map(Pack::id).toList(), statements);
  }

  /**
   * The origins the estate states: every party with a {@code publishes}, {@code manufactures},
   * {@code develops} or {@code operates} edge to the entry, valid on the date; evidence {@code sbom}
   * when the edge comes from {@code sbom} itself, {@code reference-table} when the origin tables
   * gave it ({@link OriginAttribution}), {@code estate} otherwise.
   */
  static OriginSource estateOrigins(Snapshot snapshot, SbomInventory sbom) {
    String[] sbomSources = {"cyclonedx:" + sbom.file(), "spdx:" + sbom.file()};
    return entry -> {
      int index = snapshot.indexOf(entry.id());
      List<ComponentStatement.Origin> origins = new ArrayList<>();
      for (EdgeKind kind : List.of(EdgeKind.MANUFACTURES, EdgeKind.DEVELOPS, EdgeKind.PUBLISHES, EdgeKind.OPERATES)) {
        Adjacency in = snapshot.in(kind);
        for (int i = in.start(index); i < in.end(index); i++) {
          Node party = snapshot.node(in.target(i));
          var provenance = snapshot.edge(in.edge(i)).provenance();
          String source = provenance.source();
          boolean fromSbom = source != null && (source.equals(sbomSources[0]) || source.equals(sbomSources[1]));
          origins.add(new ComponentStatement.Origin(party.name(), party.id(), role(kind),
              provenance.confidence().name().toLowerCase(Locale.ROOT), evidence(fromSbom, source), source));
        }
      }
      return origins;
    };
  }

  /** How the estate knows an origin: from the SBOM itself, from the origin tables, or from another input. */
  private static String evidence(boolean fromSbom, String source) {
    if (fromSbom) {
      return "sbom";
    }
    return source != null && source.startsWith(OriginAttribution.SOURCE_PREFIX) ? "reference-table" : "estate";
  }

  private static String role(EdgeKind kind) {
    return switch (kind) {
      case MANUFACTURES -> "manufacturer";
      case DEVELOPS -> "developer";
      case PUBLISHES -> "publisher";
      case OPERATES -> "operator";
      default -> throw new IllegalArgumentException("no origin role for " + kind);
    };
  }

  /**
   * The chains from {@code party} up its owners and controllers (edges valid on the date), depth
   * first, each ending at a party with no owner the estate knows, at a party already on the chain
   * (a cross-holding), or after {@link #MAX_DEPTH} steps; at most {@link #MAX_CHAINS}. Empty when
   * nothing owns or controls {@code party}.
   */
  static List<ComponentStatement.Chain> chains(Snapshot snapshot, int party) {
    List<ComponentStatement.Chain> chains = new ArrayList<>();
    climb(snapshot, party, new ArrayList<>(), new LinkedHashSet<>(List.of(party)), chains, party);
    return chains;
  }

  private static void climb(Snapshot snapshot, int at, List<ComponentStatement.Link> links, Set<Integer> onChain,
      List<ComponentStatement.Chain> chains, int start) {
    if (chains.size() >= MAX_CHAINS) {
      return;
    }
    boolean up = false;
    if (links.size() < MAX_DEPTH) {
      for (EdgeKind kind : List.of(EdgeKind.OWNS, EdgeKind.CONTROLS)) {
        Adjacency in = snapshot.in(kind);
        for (int i = in.start(at); i < in.end(at); i++) {
          int owner = in.target(i);
          if (onChain.contains(owner)) {
            continue;
          }
          up = true;
          links.add(new ComponentStatement.Link(kind == EdgeKind.OWNS ? "owns" : "controls",
              kind == EdgeKind.OWNS ? share(snapshot.edge(in.edge(i)).terms()) : null, snapshot.node(owner).name()));
          onChain.add(owner);
          climb(snapshot, owner, links, onChain, chains, start);
          onChain.remove(owner);
          links.remove(links.size() - 1);
        }
      }
    }
    if (!up && !links.isEmpty() && chains.size() < MAX_CHAINS) {
      chains.add(new ComponentStatement.Chain(snapshot.node(start).name(), links));
    }
  }

  /** A share as "100 %" or "20 to 30 %"; null when not known. */
  static String share(EdgeTerms terms) {
    if (!(terms instanceof EdgeTerms.Share share) || !share.known()) {
      return null;
    }
    String min = percent(share.min());
    return share.min().equals(share.max()) ? min + " %" : min + " to " + percent(share.max()) + " %";
  }

  private static String percent(double value) {
    return new BigDecimal(String.format(Locale.ROOT, "%.2f", value)).stripTrailingZeros().toPlainString();
  }

  private static ComponentStatement.FindingNote note(Finding finding, Snapshot snapshot) {
    List<String> parties = new ArrayList<>();
    for (Evidence evidence : finding.evidence()) {
      if (evidence.party() >= 0) {
        String name = snapshot.node(evidence.party()).name();
        if (!parties.contains(name)) {
          parties.add(name);
        }
      }
    }
    return new ComponentStatement.FindingNote(finding.pack().id(), finding.rule().id(), finding.verdict(),
        finding.rule().verdict(), finding.status().describe(), finding.verdictWithheldBecause(),
        finding.subject().name(), parties,
        finding.waiver() == null ? null : finding.waiver().id() + " until " + finding.waiver().until());
  }
}
