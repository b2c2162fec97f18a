package dev.spillover.policy.facts;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.policy.ListEntry;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackList;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Places the parties of a snapshot on lists: the estate's own {@code listed_on} edges valid on the
 * snapshot's date, the entries of the packs' lists that hold on that date, matched by an equal
 * identifier (same scheme, value compared case-insensitively) or an equal {@link NameKey} of any
 * name or alias, and listings found by the caller (screening against restricted-party lists, for
 * example), given by party id.
 */
public final class ListMatcher {
  private ListMatcher() {}

  /**
   * The listings of every party, by node index (an empty list for nodes on no list).
   *
   * @throws InputException when two packs, or a pack and the estate, define the same list id
   */
  public static List<List<Listing>> match(Snapshot snapshot, List<Pack> packs) {
    return match(snapshot, packs, Map.of());
  }

  /**
   * The listings of every party, by node index, with {@code more}: listings the caller found, by
   * party id (ids that are not a party of the snapshot are ignored). A party keeps one listing per
   * list id: the estate's own first, then the packs', then these, so that a list found again by
   * the caller under the id of an estate or pack list counts once, as that list.
   *
   * @throws InputException when two packs, or a pack and the estate, define the same list id
   */
  public static List<List<Listing>> match(Snapshot snapshot, List<Pack> packs, Map<String, List<Listing>> more) {
    checkListIds(snapshot, packs);
    List<List<Listing>> listings = new ArrayList<>(snapshot.nodeCount());
    Map<String, List<Integer>> byKey = new HashMap<>();
    Map<String, List<Integer>> byIdentifier = new HashMap<>();
    Adjacency listed = snapshot.out(EdgeKind.LISTED_ON);
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      List<Listing> own = new ArrayList<>();
      Node node = snapshot.node(n);
      if (node.kind().isParty()) {
        for (int i = listed.start(n); i < listed.end(n); i++) {
          Node list = snapshot.node(listed.target(i));
          var edge = snapshot.edge(listed.edge(i));
          own.add(new Listing(list.id(), list.name(), null, edge.validity().from(), edge.provenance().source(),
              "declared in the estate (edge " + edge.id() + ")"));
        }
        final int index = n;
        byKey.computeIfAbsent(NameKey.of(node.name()), k -> new ArrayList<>()).add(n);
        node.aliases().forEach(alias -> byKey.computeIfAbsent(NameKey.of(alias), k -> new ArrayList<>()).add(index));
        node.identifiers().forEach((scheme, value) ->
            byIdentifier.computeIfAbsent(identifierKey(scheme, value), k -> new ArrayList<>()).add(index));
      }
      listings.add(own);
    }
    for (Pack pack : packs) {
      for (PackList list : pack.lists()) {
        for (ListEntry entry : list.entries()) {
          if (!entry.listedOn(snapshot.asOf())) {
            continue;
          }
          String source = entry.source() != null ? entry.source() : list.source();
          for (Map.Entry<String, String> id : entry.identifiers().entrySet()) {
            for (int n : byIdentifier.getOrDefault(identifierKey(id.getKey(), id.getValue()), List.of())) {
              add(listings.get(n), new Listing(list.id(), list.title(), pack.id(), entry.since(), source,
                  "identifier " + id.getKey() + " " + id.getValue() + " matches the list entry"));
            }
          }
          for (String name : entry.names()) {
            for (int n : byKey.getOrDefault(NameKey.of(name), List.of())) {
              add(listings.get(n), new Listing(list.id(), list.title(), pack.id(), entry.since(), source,
                  "name '" + matchedName(snapshot.node(n), name) + "' matches list entry '" + name + "'"));
            }
          }
        }
      }
    }
    for (Map.Entry<String, List<Listing>> found : more.entrySet()) {
      int n = snapshot.indexOf(found.getKey());
      if (n >= 0 && snapshot.node(n).kind().isParty()) {
        found.getValue().forEach(listing -> add(listings.get(n), listing));
      }
    }
    return listings;
  }

  private static void add(List<Listing> listings, Listing listing) {
    for (Listing existing : listings) {
      if (existing.listId().equals(listing.listId())) {
        return;
      }
    }
    listings.add(listing);
  }

  private static String matchedName(Node node, String entryName) {
    String key = NameKey.of(entryName);
    if (NameKey.of(node.name()).equals(key)) {
      return node.name();
    }
    return node.aliases().stream().filter(a -> NameKey.of(a).equals(key)).findFirst().orElse(node.name());
  }

  private static String identifierKey(String scheme, String value) {
    return scheme.toLowerCase(Locale.ROOT) + "\u0000" + value.strip().toUpperCase(Locale.ROOT);
  }

  private static void checkListIds(Snapshot snapshot, List<Pack> packs) {
    Map<String, String> owners = new HashMap<>();
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      if (snapshot.kind(n) == NodeKind.LIST) {
        owners.put(snapshot.node(n).id(), "the estate");
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Pack pack : packs) {
      for (PackList list : pack.lists()) {
        String previous = owners.putIfAbsent(list.id(), "pack " + pack.id());
        if (previous != null) {
          problems.add(new Problem(pack.origin(), 0, 0, "list id '" + list.id() + "' is also defined by " + previous
              + ", expected list ids to be unique across the estate and the packs applied"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }
}
