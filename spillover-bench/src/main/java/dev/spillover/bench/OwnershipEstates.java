package dev.spillover.bench;

import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns generated or loaded ownership graphs into the object model: one {@link Organization} per
 * entity (its id doubles as its name), one {@link EdgeKind#OWNS} {@link Edge} with an exact
 * {@link EdgeTerms.Share} per holding, edges named {@code o<number>}.
 *
 * <p>Kept as lean as the model allows, and the same for every input: one {@link Provenance} for
 * everything, the shared empty lists and maps, one {@link EdgeTerms.Share} per distinct figure in
 * hundredths of a percent (records are immutable, so sharing them changes nothing an analysis can
 * see), ids shared between a node and the edges that name it, edge ids kept as a number
 * ({@link Edge#numbered}), as the importers of files without edge ids keep theirs.
 */
public final class OwnershipEstates {
  /** The day snapshots are taken on; every generated holding is valid always. */
  public static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  static final String SOURCE = "bench";
  static final Provenance PROVENANCE = new Provenance(SOURCE, DAY, Confidence.DECLARED);
  private static final String EDGE_PREFIX = "o";
  private static final EdgeTerms.Share[] SHARES = new EdgeTerms.Share[10_001];

  private OwnershipEstates() {}

  /** The estate of {@code graph}: every entity, every holding, in the graph's order. */
  public static Estate of(OwnershipGraph graph) {
    String[] ids = new String[graph.entities()];
    List<Node> nodes = new ArrayList<>(graph.entities());
    for (int n = 0; n < ids.length; n++) {
      ids[n] = OwnershipGraph.id(n);
      nodes.add(organization(ids[n]));
    }
    List<Edge> edges = new ArrayList<>(graph.edgeCount());
    for (int j = 0; j < graph.edgeCount(); j++) {
      edges.add(holding(j, ids[graph.owner()[j]], ids[graph.owned()[j]], graph.share()[j]));
    }
    return estate(nodes, edges);
  }

  static Estate estate(List<Node> nodes, List<Edge> edges) {
    return new Estate("generated ownership graph", "seeded by spillover-bench", List.of(
        new Source(SOURCE, "spillover-bench OwnershipGraphs", null, null, null)), nodes, edges, List.of());
  }

  static Organization organization(String id) {
    return new Organization(id, id, List.of(), Map.of(), PROVENANCE, Organization.OrganizationType.COMPANY,
        Seats.UNKNOWN, false);
  }

  static Edge holding(int index, String owner, String owned, double percent) {
    return Edge.numbered(EDGE_PREFIX, index, EdgeKind.OWNS, owner, owned, Validity.ALWAYS, PROVENANCE, share(percent));
  }

  /** The share of exactly {@code percent}, shared when it is a whole number of hundredths. */
  static EdgeTerms.Share share(double percent) {
    long hundredths = Math.round(percent * 100);
    if (hundredths >= 0 && hundredths < SHARES.length && hundredths / 100.0 == percent) {
      int slot = (int) hundredths;
      EdgeTerms.Share share = SHARES[slot];
      if (share == null) {
        Double value = percent;
        share = new EdgeTerms.Share(value, value, EdgeTerms.ShareBasis.EQUITY);
        SHARES[slot] = share;
      }
      return share;
    }
    Double value = percent;
    return new EdgeTerms.Share(value, value, EdgeTerms.ShareBasis.EQUITY);
  }
}
