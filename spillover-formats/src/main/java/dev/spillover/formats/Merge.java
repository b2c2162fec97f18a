package dev.spillover.formats;

import dev.spillover.model.Component;
import dev.spillover.model.Dataset;
import dev.spillover.model.Jurisdiction;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Product;
import dev.spillover.model.ReplacementCost;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.SystemAsset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a later definition of a node into an earlier one of the same kind: names and identifiers add
 * up; an asset keeps the earlier replacement cost, or takes the later one when the earlier declares none.
 */
final class Merge {
  private Merge() {}

  static Node merge(Node first, Node later) {
    List<String> aliases = new ArrayList<>(first.aliases());
    for (String name : concat(List.of(later.name()), later.aliases())) {
      // A name that is only the id (a placeholder's) adds nothing.
      if (!name.equals(first.name()) && !name.equals(first.id()) && !aliases.contains(name)) {
        aliases.add(name);
      }
    }
    Map<String, String> identifiers = new LinkedHashMap<>(later.identifiers());
    identifiers.putAll(first.identifiers());
    if (first instanceof Organization o) {
      return new Organization(o.id(), o.name(), aliases, identifiers, o.provenance(), o.type(), o.seats(), o.stateOwned());
    } else if (first instanceof Person p) {
      return new Person(p.id(), p.name(), aliases, identifiers, p.provenance(), p.nationalities(), p.seats());
    } else if (first instanceof Product p) {
      return new Product(p.id(), p.name(), aliases, identifiers, p.provenance(), p.type(),
          costOf(p.replacementCost(), later));
    } else if (first instanceof Component c) {
      Map<String, String> properties = new LinkedHashMap<>(((Component) later).properties());
      properties.putAll(c.properties());
      return new Component(c.id(), c.name(), aliases, identifiers, c.provenance(), c.version(), properties,
          costOf(c.replacementCost(), later));
    } else if (first instanceof SystemAsset s) {
      return new SystemAsset(s.id(), s.name(), aliases, identifiers, s.provenance(), s.criticality(), s.users(),
          costOf(s.replacementCost(), later));
    } else if (first instanceof Dataset d) {
      return new Dataset(d.id(), d.name(), aliases, identifiers, d.provenance(), d.categories(), d.persons(), d.devices());
    } else if (first instanceof Jurisdiction j) {
      return new Jurisdiction(j.id(), j.name(), aliases, identifiers, j.provenance());
    } else if (first instanceof RestrictedList l) {
      return new RestrictedList(l.id(), l.name(), aliases, identifiers, l.provenance(), l.publisher());
    }
    throw new IllegalStateException("unknown node type " + first.getClass());
  }

  /** The first definition's replacement cost, or the later one's when the first declares none. */
  private static ReplacementCost costOf(ReplacementCost first, Node later) {
    return first != null ? first : ReplacementCost.of(later);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
