package dev.spillover.formats.estate;

import dev.spillover.input.Fields;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.input.Problems;
import dev.spillover.input.Suggestions;
import dev.spillover.input.YamlDocument;
import dev.spillover.input.YamlNode;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.ReplacementCost;
import dev.spillover.model.Source;
import dev.spillover.model.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads an estate folder: every {@code *.yaml} / {@code *.yml} file below it (except in its
 * {@value #SCENARIOS} and {@value #PACKS} sub-folders), in path order, each
 * holding any of the sections {@code estate}, {@code defaults}, {@code sources}, the node sections
 * ({@code organizations}, {@code persons}, {@code products}, {@code components}, {@code systems},
 * {@code datasets}, {@code jurisdictions}, {@code lists}), {@code edges} and {@code waivers}.
 *
 * <p>All or nothing: every problem in every file is collected (syntax, types, unknown keys, bad
 * country codes, shares outside 0 to 100 or adding up to more than 100, duplicate ids, references
 * to nodes or sources that do not exist, edges between the wrong kinds of node) and thrown as one
 * {@link InputException}; the estate is returned only when there is none.
 */
public final class EstateFolder {
  /** At most this many files are read from one folder. */
  public static final int MAX_FILES = 10_000;

  /** The sub-folder of scenario files (docs/scenarios.md), which is not read as part of the estate. */
  public static final String SCENARIOS = "scenarios";

  /**
   * The sub-folder of the estate owner's own policy packs (docs/estate-format.md), which is not
   * read as part of the estate either.
   */
  public static final String PACKS = "packs";

  private static final Map<String, NodeKind> NODE_SECTIONS = Map.of(
      "organizations", NodeKind.ORGANIZATION,
      "persons", NodeKind.PERSON,
      "products", NodeKind.PRODUCT,
      "components", NodeKind.COMPONENT,
      "systems", NodeKind.SYSTEM,
      "datasets", NodeKind.DATASET,
      "jurisdictions", NodeKind.JURISDICTION,
      "lists", NodeKind.LIST);

  private final Path root;
  private final Problems problems = new Problems();
  private final NodeReader nodeReader = new NodeReader(problems);
  private final EdgeReader edgeReader = new EdgeReader(problems, nodeReader);
  private final Map<String, Located<Node>> nodes = new LinkedHashMap<>();
  private final Map<String, Located<Source>> sources = new LinkedHashMap<>();
  private final List<EdgeReader.Read> edges = new ArrayList<>();
  private final List<Located<Waiver>> waivers = new ArrayList<>();
  private final List<ProvenanceUse> provenanceUses = new ArrayList<>();
  /** Ids of nodes that failed to load: references to them are not reported again. */
  private final java.util.Set<String> unloaded = new java.util.HashSet<>();
  private String name;
  private String description;
  private String owner;
  private YamlNode estateSection;

  private record Located<T>(T value, YamlNode at) {}

  private record ProvenanceUse(String source, YamlNode at) {}

  private EstateFolder(Path root) {
    this.root = root;
  }

  /**
   * Loads the estate in {@code folder}.
   *
   * @throws InputException listing every problem found, when there is any
   * @throws UncheckedIOException when the folder cannot be listed
   */
  public static Estate load(Path folder) {
    return new EstateFolder(folder).load();
  }

  private Estate load() {
    String shown = root.toString();
    if (!Files.isDirectory(root)) {
      throw new InputException(new Problem(shown, 0, 0,
          Files.exists(root) ? "not a folder: expected an estate folder of YAML files" : "no such folder"));
    }
    List<Path> files = yamlFiles();
    if (files.isEmpty()) {
      throw new InputException(new Problem(shown, 0, 0, "no .yaml or .yml files: expected an estate folder"));
    }
    for (Path file : files) {
      readFile(file);
    }
    if (estateSection == null) {
      problems.add(new Problem(shown, 0, 0, "no file has an 'estate:' section (name and description); expected one, usually in estate.yaml"));
    }
    checkReferences();
    problems.throwIfAny();
    return new Estate(name, description, owner,
        sources.values().stream().map(Located::value).toList(),
        nodes.values().stream().map(Located::value).toList(),
        edges.stream().map(EdgeReader.Read::edge).toList(),
        waivers.stream().map(Located::value).toList());
  }

  private List<Path> yamlFiles() {
    try (Stream<Path> walk = Files.walk(root, 8)) {
      List<Path> files = walk
          .filter(Files::isRegularFile)
          // Scenario files live beside the estate they change, but are not part of it.
          .filter(p -> !root.relativize(p).startsWith(SCENARIOS) && !root.relativize(p).startsWith(PACKS))
          .filter(p -> {
            String file = p.getFileName().toString();
            return file.endsWith(".yaml") || file.endsWith(".yml");
          })
          .sorted()
          .limit(MAX_FILES + 1L)
          .toList();
      if (files.size() > MAX_FILES) {
        throw new InputException(new Problem(root.toString(), 0, 0,
            "more than " + MAX_FILES + " YAML files: expected at most " + MAX_FILES));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list estate folder " + root, e);
    }
  }

  private void readFile(Path file) {
    String shown = root.resolve(root.relativize(file)).toString();
    YamlNode document = YamlDocument.read(file, shown, problems);
    if (document == null) {
      return;
    }
    Fields sections = new Fields(document, "file", problems);
    if (!document.isMapping()) {
      return;
    }
    Defaults defaults = defaults(sections.value("defaults"));
    YamlNode estate = sections.value("estate");
    if (estate != null) {
      readEstate(estate);
    }
    for (YamlNode item : sections.list("sources")) {
      readSource(item);
    }
    for (String section : List.of("jurisdictions", "lists", "organizations", "persons", "products",
        "components", "systems", "datasets")) {
      for (YamlNode item : sections.list(section)) {
        Node node = nodeReader.read(NODE_SECTIONS.get(section), item, defaults);
        if (node != null) {
          addNode(node, item);
        } else if (item.entries().get("id") != null && item.entries().get("id").value().text() != null) {
          unloaded.add(item.entries().get("id").value().text().strip());
        }
      }
    }
    List<YamlNode> edgeItems = sections.list("edges");
    for (int i = 0; i < edgeItems.size(); i++) {
      String fallbackId = root.relativize(file) + "#" + (i + 1);
      EdgeReader.Read read = edgeReader.read(edgeItems.get(i), fallbackId, defaults);
      if (read != null) {
        edges.add(read);
        provenanceUses.add(new ProvenanceUse(read.edge().provenance().source(), sourceValue(read.at())));
      }
    }
    for (YamlNode item : sections.list("waivers")) {
      readWaiver(item, defaults);
    }
    sections.finish();
  }

  private Defaults defaults(YamlNode node) {
    if (node == null) {
      return Defaults.NONE;
    }
    Fields fields = new Fields(node, "defaults", problems);
    String source = fields.text("source");
    LocalDate asOf = fields.date("asOf");
    fields.finish();
    // A default that is given but bad has been reported; the facts relying on it are not reported again.
    return new Defaults(source, asOf, fields.has("source") && source == null, fields.has("asOf") && asOf == null);
  }

  private void readEstate(YamlNode node) {
    if (estateSection != null) {
      problems.at(node, "a second 'estate:' section, expected one (the first is at "
          + estateSection.file() + ":" + estateSection.line() + ")");
      return;
    }
    estateSection = node;
    Fields fields = new Fields(node, "estate", problems);
    name = fields.requiredText("name");
    description = fields.text("description");
    owner = fields.text("owner");
    fields.finish();
  }

  private void readSource(YamlNode item) {
    Fields fields = new Fields(item, "source", problems);
    String id = fields.requiredText("id");
    String title = fields.requiredText("title");
    String publisher = fields.text("publisher");
    String url = fields.text("url");
    LocalDate published = fields.date("published");
    fields.text("notes");
    fields.finish();
    if (id == null || title == null) {
      return;
    }
    Located<Source> previous = sources.putIfAbsent(id, new Located<>(new Source(id, title, publisher, url, published), item));
    if (previous != null) {
      problems.at(item, "source id '" + id + "' is used twice, expected unique ids (first at "
          + previous.at().file() + ":" + previous.at().line() + ")");
    }
  }

  private void addNode(Node node, YamlNode at) {
    Located<Node> previous = nodes.putIfAbsent(node.id(), new Located<>(node, at));
    if (previous != null) {
      problems.at(at, node.kind().label() + " id '" + node.id() + "' is used twice, expected unique ids (first at "
          + previous.at().file() + ":" + previous.at().line() + ")");
    }
    provenanceUses.add(new ProvenanceUse(node.provenance().source(), sourceValue(at)));
    ReplacementCost cost = ReplacementCost.of(node);
    if (cost != null) {
      provenanceUses.add(new ProvenanceUse(cost.provenance().source(),
          sourceValue(at.entries().get(NodeReader.COST).value())));
    }
  }

  /** Where a mapping names its source, for messages about it; the mapping itself when it uses the default. */
  private static YamlNode sourceValue(YamlNode mapping) {
    YamlNode.Entry source = mapping.entries().get("source");
    return source == null ? mapping : source.value();
  }

  private void readWaiver(YamlNode item, Defaults defaults) {
    Fields fields = new Fields(item, "waiver", problems);
    String id = fields.requiredText("id");
    String pack = fields.requiredText("pack");
    String rule = fields.text("rule");
    String subject = fields.requiredText("subject");
    String reason = fields.requiredText("reason");
    String grantedBy = fields.text("grantedBy");
    LocalDate from = fields.date("from");
    LocalDate until = fields.requiredDate("until");
    String source = fields.text("source");
    fields.finish();
    if (id == null || pack == null || subject == null || reason == null || until == null) {
      return;
    }
    if (from != null && !from.isBefore(until)) {
      problems.at(fields.value("until"), "waiver '" + id + "': until " + until + " is not after from " + from);
      return;
    }
    if (source == null) {
      source = defaults.source();
    }
    waivers.add(new Located<>(new Waiver(id, pack, rule, subject, reason, grantedBy, from, until, source), item));
    if (source != null) {
      provenanceUses.add(new ProvenanceUse(source, sourceValue(item)));
    }
  }

  private void checkReferences() {
    for (ProvenanceUse use : provenanceUses) {
      if (!sources.containsKey(use.source())) {
        problems.at(use.at(), "source '" + use.source() + "' is not defined, expected the id of an entry under sources:"
            + Suggestions.didYouMean(use.source(), sources.keySet()));
      }
    }
    Map<String, EdgeReader.Read> edgeIds = new HashMap<>();
    for (EdgeReader.Read read : edges) {
      EdgeReader.Read first = edgeIds.putIfAbsent(read.edge().id(), read);
      if (first != null) {
        problems.at(read.at(), "edge id '" + read.edge().id() + "' is used twice, expected unique ids (first at "
            + first.at().file() + ":" + first.at().line() + ")");
      }
      if (read.edge().terms() instanceof EdgeTerms.DataTransfer transfer && transfer.dataset() != null) {
        Located<Node> dataset = nodes.get(transfer.dataset());
        if (dataset == null && !unloaded.contains(transfer.dataset())) {
          problems.at(read.at(), "transfers_data edge: 'dataset' names '" + transfer.dataset()
              + "', which is not a dataset of this estate" + Suggestions.didYouMean(transfer.dataset(), idsOf(NodeKind.DATASET)));
        } else if (dataset != null && dataset.value().kind() != NodeKind.DATASET) {
          problems.at(read.at(), "transfers_data edge: 'dataset' is " + dataset.value().kind().label() + " '"
              + transfer.dataset() + "', expected a dataset");
        }
      }
    }
    for (EdgeReader.Read read : edges) {
      Edge edge = read.edge();
      Node from = endpoint(edge.from(), read.fromNode(), edge.kind().fromKinds(), edge.kind().label(), "from");
      Node to = endpoint(edge.to(), read.toNode(), edge.kind().toKinds(), edge.kind().label(), "to");
      if (from != null && to != null && edge.from().equals(edge.to())) {
        problems.at(read.at(), edge.kind().label() + " edge from '" + edge.from() + "' to itself, expected two different nodes");
      }
    }
    for (Located<Waiver> waiver : waivers) {
      if (!nodes.containsKey(waiver.value().subject())) {
        problems.at(waiver.at(), "waiver '" + waiver.value().id() + "': subject '" + waiver.value().subject()
            + "' is not a node of this estate" + Suggestions.didYouMean(waiver.value().subject(), nodes.keySet()));
      }
    }
    checkShareTotals();
    if (owner != null && !unloaded.contains(owner)) {
      Located<Node> node = nodes.get(owner);
      if (node == null) {
        problems.at(estateSection, "estate: owner '" + owner + "' is not a node of this estate, expected the id of an"
            + " organization" + Suggestions.didYouMean(owner, idsOf(NodeKind.ORGANIZATION)));
      } else if (node.value().kind() != NodeKind.ORGANIZATION) {
        problems.at(estateSection, "estate: owner '" + owner + "' is " + node.value().kind().label()
            + ", expected an organization");
      }
    }
  }

  private java.util.Set<String> idsOf(NodeKind kind) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    nodes.forEach((id, node) -> {
      if (node.value().kind() == kind) {
        ids.add(id);
      }
    });
    return ids;
  }

  private Node endpoint(String id, YamlNode at, java.util.Set<NodeKind> allowed, String kind, String end) {
    Located<Node> node = nodes.get(id);
    if (node == null && unloaded.contains(id)) {
      return null;
    }
    if (node == null) {
      problems.at(at, kind + " edge: '" + end + "' names '" + id + "', which is not a node of this estate"
          + Suggestions.didYouMean(id, nodes.keySet()));
      return null;
    }
    if (!allowed.contains(node.value().kind())) {
      problems.at(at, kind + " edge: '" + end + "' is " + node.value().kind().label() + " '" + id
          + "', expected " + String.join(" or ", allowed.stream().map(NodeKind::label).toList()));
      return null;
    }
    return node.value();
  }

  /** Known shares held in one entity on one basis may not add up to more than 100 percent on any day. */
  private void checkShareTotals() {
    Map<String, List<EdgeReader.Read>> byHeld = new HashMap<>();
    for (EdgeReader.Read read : edges) {
      if (read.edge().terms() instanceof EdgeTerms.Share share && share.known()) {
        byHeld.computeIfAbsent(read.edge().to() + "/" + share.basis(), k -> new ArrayList<>()).add(read);
      }
    }
    for (List<EdgeReader.Read> holdings : byHeld.values()) {
      for (EdgeReader.Read probe : holdings) {
        LocalDate day = probe.edge().validity().from();
        double total = 0;
        for (EdgeReader.Read other : holdings) {
          boolean overlaps = day == null
              ? other.edge().validity().from() == null
              : other.edge().validity().contains(day);
          if (overlaps) {
            total += ((EdgeTerms.Share) other.edge().terms()).min();
          }
        }
        if (total > 100 + 1e-9) {
          problems.at(probe.at(), "shares held in '" + probe.edge().to() + "' add up to " + total
              + " percent" + (day == null ? "" : " on " + day) + ", expected at most 100");
          break;
        }
      }
    }
  }
}
