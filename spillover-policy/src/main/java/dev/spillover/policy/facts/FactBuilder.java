package dev.spillover.policy.facts;

import dev.spillover.input.Fields;
import dev.spillover.model.Dataset;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Product;
import dev.spillover.model.Seats;
import dev.spillover.model.SystemAsset;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.exposure.Step;
import dev.spillover.ownership.AggregateOwnership;
import dev.spillover.ownership.ControllingOwners;
import dev.spillover.ownership.LookThroughOwnership;
import dev.spillover.ownership.RestrictedHoldings;
import dev.spillover.ownership.ShareBounds;
import dev.spillover.policy.PackHolding;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the facts of {@link FactSchema} for the nodes and exposure paths of one snapshot, as
 * the plain Java maps, lists, strings, longs, doubles and booleans that CEL evaluates. Node facts
 * and ownership results are computed once and reused. Not thread-safe.
 */
public final class FactBuilder {
  private static final Set<EdgeKind> ATTRIBUTING = Set.of(EdgeKind.DEVELOPS, EdgeKind.PUBLISHES,
      EdgeKind.MANUFACTURES, EdgeKind.OPERATES, EdgeKind.OWNS, EdgeKind.HOSTED_IN, EdgeKind.TRANSFERS_DATA);

  private final Snapshot snapshot;
  private final List<List<Listing>> listings;
  private final LookThroughOwnership lookThrough;
  private final ControllingOwners control;
  /** The facts of each node, by node number, made on first use. */
  private final Map<String, Object>[] nodeFacts;
  private final Map<Integer, LookThroughOwnership.Result> shares = new HashMap<>();
  private final Map<Integer, java.util.BitSet> controllers = new HashMap<>();
  private final java.util.BitSet ours;
  /** The holdings of the parties meeting each holding test, by the test's id, in pack order. */
  private final Map<String, RestrictedHoldings.Result> held = new LinkedHashMap<>();
  /** The aggregate-ownership answer of each declaration, by its id, in pack order. */
  private final Map<String, AggregateOwnership.Result> owned = new LinkedHashMap<>();
  /** The aggregates the packs declared, for the scope of the bulk thresholds. */
  private final List<dev.spillover.policy.PackAggregate> aggregates;
  private final List<dev.spillover.dataflow.BulkThreshold> thresholds;
  /** The CIA rules of docs/cia.md, none unless set. */
  private CiaRules cia = CiaRules.NONE;
  /** The critical-infrastructure rules of docs/critical-infrastructure.md; null: the measures are not computed. */
  private CiRules ci;
  /** The data-flow facts, computed on first use. */
  private DataFlowFacts dataFlows;

  public FactBuilder(Snapshot snapshot, List<List<Listing>> listings) {
    this(snapshot, listings, List.of());
  }

  /**
   * Facts with the holdings of the parties that meet each of {@code holdings} (the facts
   * {@code heldMin} and {@code heldMax}), computed once per holding test for the whole snapshot.
   */
  public FactBuilder(Snapshot snapshot, List<List<Listing>> listings, List<PackHolding> holdings) {
    this(snapshot, listings, holdings, List.of());
  }

  /**
   * Facts with holding tests and with the data-flow facts ({@code dataVolumes}) compared with
   * {@code thresholds} (at most one per category): the data-flow analysis runs once, when a fact
   * first needs it.
   *
   * @throws IllegalArgumentException when two thresholds name one category
   */
  public FactBuilder(Snapshot snapshot, List<List<Listing>> listings, List<PackHolding> holdings,
      List<dev.spillover.dataflow.BulkThreshold> thresholds) {
    this(snapshot, listings, holdings, thresholds, List.of());
  }

  /**
   * Facts with holding tests, data-flow facts and the aggregate-ownership declarations
   * {@code aggregates} (the facts {@code aggregateOwned} and {@code aggregatePossiblyOwned}), each
   * computed once for the whole snapshot.
   */
  public FactBuilder(Snapshot snapshot, List<List<Listing>> listings, List<PackHolding> holdings,
      List<dev.spillover.dataflow.BulkThreshold> thresholds, List<dev.spillover.policy.PackAggregate> aggregates) {
    this.snapshot = snapshot;
    @SuppressWarnings("unchecked")
    Map<String, Object>[] none = new Map[snapshot.nodeCount()];
    this.nodeFacts = none;
    this.aggregates = List.copyOf(aggregates);
    if (!aggregates.isEmpty()) {
      AggregateOwnership kernel = new AggregateOwnership(snapshot);
      for (dev.spillover.policy.PackAggregate aggregate : aggregates) {
        owned.put(aggregate.id(), kernel.of(aggregate.seeds(snapshot, listings), AggregateOwnership.FIFTY_PERCENT));
      }
    }
    this.thresholds = List.copyOf(thresholds);
    this.listings = listings;
    this.lookThrough = new LookThroughOwnership(snapshot);
    this.control = new ControllingOwners(snapshot);
    this.ours = ours();
    if (!holdings.isEmpty()) {
      RestrictedHoldings kernel = new RestrictedHoldings(snapshot);
      for (PackHolding holding : holdings) {
        held.put(holding.id(), kernel.of(holding.parties(snapshot), LookThroughOwnership.Links.PROPORTIONAL));
      }
    }
  }


  /** Uses {@code rules} for the {@code cia} facts (none by default); returns this builder. */
  public FactBuilder withCia(CiaRules rules) {
    this.cia = rules;
    return this;
  }

  /**
   * Uses {@code rules} for the {@code ci} facts of subjects (docs/critical-infrastructure.md); by
   * default they are not computed and read as every measure high. Returns this builder.
   */
  public FactBuilder withCi(CiRules rules) {
    this.ci = rules;
    return this;
  }

  /** True when {@link #withCi} gave rules, so that {@code subject.ci} is computed. */
  public boolean computesCi() {
    return ci != null;
  }

  /** True when CIA rules are set, so that {@code subject.cia} is computed. */
  public boolean computesCia() {
    return !cia.rules().isEmpty();
  }

  /**
   * The facts of node {@code n} as a subject: its node facts with {@code cia} combined from the
   * exposures {@code exposures} of the subject to listed parties, whose path facts come from
   * {@code pathFacts} (filled on the way, for reuse); and, when {@link #withCi} gave rules and
   * {@code n} is a product, component or system, {@code ci} from the same exposures (to every party).
   */
  public Map<String, Object> subject(int n, List<dev.spillover.exposure.Exposure> exposures,
      Map<ExposurePath, Map<String, Object>> pathFacts) {
    List<Map<String, Object>> assessments = new ArrayList<>();
    if (!cia.rules().isEmpty()) {
      for (dev.spillover.exposure.Exposure exposure : exposures) {
        if (listings.get(exposure.party()).isEmpty()) {
          continue;
        }
        for (ExposurePath path : exposure.paths()) {
          @SuppressWarnings("unchecked")
          Map<String, Object> assessment = (Map<String, Object>) pathFacts
              .computeIfAbsent(path, p -> exposure(n, exposure.party(), p)).get("cia");
          assessments.add(assessment);
        }
      }
    }
    boolean measured = ci != null && CiFacts.isAsset(snapshot.kind(n));
    if (cia.rules().isEmpty() && !measured) {
      return node(n); // its cia and ci already read as none and unassessed
    }
    Map<String, Object> facts = new LinkedHashMap<>(node(n));
    facts.put("cia", CiaRules.combine(assessments));
    if (measured) {
      facts.put("ci", new CiFacts(snapshot, this).measures(n, exposures, ci));
    }
    return facts;
  }

  /** The nodes that belong to the estate's owner; see {@link FactSchema}'s {@code ours}. */
  private java.util.BitSet ours() {
    java.util.BitSet result = new java.util.BitSet(snapshot.nodeCount());
    int owner = snapshot.estate().owner().map(snapshot::indexOf).orElse(-1);
    if (owner < 0) {
      result.set(0, snapshot.nodeCount());
      return result;
    }
    // The owner and everything it controls, from one fixpoint rather than a question per organization.
    java.util.BitSet group = control.controlledBy(owner, null);
    group.set(owner);
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      NodeKind kind = snapshot.kind(n);
      if (kind == NodeKind.SYSTEM || kind == NodeKind.DATASET) {
        result.set(n);
      } else if (kind != NodeKind.ORGANIZATION) {
        group.clear(n);
      }
    }
    for (EdgeKind kind : List.of(EdgeKind.DEVELOPS, EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.OPERATES,
        EdgeKind.OWNS)) {
      var out = snapshot.out(kind);
      for (int org = group.nextSetBit(0); org >= 0; org = group.nextSetBit(org + 1)) {
        for (int i = out.start(org); i < out.end(org); i++) {
          NodeKind target = snapshot.kind(out.target(i));
          if (target == NodeKind.PRODUCT || target == NodeKind.COMPONENT) {
            result.set(out.target(i));
          }
        }
      }
    }
    return result;
  }

  private DataFlowFacts dataFlows() {
    if (dataFlows == null) {
      dataFlows = new DataFlowFacts(snapshot, thresholds,
          // The covered persons found for the aggregate facts: the ownership fixpoint runs once.
          dev.spillover.policy.BulkRecipients.of(aggregates, aggregate -> owned.get(aggregate.id()).definitely()));
    }
    return dataFlows;
  }

  /**
   * The facts of some nodes as a read-only list, each made when first read: a path's products are
   * listed in every walk, and most conditions never look at them.
   */
  private final class NodeFactsList extends java.util.AbstractList<Object> implements java.util.RandomAccess {
    private final int[] nodes;

    NodeFactsList(int[] nodes) {
      this.nodes = nodes;
    }

    @Override
    public Object get(int index) {
      return node(nodes[index]);
    }

    @Override
    public int size() {
      return nodes.length;
    }
  }

  /** The facts of node {@code n}, as {@code subject} sees them. */
  public Map<String, Object> node(int n) {
    Map<String, Object> facts = nodeFacts[n];
    if (facts == null) {
      facts = computeNode(n);
      nodeFacts[n] = facts;
    }
    return facts;
  }

  /**
   * The facts of the exposure of {@code subject} to {@code party} explained by {@code path}. The map
   * answers {@code party} and {@code depth} at once and walks the path for the other facts only when
   * one of them is first read: most conditions look at the party first, and most paths stop there.
   */
  public Map<String, Object> exposure(int subject, int party, ExposurePath path) {
    return new ExposureFacts(this, subject, party, path);
  }

  /** Every fact of an exposure path, from one walk along it; see {@link #exposure}. */
  Map<String, Object> walk(int subject, int party, ExposurePath path) {
    int[] nodes = path.nodes(snapshot, subject);
    List<String> via = new ArrayList<>();
    List<Integer> products = new ArrayList<>();
    Set<String> purposes = new LinkedHashSet<>();
    Set<String> dataCategories = new LinkedHashSet<>();
    Set<Integer> datasets = new LinkedHashSet<>();
    Set<String> changes = new LinkedHashSet<>();
    // The changes of the last uses, depends_on or embeds edge: the one reaching the node a party may supply.
    List<EdgeTerms.Change> reaching = List.of();
    List<Integer> supplied = new ArrayList<>();
    String role = "self";
    int attributed = subject;
    boolean attributedFound = snapshot.kind(subject).isParty();
    for (int i = 0; i < path.steps().size(); i++) {
      Step step = path.steps().get(i);
      Edge edge = snapshot.edge(step.edge());
      via.add(edge.kind().label());
      int landed = nodes[i + 1];
      NodeKind landedKind = snapshot.kind(landed);
      if (landedKind == NodeKind.PRODUCT || landedKind == NodeKind.COMPONENT) {
        products.add(landed);
      }
      if (landedKind == NodeKind.PRODUCT || landedKind == NodeKind.COMPONENT || landedKind == NodeKind.SYSTEM) {
        supplied.add(landed);
      }
      if (edge.kind() == EdgeKind.USES || edge.kind() == EdgeKind.DEPENDS_ON || edge.kind() == EdgeKind.EMBEDS) {
        reaching = edge.terms().changes();
      }
      if (edge.terms() instanceof EdgeTerms.Usage usage) {
        purposes.addAll(usage.purposes());
      }
      if (edge.kind() == EdgeKind.TRANSFERS_DATA) {
        dataCategories.addAll(categoriesOf(edge));
        int dataset = dev.spillover.dataflow.DataFlowAnalysis.datasetOf(snapshot.estate(), step.edge());
        if (dataset >= 0) {
          datasets.add(dataset);
        }
      }
      // Each recipient of an onward transfer receives the data itself: it is attributed anew.
      boolean onward = attributedFound && edge.kind() == EdgeKind.TRANSFERS_DATA && landedKind.isParty();
      if (onward || (!attributedFound && landedKind.isParty() && ATTRIBUTING.contains(edge.kind()))) {
        if (!attributedFound) {
          reaching.forEach(change -> changes.add(Fields.label(change)));
        }
        role = edge.kind().label();
        attributed = landed;
        attributedFound = true;
      }
    }
    ShareBounds share = attributedFound ? shareOf(party, attributed) : ShareBounds.NONE;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("party", node(party));
    facts.put("depth", (long) path.steps().size());
    facts.put("via", List.copyOf(via));
    facts.put("products", new NodeFactsList(products.stream().mapToInt(Integer::intValue).toArray()));
    facts.put("purposes", List.copyOf(purposes));
    facts.put("role", role);
    facts.put("attributedTo", snapshot.node(attributed).id());
    facts.put("controls", attributedFound
        && (party == attributed || controllers.computeIfAbsent(attributed, control::controllersOf).get(party)));
    facts.put("shareMin", percent(share.min()));
    facts.put("shareMax", percent(share.max()));
    facts.put("dataCategories", List.copyOf(dataCategories));
    facts.put("dataVolumes", role.equals(EdgeKind.TRANSFERS_DATA.label())
        ? dataFlows().toRecipient(datasets, attributed) : List.of());
    facts.put("changes", List.copyOf(changes));
    facts.put("substituted", substituted(supplied, attributedFound ? attributed : -1));
    // The CIA rules see every fact above; they may not use cia itself (CiaRules refuses that).
    facts.put("cia", cia.rules().isEmpty() ? CiaRules.none()
        : cia.assess(node(subject), facts, snapshot.asOf().toString()));
    return facts;
  }

  /**
   * True when one of {@code supplied} has a declared substitute ({@code S substitutes it}) that
   * {@code attributed} does not itself supply (develop, publish, manufacture, operate or own).
   */
  private boolean substituted(List<Integer> supplied, int attributed) {
    var substitutes = snapshot.in(EdgeKind.SUBSTITUTES);
    for (int node : supplied) {
      for (int i = substitutes.start(node); i < substitutes.end(node); i++) {
        if (!supplies(attributed, substitutes.target(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean supplies(int party, int product) {
    if (party < 0) {
      return false;
    }
    for (EdgeKind kind : List.of(EdgeKind.DEVELOPS, EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.OPERATES,
        EdgeKind.OWNS)) {
      var in = snapshot.in(kind);
      for (int i = in.start(product); i < in.end(product); i++) {
        if (in.target(i) == party) {
          return true;
        }
      }
    }
    return false;
  }

  private ShareBounds shareOf(int party, int attributed) {
    if (party == attributed) {
      return ShareBounds.WHOLE;
    }
    return shares.computeIfAbsent(attributed, lookThrough::of).share(party);
  }

  private List<String> categoriesOf(Edge edge) {
    Node dataset = snapshot.estate().nodes().get(edge.from());
    if (!(dataset instanceof Dataset) && edge.terms() instanceof EdgeTerms.DataTransfer transfer
        && transfer.dataset() != null) {
      dataset = snapshot.estate().nodes().get(transfer.dataset());
    }
    if (dataset instanceof Dataset data) {
      return data.categories().stream().map(Fields::label).sorted().toList();
    }
    return List.of();
  }

  private Map<String, Object> computeNode(int n) {
    Node node = snapshot.node(n);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("id", node.id());
    facts.put("name", node.name());
    facts.put("ours", ours.get(n));
    facts.put("kind", node.kind().label());
    facts.put("type", "");
    facts.put("aliases", node.aliases());
    facts.put("identifiers", node.identifiers());
    Seats seats = Seats.UNKNOWN;
    List<String> countries = new ArrayList<>();
    boolean stateOwned = false;
    String criticality = "";
    long users = 0;
    List<String> categories = List.of();
    long persons = 0;
    long devices = 0;
    if (node instanceof Organization org) {
      facts.put("type", Fields.label(org.type()));
      seats = org.seats();
      stateOwned = org.stateOwned();
    } else if (node instanceof Person person) {
      seats = person.seats();
      countries.addAll(person.nationalities());
    } else if (node instanceof Product product) {
      facts.put("type", Fields.label(product.type()));
    } else if (node instanceof SystemAsset system) {
      criticality = Fields.label(system.criticality());
      users = system.users() == null ? 0 : system.users();
    } else if (node instanceof Dataset dataset) {
      categories = dataset.categories().stream().map(Fields::label).sorted().toList();
      persons = dataset.persons() == null ? 0 : dataset.persons();
      devices = dataset.devices() == null ? 0 : dataset.devices();
    }
    for (String code : seats.all()) {
      if (!countries.contains(code)) {
        countries.add(code);
      }
    }
    facts.put("incorporatedIn", orEmpty(seats.incorporation()));
    facts.put("headquarteredIn", orEmpty(seats.headquarters()));
    facts.put("principalPlaceOfBusiness", orEmpty(seats.principalPlace()));
    facts.put("domiciledIn", orEmpty(seats.domicile()));
    facts.put("countries", List.copyOf(countries));
    facts.put("stateOwned", stateOwned);
    facts.put("lists", listings.get(n).stream().map(Listing::listId).toList());
    facts.put("criticality", criticality);
    facts.put("users", users);
    facts.put("categories", categories);
    facts.put("persons", persons);
    facts.put("devices", devices);
    Map<String, Double> heldMin = new LinkedHashMap<>();
    Map<String, Double> heldMax = new LinkedHashMap<>();
    held.forEach((id, result) -> {
      ShareBounds share = result.share(n);
      heldMin.put(id, percent(share.min()));
      heldMax.put(id, percent(share.max()));
    });
    facts.put("heldMin", heldMin);
    facts.put("heldMax", heldMax);
    Map<String, Boolean> aggregateOwned = new LinkedHashMap<>();
    Map<String, Boolean> aggregatePossiblyOwned = new LinkedHashMap<>();
    owned.forEach((id, result) -> {
      // The same small epsilon as the fixpoint, so that 33.33 + 16.67 is not short of 50 by a rounding error.
      aggregateOwned.put(id, result.restrictedHolding(n, true) >= AggregateOwnership.FIFTY_PERCENT - 1e-9);
      aggregatePossiblyOwned.put(id, result.restrictedHolding(n, false) >= AggregateOwnership.FIFTY_PERCENT - 1e-9);
    });
    facts.put("aggregateOwned", aggregateOwned);
    facts.put("aggregatePossiblyOwned", aggregatePossiblyOwned);
    facts.put("dataVolumes", node instanceof Dataset ? dataFlows().ofDataset(n) : List.of());
    facts.put("cia", CiaRules.none());
    facts.put("ci", CiRules.unassessed());
    return facts;
  }

  /**
   * A fraction as a percentage rounded to nine decimals, so that conditions see a declared 29 %
   * as 29.0 and 80 % of 75 % as 60.0, not their binary floating-point neighbours.
   */
  static double percent(double fraction) {
    return Math.round(fraction * 100 * 1e9) / 1e9;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
