package dev.spillover.policy.scenario;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.input.Suggestions;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Provenance;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import dev.spillover.model.Waiver;
import dev.spillover.policy.ListEntry;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackList;
import dev.spillover.policy.PackSource;
import dev.spillover.policy.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a scenario's changes to an estate and the scenario's packs, giving new ones: the loaded
 * estate and packs are never changed. Changes are applied in file order.
 *
 * <ul>
 *   <li>{@code list} on a list of one of the scenario's packs adds an entry to a copy of that pack's
 *       list (the party's name and identifiers, since the change's date, citing the scenario); on a
 *       list node of the estate it adds a {@code listed_on} edge.
 *   <li>{@code share} replaces the terms of the holder's {@code owns} edges into the held entity on
 *       that basis (from the change's date, when given: the old edge ends that day), or adds one.
 *   <li>{@code waiver-ends} moves the end of every waiver with that id (of the estate or of a rule
 *       of the scenario's packs) to the change's date.
 *   <li>{@code withdraw} ends, on the change's date, the {@code uses}, {@code depends_on},
 *       {@code embeds} and {@code hosted_in} edges into what the vendor supplies.
 * </ul>
 */
public final class ScenarioChanges {
  private static final Set<EdgeKind> SUPPLY = EnumSet.of(EdgeKind.DEVELOPS, EdgeKind.PUBLISHES,
      EdgeKind.MANUFACTURES, EdgeKind.OPERATES, EdgeKind.OWNS);
  private static final Set<EdgeKind> CONSUMPTION = EnumSet.of(EdgeKind.USES, EdgeKind.DEPENDS_ON,
      EdgeKind.EMBEDS, EdgeKind.HOSTED_IN);

  private final Estate estate;
  private final Scenario scenario;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Edge> edges;
  private final List<Waiver> waivers;
  private final Map<String, Pack> packs = new LinkedHashMap<>();
  private final List<AppliedScenario.Effect> effects = new ArrayList<>();
  private final Provenance provenance;
  /** Held entities whose shares a change set, with the last change that did, for the 100 % check. */
  private final Map<String, ScenarioChange> sharesSet = new LinkedHashMap<>();
  private int added;

  private ScenarioChanges(Estate estate, Scenario scenario) {
    this.estate = estate;
    this.scenario = scenario;
    this.edges = new ArrayList<>(estate.edges());
    this.waivers = new ArrayList<>(estate.waivers());
    scenario.packs().forEach(pack -> packs.put(pack.id(), pack));
    this.provenance = new Provenance(scenario.sourceId(), scenario.asOf(), Confidence.DECLARED);
  }

  /**
   * Applies {@code scenario}'s changes to {@code estate} and to the scenario's packs.
   *
   * @throws InputException when a change names something that is not in the estate or the packs
   *     (naming the scenario file, the place, the id and what exists), or leaves more than 100 % held
   */
  public static AppliedScenario apply(Estate estate, Scenario scenario) {
    ScenarioChanges changes = new ScenarioChanges(estate, scenario);
    for (ScenarioChange change : scenario.changes()) {
      if (change instanceof ScenarioChange.AddToList list) {
        changes.list(list);
      } else if (change instanceof ScenarioChange.SetShare share) {
        changes.share(share);
      } else if (change instanceof ScenarioChange.EndWaiver waiver) {
        changes.endWaiver(waiver);
      } else if (change instanceof ScenarioChange.Withdraw withdraw) {
        changes.withdraw(withdraw);
      }
    }
    changes.checkShares();
    if (!changes.problems.isEmpty()) {
      throw new InputException(changes.problems);
    }
    List<Source> sources = new ArrayList<>(estate.sources().values());
    if (!scenario.changes().isEmpty()) {
      sources.add(changes.source());
    }
    Estate changed = estate.withEdges(sources, changes.edges, changes.waivers);
    return new AppliedScenario(scenario, changed, List.copyOf(changes.packs.values()), changes.effects);
  }

  private Source source() {
    return new Source(scenario.sourceId(), "Scenario '" + scenario.name() + "' (hypothetical changes, "
        + scenario.origin() + ")", null, null, null);
  }

  private String owner(ScenarioChange change) {
    return "scenario '" + scenario.name() + "', change " + change.number() + " (" + change.kind() + ")";
  }

  private void problem(ScenarioChange change, String message) {
    problems.add(change.place().problem(owner(change) + ": " + message));
  }

  /** The node {@code id} if it exists and is of one of {@code kinds}; else null, with a problem. */
  private Node node(ScenarioChange change, String key, String id, Set<NodeKind> kinds, String expected) {
    Node node = estate.node(id).orElse(null);
    if (node == null) {
      List<String> candidates = estate.nodes().values().stream()
          .filter(n -> kinds.contains(n.kind())).map(Node::id).toList();
      problem(change, "'" + key + "' names '" + id + "', which is not a node of the estate" + Suggestions.didYouMean(id, candidates)
          + "; expected " + expected + " (" + examples(candidates) + ")");
      return null;
    }
    if (!kinds.contains(node.kind())) {
      problem(change, "'" + key + "' names '" + id + "', which is " + article(node.kind()) + ", expected " + expected);
      return null;
    }
    return node;
  }

  private void list(ScenarioChange.AddToList change) {
    Node party = node(change, "party", change.party(), EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PERSON),
        "an organization or person of the estate");
    Pack pack = packs.values().stream()
        .filter(p -> p.lists().stream().anyMatch(l -> l.id().equals(change.list()))).findFirst().orElse(null);
    Node listNode = estate.node(change.list()).filter(n -> n.kind() == NodeKind.LIST).orElse(null);
    if (pack == null && listNode == null) {
      List<String> lists = new ArrayList<>();
      packs.values().forEach(p -> p.lists().forEach(l -> lists.add(l.id())));
      estate.nodes().values().stream().filter(n -> n.kind() == NodeKind.LIST).forEach(n -> lists.add(n.id()));
      problem(change, "'list' names '" + change.list() + "', which is neither a list of the scenario's packs nor a list"
          + " node of the estate" + Suggestions.didYouMean(change.list(), lists) + "; the lists are: "
          + (lists.isEmpty() ? "none" : String.join(", ", lists)));
      return;
    }
    if (party == null) {
      return;
    }
    if (pack != null) {
      List<PackList> lists = new ArrayList<>();
      for (PackList list : pack.lists()) {
        if (list.id().equals(change.list())) {
          List<ListEntry> entries = new ArrayList<>(list.entries());
          entries.add(new ListEntry(List.of(party.name()), party.identifiers(), null, change.from(), null,
              scenario.sourceId(), change.reason()));
          list = new PackList(list.id(), list.title(), list.source(), entries);
        }
        lists.add(list);
      }
      Map<String, PackSource> sources = new LinkedHashMap<>(pack.sources());
      sources.put(scenario.sourceId(), new PackSource(scenario.sourceId(), "Scenario '" + scenario.name() + "'",
          change.source(), null, null, null));
      packs.put(pack.id(), new Pack(pack.id(), pack.title(), pack.description(), pack.citation(), pack.perspective(),
          pack.origin(), sources, lists, pack.rules(), pack.holdings(), pack.thresholds(),
          pack.aggregates()));
      effects.add(new AppliedScenario.Effect(change, Set.of(party.id()), List.of("an entry for '" + party.name()
          + "' added to list " + change.list() + " of pack " + pack.id()
          + (change.from() == null ? "" : ", since " + change.from()))));
    } else {
      edges.add(new Edge(nextId(), EdgeKind.LISTED_ON, party.id(), listNode.id(),
          new Validity(change.from(), null), provenance, EdgeTerms.NONE));
      effects.add(new AppliedScenario.Effect(change, Set.of(party.id()), List.of("a listed_on edge from "
          + party.id() + " to " + listNode.id() + (change.from() == null ? "" : " from " + change.from()))));
    }
  }

  private void share(ScenarioChange.SetShare change) {
    Node holder = node(change, "owner", change.owner(), EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PERSON),
        "an organization or person of the estate");
    Node held = node(change, "owned", change.owned(), EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PRODUCT),
        "an organization or product of the estate");
    if (holder == null || held == null) {
      return;
    }
    EdgeTerms.Share terms = new EdgeTerms.Share(change.min(), change.max(), change.basis());
    List<String> said = new ArrayList<>();
    boolean found = false;
    for (int e = 0; e < edges.size(); e++) {
      Edge edge = edges.get(e);
      if (edge.kind() != EdgeKind.OWNS || !edge.from().equals(holder.id()) || !edge.to().equals(held.id())
          || basis(edge) != change.basis()) {
        continue;
      }
      found = true;
      Validity validity = edge.validity();
      LocalDate from = change.from();
      if (from == null || (validity.from() != null && !validity.from().isBefore(from))) {
        edges.set(e, with(edge, edge.validity(), terms));
        said.add("edge " + edge.id() + ": share " + shareText(edge.terms()) + " becomes " + shareText(terms));
      } else if (validity.until() == null || validity.until().isAfter(from)) {
        edges.set(e, with(edge, new Validity(validity.from(), from), edge.terms()));
        edges.add(new Edge(nextId(), EdgeKind.OWNS, holder.id(), held.id(), new Validity(from, validity.until()),
            provenance, terms));
        said.add("edge " + edge.id() + ": share " + shareText(edge.terms()) + " until " + from + ", then "
            + shareText(terms));
      }
    }
    if (!found) {
      edges.add(new Edge(nextId(), EdgeKind.OWNS, holder.id(), held.id(), new Validity(change.from(), null),
          provenance, terms));
      said.add("a new holding of " + shareText(terms) + " by " + holder.id() + " in " + held.id()
          + (change.from() == null ? "" : " from " + change.from()));
    }
    sharesSet.put(held.id(), change);
    effects.add(new AppliedScenario.Effect(change, Set.of(holder.id(), held.id()), said));
  }

  private void checkShares() {
    LocalDate day = scenario.asOf();
    sharesSet.forEach((held, change) -> {
      for (EdgeTerms.ShareBasis basis : EdgeTerms.ShareBasis.values()) {
        double total = 0;
        for (Edge edge : edges) {
          if (edge.kind() == EdgeKind.OWNS && edge.to().equals(held) && edge.validity().contains(day)
              && edge.terms() instanceof EdgeTerms.Share share && share.basis() == basis && share.known()) {
            total += share.min();
          }
        }
        if (total > 100 + 1e-9) {
          problem(change, "after the scenario's changes, the known " + basis.name().toLowerCase(Locale.ROOT)
              + " shares held in '" + held + "' add up to " + total + " percent on " + day
              + ", expected at most 100 (lower another holder's share with a 'share' change)");
        }
      }
    });
  }

  private void endWaiver(ScenarioChange.EndWaiver change) {
    List<String> said = new ArrayList<>();
    Set<String> subjects = new LinkedHashSet<>();
    for (int w = 0; w < waivers.size(); w++) {
      Waiver waiver = waivers.get(w);
      if (waiver.id().equals(change.waiver()) && ends(change, waiver, "the estate")) {
        waivers.set(w, ended(waiver, change.on()));
        subjects.add(waiver.subject());
        said.add("waiver " + waiver.id() + " of the estate (subject " + waiver.subject() + ") now ends on "
            + change.on() + " instead of " + waiver.until());
      }
    }
    for (Pack pack : List.copyOf(packs.values())) {
      List<Rule> rules = new ArrayList<>();
      boolean changed = false;
      for (Rule rule : pack.rules()) {
        List<Waiver> ruleWaivers = new ArrayList<>();
        for (Waiver waiver : rule.waivers()) {
          if (waiver.id().equals(change.waiver()) && ends(change, waiver, "pack " + pack.id())) {
            ruleWaivers.add(ended(waiver, change.on()));
            subjects.add(waiver.subject());
            said.add("waiver " + waiver.id() + " of pack " + pack.id() + ", rule " + rule.id() + " (subject "
                + waiver.subject() + ") now ends on " + change.on() + " instead of " + waiver.until());
            changed = true;
          } else {
            ruleWaivers.add(waiver);
          }
        }
        rules.add(new Rule(rule.id(), rule.title(), rule.citation(), rule.description(), rule.scope(),
            rule.overSubject(), rule.conditionText(), rule.condition(), rule.verdict(), rule.mode(), rule.timeline(),
            ruleWaivers, rule.source()));
      }
      if (changed) {
        packs.put(pack.id(), new Pack(pack.id(), pack.title(), pack.description(), pack.citation(),
            pack.perspective(), pack.origin(), pack.sources(), pack.lists(), rules, pack.holdings(), pack.thresholds(),
          pack.aggregates()));
      }
    }
    if (said.isEmpty() && problems.stream().noneMatch(p -> p.message().startsWith(owner(change)))) {
      Set<String> ids = new TreeSet<>();
      estate.waivers().forEach(w -> ids.add(w.id()));
      packs.values().forEach(p -> p.rules().forEach(r -> r.waivers().forEach(w -> ids.add(w.id()))));
      problem(change, "'waiver' names '" + change.waiver() + "', which is not a waiver of the estate or of the"
          + " scenario's packs" + Suggestions.didYouMean(change.waiver(), ids) + "; the waivers are: "
          + (ids.isEmpty() ? "none" : String.join(", ", ids)));
      return;
    }
    if (!said.isEmpty()) {
      effects.add(new AppliedScenario.Effect(change, subjects, said));
    }
  }

  private boolean ends(ScenarioChange.EndWaiver change, Waiver waiver, String where) {
    if (!change.on().isBefore(waiver.until())) {
      problem(change, "waiver '" + waiver.id() + "' of " + where + " already ends on " + waiver.until()
          + ", expected 'on' to be earlier than that");
      return false;
    }
    return true;
  }

  private static Waiver ended(Waiver waiver, LocalDate on) {
    return new Waiver(waiver.id(), waiver.pack(), waiver.rule(), waiver.subject(), waiver.reason(), waiver.grantedBy(),
        waiver.from(), on, waiver.source());
  }

  private void withdraw(ScenarioChange.Withdraw change) {
    Node vendor = node(change, "vendor", change.vendor(), EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PERSON),
        "an organization or person of the estate");
    if (vendor == null) {
      return;
    }
    Set<String> supplied = new TreeSet<>();
    for (Edge edge : edges) {
      if (SUPPLY.contains(edge.kind()) && edge.from().equals(vendor.id())
          && estate.node(edge.to()).map(n -> n.kind() != NodeKind.ORGANIZATION).orElse(false)) {
        supplied.add(edge.to());
      }
    }
    Set<String> withdrawn;
    if (change.product() == null) {
      if (supplied.isEmpty()) {
        problem(change, "vendor '" + vendor.id() + "' develops, publishes, manufactures, operates or owns no product,"
            + " component or system of the estate, so it has nothing to withdraw");
        return;
      }
      withdrawn = supplied;
    } else if (!supplied.contains(change.product())) {
      String what = estate.node(change.product()).isPresent() ? "'" + change.product() + "'"
          : "'" + change.product() + "', which is not a node of the estate" + Suggestions.didYouMean(change.product(), supplied) + ",";
      problem(change, "vendor '" + vendor.id() + "' does not supply " + what + " expected one of what it develops,"
          + " publishes, manufactures, operates or owns: " + (supplied.isEmpty() ? "none" : String.join(", ", supplied)));
      return;
    } else {
      withdrawn = Set.of(change.product());
    }
    List<String> said = new ArrayList<>();
    LocalDate day = change.from();
    for (int e = edges.size() - 1; e >= 0; e--) {
      Edge edge = edges.get(e);
      boolean intoSupply = CONSUMPTION.contains(edge.kind()) && withdrawn.contains(edge.to());
      boolean hostedByVendor = change.product() == null && edge.kind() == EdgeKind.HOSTED_IN
          && edge.to().equals(vendor.id());
      if (!(intoSupply || hostedByVendor) || (edge.validity().until() != null && !edge.validity().until().isAfter(day))) {
        continue;
      }
      String words = edge.from() + " " + edge.kind().verb() + " " + edge.to() + " (edge " + edge.id() + ")";
      if (edge.validity().from() != null && !edge.validity().from().isBefore(day)) {
        edges.remove(e);
        said.add(0, words + ": removed, it would only have begun on " + edge.validity().from());
      } else {
        edges.set(e, with(edge, new Validity(edge.validity().from(), day), edge.terms()));
        said.add(0, words + ": ends on " + day);
      }
    }
    if (said.isEmpty()) {
      said.add("nothing in the estate uses, depends on, embeds or is hosted in " + String.join(", ", withdrawn));
    }
    Set<String> nodes = new LinkedHashSet<>(withdrawn);
    nodes.add(vendor.id());
    effects.add(new AppliedScenario.Effect(change, nodes, said));
  }

  private static EdgeTerms.ShareBasis basis(Edge edge) {
    return edge.terms() instanceof EdgeTerms.Share share ? share.basis() : EdgeTerms.ShareBasis.EQUITY;
  }

  private static Edge with(Edge edge, Validity validity, EdgeTerms terms) {
    return new Edge(edge.id(), edge.kind(), edge.from(), edge.to(), validity, edge.provenance(), terms);
  }

  private String nextId() {
    return scenario.sourceId() + "#" + (++added);
  }

  private static String shareText(EdgeTerms terms) {
    if (!(terms instanceof EdgeTerms.Share share) || !share.known()) {
      return "unknown";
    }
    return share.min().equals(share.max()) ? plain(share.min()) + " %" : plain(share.min()) + " to " + plain(share.max()) + " %";
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String article(NodeKind kind) {
    String label = kind == NodeKind.LIST ? "list" : kind.label();
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  private static String examples(List<String> ids) {
    if (ids.isEmpty()) {
      return "the estate has none";
    }
    return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", ... " + ids.size() + " in all";
  }
}
