package dev.spillover.policy.scenario;

import dev.spillover.input.Fields;
import dev.spillover.input.InputException;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlDocument;
import dev.spillover.input.YamlNode;
import dev.spillover.model.EdgeTerms;
import dev.spillover.policy.Pack;
import dev.spillover.policy.pack.PackCatalog;
import dev.spillover.policy.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file (see {@code docs/scenarios.md}) and checks it whole: structure, dates,
 * shares, every pack loaded. All or nothing: every problem is reported with the file, line and
 * column, the bad value and what was expected. Whether the ids a change names exist is checked
 * against the estate when the changes are applied ({@link ScenarioChanges#apply}).
 */
public final class ScenarioLoader {
  private static final List<String> KINDS = List.of("list", "share", "waiver-ends", "withdraw");

  private final Problems problems = new Problems();
  private final Path folder;
  private String name = "?";

  private ScenarioLoader(Path folder) {
    this.folder = folder;
  }

  /**
   * Reads the scenario file at {@code path}. A pack is a file (relative to the scenario file's
   * folder first, then as given) or the short name of a bundled pack.
   *
   * @throws InputException listing every problem, when there is any
   */
  public static Scenario read(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    ScenarioLoader loader = new ScenarioLoader(parent);
    if (!Files.isRegularFile(path)) {
      throw new InputException(new dev.spillover.input.Problem(path.toString(), 0, 0,
          Files.exists(path) ? "not a file: expected a scenario file (YAML)" : "no such scenario file"));
    }
    YamlNode root = YamlDocument.read(path, path.toString(), loader.problems);
    loader.problems.throwIfAny();
    return loader.read(root, path.toString());
  }

  private Scenario read(YamlNode root, String origin) {
    Fields top = new Fields(root, "scenario file", problems);
    problems.throwIfAny();
    String scenarioName = top.text("name", s -> s.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}"),
        "a short name: up to 40 letters, digits, spaces, '.', '_' or '-'");
    if (scenarioName == null && !top.has("name")) {
      problems.at(root, "scenario file: missing 'name', expected a short name such as 'as announced'");
    }
    name = scenarioName == null ? "?" : scenarioName;
    String description = top.text("description");
    LocalDate asOf = top.requiredDate("asOf");
    List<Pack> packs = packs(top.value("packs"), root);
    List<ScenarioChange> changes = new ArrayList<>();
    List<YamlNode> items = top.list("changes");
    for (int i = 0; i < items.size(); i++) {
      ScenarioChange change = change(items.get(i), i + 1);
      if (change != null) {
        changes.add(change);
      }
    }
    top.finish();
    problems.throwIfAny();
    return new Scenario(scenarioName, description, origin, packs, asOf, changes);
  }

  private List<Pack> packs(YamlNode node, YamlNode root) {
    String owner = "scenario '" + name + "'";
    if (node == null) {
      problems.at(root, owner + ": missing 'packs', expected a list of pack files or bundled pack names ("
          + String.join(", ", PackCatalog.bundledNames()) + ")");
      return List.of();
    }
    List<YamlNode> items = node.isSequence() ? node.items() : List.of(node);
    if (items.isEmpty() || items.stream().anyMatch(item -> !item.isScalar() || item.text().isBlank())) {
      problems.at(node, owner + ": 'packs' is " + node.describe()
          + ", expected a list of pack files or bundled pack names");
      return List.of();
    }
    List<Pack> packs = new ArrayList<>();
    Map<String, Pack> byId = new HashMap<>();
    for (YamlNode item : items) {
      String given = item.text().strip();
      try {
        Pack pack = load(given);
        if (pack == null) {
          problems.at(item, owner + ": pack '" + given + "' is neither a pack file (beside the scenario file or as given)"
              + " nor a bundled pack, expected a file or one of " + String.join(", ", PackCatalog.bundledNames()));
          continue;
        }
        Pack other = byId.putIfAbsent(pack.id(), pack);
        if (other != null) {
          problems.at(item, owner + ": pack '" + given + "' has the id '" + pack.id() + "' of " + other.origin()
              + ", expected each pack once");
        } else {
          packs.add(pack);
        }
      } catch (InputException e) {
        e.problems().forEach(problems::add);
      }
    }
    return packs;
  }

  private Pack load(String given) {
    Path beside = folder == null ? null : folder.resolve(given);
    if (beside != null && Files.isRegularFile(beside)) {
      return PackLoader.read(beside);
    }
    if (Files.isRegularFile(Path.of(given))) {
      return PackLoader.read(Path.of(given));
    }
    return PackCatalog.bundledNames().contains(given) ? PackCatalog.bundled(given) : null;
  }

  private ScenarioChange change(YamlNode item, int number) {
    String owner = "scenario '" + name + "', change " + number;
    Fields fields = new Fields(item, owner, problems);
    if (!item.isMapping()) {
      return null;
    }
    ScenarioChange.Place place = new ScenarioChange.Place(item.file(), item.line(), item.column());
    String kind = fields.text("change", KINDS::contains, "one of " + String.join(", ", KINDS));
    if (kind == null) {
      if (!fields.has("change")) {
        problems.at(item, owner + ": missing 'change', expected one of " + String.join(", ", KINDS));
      }
      return null;
    }
    owner = owner + " (" + kind + ")";
    fields = new Fields(item, owner, problems);
    fields.value("change");
    String reason = fields.requiredText("reason");
    String source = fields.text("source");
    ScenarioChange change = switch (kind) {
      case "list" -> {
        String party = fields.requiredText("party");
        String list = fields.requiredText("list");
        LocalDate from = fields.date("from");
        yield party == null || list == null || reason == null ? null
            : new ScenarioChange.AddToList(place, number, party, list, from, reason, source);
      }
      case "share" -> share(fields, owner, place, number, reason, source);
      case "waiver-ends" -> {
        String waiver = fields.requiredText("waiver");
        LocalDate on = fields.requiredDate("on");
        yield waiver == null || on == null || reason == null ? null
            : new ScenarioChange.EndWaiver(place, number, waiver, on, reason, source);
      }
      default -> {
        String vendor = fields.requiredText("vendor");
        String product = fields.text("product");
        LocalDate from = fields.requiredDate("from");
        yield vendor == null || from == null || reason == null ? null
            : new ScenarioChange.Withdraw(place, number, vendor, product, from, reason, source);
      }
    };
    fields.finish();
    return change;
  }

  private ScenarioChange share(Fields fields, String owner, ScenarioChange.Place place, int number, String reason,
      String source) {
    String holder = fields.requiredText("owner");
    String owned = fields.requiredText("owned");
    Double exact = fields.number("share", 0, 100);
    Double min = fields.number("shareMin", 0, 100);
    Double max = fields.number("shareMax", 0, 100);
    EdgeTerms.ShareBasis basis = fields.choice("basis", EdgeTerms.ShareBasis.class, EdgeTerms.ShareBasis.EQUITY);
    LocalDate from = fields.date("from");
    boolean hasExact = fields.has("share");
    boolean hasRange = fields.has("shareMin") || fields.has("shareMax");
    if (hasExact == hasRange) {
      problems.at(fields.node(), owner + ": " + (hasExact ? "both 'share' and 'shareMin'/'shareMax'" : "no share")
          + ", expected either 'share' (percent) or 'shareMin' and 'shareMax' (a range)");
      return null;
    }
    if (hasRange && (fields.has("shareMin") != fields.has("shareMax"))) {
      problems.at(fields.node(), owner + ": a range needs both 'shareMin' and 'shareMax'");
      return null;
    }
    if (hasRange && min != null && max != null && min > max) {
      problems.at(fields.value("shareMin"), owner + ": 'shareMin' " + min + " is above 'shareMax' " + max
          + ", expected shareMin <= shareMax");
      return null;
    }
    if (holder == null || owned == null || reason == null || basis == null || (hasExact ? exact == null : min == null || max == null)) {
      return null;
    }
    return new ScenarioChange.SetShare(place, number, holder, owned, hasExact ? exact : min, hasExact ? exact : max,
        basis, from, reason, source);
  }
}
