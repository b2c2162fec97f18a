package dev.spillover.screening.estate;

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
import dev.spillover.policy.facts.Listing;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.match.Decision;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parents a list states for the entries an estate's parties matched (the DoD 1260H list's
 * parent column: {@link ListLink.Relation#PARENT}), added to the estate as ownership, so that the
 * ownership and exposure analyses see who stands behind a listed subsidiary.
 *
 * <p>Each parent becomes an organization: the estate's own party when one matched the parent's
 * entry, else a new node {@code list:<list>/<entry>} named as the list names it and placed on the
 * list. Each link becomes an {@link EdgeKind#OWNS} edge of unknown share (the lists give none)
 * from parent to child, derived, with the list as its source; one the estate already has is not
 * added again. Parents of parents are followed; a cycle of parents ends where it began.
 */
public final class ListParents {
  private ListParents() {}

  /**
   * The estate with the parents added, and the listings of the parents it created.
   *
   * @param estate the estate, the parents' nodes and the ownership edges added
   * @param listings the listings of the parent nodes added, by node id (the parties that matched
   *     the parents' entries have theirs from screening)
   * @param parents how many parent nodes were added
   * @param edges how many ownership edges were added
   */
  public record Added(Estate estate, Map<String, List<Listing>> listings, int parents, int edges) {
    public Added {
      listings = Map.copyOf(listings);
    }
  }

  /**
   * Adds to {@code estate} the parents of the entries {@code found} matched, as {@code lists}
   * state them. {@code day} dates the derived facts.
   */
  public static Added add(Estate estate, EstateScreening.Result found, List<ScreeningList> lists, LocalDate day) {
    Map<String, ScreeningList> listById = new HashMap<>();
    Map<String, ListEntry> entries = new HashMap<>();
    for (ScreeningList list : lists) {
      listById.put(list.id(), list);
      list.entries().forEach(e -> entries.put(key(e.list(), e.id()), e));
    }
    // Entries matched by a party of the estate, and the party: a parent so matched is that party.
    Map<String, String> partyOf = new HashMap<>();
    Deque<String[]> work = new ArrayDeque<>();
    for (EstateScreening.Hit hit : found.matches()) {
      if (hit.match().decision() != Decision.MATCH) {
        continue;
      }
      ListEntry entry = hit.match().entry();
      partyOf.putIfAbsent(key(entry.list(), entry.id()), hit.party().id());
      work.add(new String[] {hit.party().id(), entry.list(), entry.id()});
    }
    Set<String> owned = new HashSet<>();
    for (Edge edge : estate.edges()) {
      if (edge.kind() == EdgeKind.OWNS) {
        owned.add(edge.from() + "\u0000" + edge.to());
      }
    }
    List<Node> nodes = new ArrayList<>(estate.nodes().values());
    List<Edge> edges = new ArrayList<>(estate.edges());
    Map<String, Source> sources = new LinkedHashMap<>(estate.sources());
    Map<String, List<Listing>> listings = new LinkedHashMap<>();
    Set<String> followed = new HashSet<>();
    int parents = 0;
    int added = 0;
    while (!work.isEmpty()) {
      String[] item = work.poll();
      String child = item[0];
      ListEntry childEntry = entries.get(key(item[1], item[2]));
      if (childEntry == null || !followed.add(child + "\u0000" + key(item[1], item[2]))) {
        continue;
      }
      ScreeningList list = listById.get(childEntry.list());
      String source = "list:" + list.id();
      sources.computeIfAbsent(source, id -> new Source(id, list.name(), list.publisher(), list.url(), list.published()));
      for (ListLink link : childEntry.links()) {
        if (link.relation() != ListLink.Relation.PARENT) {
          continue;
        }
        ListEntry parentEntry = link.targetId() == null ? null : entries.get(key(list.id(), link.targetId()));
        String parent = parentEntry != null ? partyOf.get(key(list.id(), parentEntry.id())) : null;
        if (parent == null) {
          parent = "list:" + list.id() + "/" + (parentEntry != null ? parentEntry.id() : "parent:" + link.targetName());
          if (estate.indexOf(parent) < 0 && !listings.containsKey(parent)) {
            String name = parentEntry != null ? parentEntry.name().text() : link.targetName();
            List<String> aliases = parentEntry == null ? List.of()
                : parentEntry.aliases().stream().map(a -> a.text()).distinct().toList();
            nodes.add(new Organization(parent, name, aliases, Map.of(),
                new Provenance(source, day, Confidence.DERIVED), Organization.OrganizationType.COMPANY, Seats.UNKNOWN,
                false));
            listings.put(parent, parentEntry == null ? List.of() : List.of(new Listing(list.id(), list.name(), null,
                parentEntry.listedFrom(), childEntry.location().file(), "the list's own entry " + parentEntry.id()
                + " '" + name + "', named as the parent of entry " + childEntry.id() + " '"
                + childEntry.name().text() + "' (" + parentEntry.location() + ")")));
            parents++;
          }
        }
        if (!parent.equals(child) && owned.add(parent + "\u0000" + child)) {
          edges.add(Edge.numbered("list-parent:", ++added, EdgeKind.OWNS, parent, child, Validity.ALWAYS,
              new Provenance(source, day, Confidence.DERIVED), new EdgeTerms.Share(null, null, EdgeTerms.ShareBasis.EQUITY)));
        }
        if (parentEntry != null) {
          work.add(new String[] {parent, list.id(), parentEntry.id()});
        }
      }
    }
    if (added == 0 && parents == 0) {
      return new Added(estate, Map.of(), 0, 0);
    }
    Estate grown = new Estate(estate.name(), estate.description(), estate.owner().orElse(null),
        List.copyOf(sources.values()), nodes, edges, estate.waivers());
    return new Added(grown, listings, parents, added);
  }

  private static String key(String list, String entry) {
    return list + "\u0000" + entry;
  }
}
