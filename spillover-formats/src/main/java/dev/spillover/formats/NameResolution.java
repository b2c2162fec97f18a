package dev.spillover.formats;

import dev.spillover.model.Edge;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Waiver;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identity resolution by declared name: which party known by name only (an SBOM's supplier, an
 * origin table's publisher; see {@link EstateAssembler#namedParty}) is an organization or person
 * that another input defines.
 *
 * <p>A name-only party is the defined party of the same kind whose name, or one of whose aliases,
 * equals its name after {@link #normalize normalization}. With exactly one such party it is merged
 * into it: the name-only node goes, every edge and waiver naming it names the defined party
 * instead, and the defined party gains its name as an alias (and identifiers it lacks). With
 * several, nothing is merged and a warning names them (sorted by id). With none, nothing changes.
 * Which parties merge depends on the names, not on the order of the inputs.
 */
final class NameResolution {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Which name-only party became which defined one, by id. */
  private final Map<String, String> mergedInto;
  /** The defined parties that gained names, by id. */
  private final Map<String, Node> gained;
  private final List<String> warnings;

  private NameResolution(Map<String, String> mergedInto, Map<String, Node> gained, List<String> warnings) {
    this.mergedInto = mergedInto;
    this.gained = gained;
    this.warnings = warnings;
  }

  /**
   * The name compared: Unicode NFKC (full-width letters become ASCII), case folded
   * ({@link Locale#ROOT}, upper then lower case), runs of whitespace as one space, none at either
   * end. Nothing fuzzier: legal forms stay, because "Example Ltd." and "Example Inc." may be
   * different companies.
   */
  static String normalize(String name) {
    // Upper then lower case folds what lower case alone keeps apart (ß and SS both become ss).
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(folded).replaceAll(" ").strip();
  }

  /**
   * Resolves the parties of {@code nameOnly} (id to the input that named it) against the other
   * organizations and persons of {@code nodes}; neither is changed. Without name-only parties
   * nothing is looked at.
   */
  static NameResolution resolve(Map<String, Node> nodes, Map<String, String> nameOnly) {
    if (nameOnly.isEmpty()) {
      return new NameResolution(Map.of(), Map.of(), List.of());
    }
    Set<String> wanted = new java.util.HashSet<>();
    nameOnly.keySet().forEach(id -> wanted.add(key(nodes.get(id).kind(), nodes.get(id).name())));
    Map<String, Set<String>> byName = new LinkedHashMap<>();
    for (Node node : nodes.values()) {
      if (nameOnly.containsKey(node.id()) || (node.kind() != NodeKind.ORGANIZATION && node.kind() != NodeKind.PERSON)) {
        continue;
      }
      for (String name : names(node)) {
        String key = key(node.kind(), name);
        if (wanted.contains(key)) {
          byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(node.id());
        }
      }
    }
    Map<String, String> mergedInto = new LinkedHashMap<>();
    Map<String, Node> gained = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, String> party : nameOnly.entrySet()) {
      Node named = nodes.get(party.getKey());
      Set<String> candidates = byName.getOrDefault(key(named.kind(), named.name()), Set.of());
      if (candidates.size() == 1) {
        String defined = candidates.iterator().next();
        mergedInto.put(named.id(), defined);
        gained.put(defined, Merge.merge(gained.getOrDefault(defined, nodes.get(defined)), named));
      } else if (candidates.size() > 1) {
        warnings.add(ambiguity(named, party.getValue(), candidates.stream().sorted().map(nodes::get).toList()));
      }
    }
    return new NameResolution(mergedInto, gained, warnings);
  }

  private static List<String> names(Node node) {
    List<String> names = new ArrayList<>(node.aliases().size() + 1);
    names.add(node.name());
    names.addAll(node.aliases());
    return names;
  }

  private static String key(NodeKind kind, String name) {
    return kind.name() + ":" + normalize(name);
  }

  private static String ambiguity(Node named, String where, List<Node> candidates) {
    List<String> shown = new ArrayList<>();
    for (Node candidate : candidates) {
      shown.add("'" + candidate.id() + "' (" + candidate.name() + ")");
    }
    String kinds = named.kind() == NodeKind.PERSON ? "persons" : "organizations";
    return where + ": " + named.kind().label() + " '" + named.name() + "' is named by name only, and "
        + candidates.size() + " " + kinds + " defined by the inputs have that name or alias: "
        + String.join(", ", shown) + "; it is kept apart from them, so their owners and listings do not reach it."
        + " Keep that name or alias on only one of them";
  }

  /** {@code node} as it is after resolution: with the names it gained, if it is a defined party that did. */
  Node resolved(Node node) {
    return gained.getOrDefault(node.id(), node);
  }

  /** True when {@code id} was a name-only party merged into a defined one. */
  boolean merged(String id) {
    return mergedInto.containsKey(id);
  }

  /** The id a merged name-only party now goes by, or {@code id} itself. */
  String idOf(String id) {
    return mergedInto.getOrDefault(id, id);
  }

  /** {@code edge}, or the same edge (id, kind, validity, provenance, terms) naming the defined parties. */
  Edge repoint(Edge edge) {
    if (mergedInto.isEmpty() || !merged(edge.from()) && !merged(edge.to())) {
      return edge;
    }
    return new Edge(edge.id(), edge.kind(), idOf(edge.from()), idOf(edge.to()), edge.validity(), edge.provenance(),
        edge.terms());
  }

  /** {@code waiver}, or the same waiver for the defined party. */
  Waiver repoint(Waiver waiver) {
    if (!merged(waiver.subject())) {
      return waiver;
    }
    return new Waiver(waiver.id(), waiver.pack(), waiver.rule(), idOf(waiver.subject()), waiver.reason(),
        waiver.grantedBy(), waiver.from(), waiver.until(), waiver.source());
  }

  /** What could not be decided: a name-only party that several defined parties are named as. */
  List<String> warnings() {
    return warnings;
  }
}
