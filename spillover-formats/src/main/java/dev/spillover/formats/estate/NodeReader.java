package dev.spillover.formats.estate;

import dev.spillover.input.Fields;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlNode;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Countries;
import dev.spillover.model.Dataset;
import dev.spillover.model.Jurisdiction;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.ReplacementCost;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.Seats;
import dev.spillover.model.SystemAsset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one node mapping of a given kind; returns null (with problems recorded) when it is bad. */
final class NodeReader {
  /** Ids are short, stable and safe in URLs and file names. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}");

  /** The key of an asset's declared replacement cost. */
  static final String COST = "replacementCost";

  /** An exact, non-negative decimal amount: digits (grouped by _ if wished), an optional fraction. */
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(_[0-9]+)*(\\.[0-9]+)?");

  /** The kinds that may declare a replacement cost. */
  private static final Set<NodeKind> ASSETS = EnumSet.of(NodeKind.PRODUCT, NodeKind.COMPONENT, NodeKind.SYSTEM);

  private final Problems problems;

  NodeReader(Problems problems) {
    this.problems = problems;
  }

  Node read(NodeKind kind, YamlNode item, Defaults defaults) {
    YamlNode.Entry idEntry = item.entries().get("id");
    String shownId = idEntry == null || idEntry.value().text() == null ? null : idEntry.value().text().strip();
    Fields named = new Fields(item, kind.label() + (shownId == null ? "" : " '" + shownId + "'"), problems);
    if (!item.isMapping()) {
      return null;
    }
    String id = named.requiredText("id");
    if (id != null && !ID.matcher(id).matches()) {
      problems.at(named.value("id"), kind.label() + ": id '" + id
          + "' is not usable, expected letters, digits and . _ : / @ + - (starting with a letter or digit)");
      id = null;
    }
    String name = named.requiredText("name");
    List<String> aliases = named.texts("aliases");
    Map<String, String> identifiers = named.textMap("identifiers");
    named.text("notes");
    Provenance provenance = provenance(named, defaults);
    ReplacementCost cost = ASSETS.contains(kind) ? replacementCost(named, provenance) : null;
    Node node = switch (kind) {
      case ORGANIZATION -> new Organization(id, name, aliases, identifiers, provenance,
          named.choice("type", Organization.OrganizationType.class, Organization.OrganizationType.COMPANY),
          new Seats(country(named, "incorporatedIn"), country(named, "headquarteredIn"),
              country(named, "principalPlaceOfBusiness"), country(named, "domiciledIn")),
          Boolean.TRUE.equals(named.bool("stateOwned", false)));
      case PERSON -> new Person(id, name, aliases, identifiers, provenance,
          countries(named, "nationalities"), new Seats(null, null, null, country(named, "domiciledIn")));
      case PRODUCT -> new Product(id, name, aliases, identifiers, provenance,
          named.choice("type", Product.ProductType.class, Product.ProductType.OTHER), cost);
      case COMPONENT -> new Component(id, name, aliases, identifiers, provenance, named.text("version"), Map.of(),
          cost);
      case SYSTEM -> new SystemAsset(id, name, aliases, identifiers, provenance,
          named.choice("criticality", SystemAsset.Criticality.class, SystemAsset.Criticality.MEDIUM),
          named.count("users"), cost);
      case DATASET -> new Dataset(id, name, aliases, identifiers, provenance,
          categories(named), named.count("persons"), named.count("devices"));
      case JURISDICTION -> new Jurisdiction(id, name, aliases, identifiers, provenance);
      case LIST -> new RestrictedList(id, name, aliases, identifiers, provenance, named.text("publisher"));
    };
    if (kind == NodeKind.JURISDICTION && id != null && !Countries.isKnown(id)) {
      problems.at(named.value("id"), "jurisdiction: id '" + id + "' is not an ISO 3166-1 alpha-2 country code");
    }
    named.finish();
    return id == null || name == null || provenance == null ? null : node;
  }

  /**
   * Reads an asset's {@code replacementCost} mapping: {@code amount} and {@code currency}, and the
   * figure's own {@code source}, {@code asOf} and {@code confidence}, which default to the node's.
   * Null when absent or bad (with problems recorded).
   */
  private ReplacementCost replacementCost(Fields node, Provenance nodeProvenance) {
    YamlNode value = node.value(COST);
    if (value == null) {
      return null;
    }
    Fields fields = new Fields(value, node.what() + ": '" + COST + "'", problems);
    if (!value.isMapping()) {
      return null;
    }
    BigDecimal amount = amount(fields);
    String currency = fields.requiredText("currency");
    if (currency != null && !ReplacementCost.isCurrencyCode(currency)) {
      problems.at(fields.value("currency"), fields.what() + ": 'currency' is '" + currency
          + "', expected an ISO 4217 currency code in capitals, such as USD, EUR or CNY");
      currency = null;
    }
    fields.text("notes");
    // The figure's own source and date, else the node's; a node whose provenance is bad has been reported.
    Defaults inherited = nodeProvenance == null ? new Defaults(null, null, true, true)
        : new Defaults(nodeProvenance.source(), nodeProvenance.asOf(), false, false);
    Provenance provenance = provenance(fields, inherited);
    fields.finish();
    if (amount == null || currency == null || provenance == null) {
      return null;
    }
    return new ReplacementCost(amount, currency, provenance);
  }

  private BigDecimal amount(Fields fields) {
    YamlNode value = fields.value("amount");
    if (value == null) {
      problems.at(fields.node(), fields.what() + ": missing 'amount' (what replacing the asset would cost, such as 250000)");
      return null;
    }
    if (value.isScalar() && AMOUNT.matcher(value.text().strip()).matches()) {
      return new BigDecimal(value.text().strip().replace("_", ""));
    }
    problems.at(value, fields.what() + ": 'amount' is " + value.describe()
        + ", expected an exact amount of 0 or more in digits, such as 250000 or 1250.50 (no sign, exponent or separators but _)");
    return null;
  }

  /** Reads source, asOf and confidence, falling back to the file's defaults. */
  Provenance provenance(Fields fields, Defaults defaults) {
    String source = fields.text("source");
    LocalDate asOf = fields.date("asOf");
    Confidence confidence = fields.choice("confidence", Confidence.class, Confidence.DECLARED);
    boolean complete = true;
    if (source == null && !fields.has("source")) {
      source = defaults.source();
      if (source == null && defaults.sourceBad()) {
        complete = false;
      } else if (source == null) {
        problems.at(fields.node(), fields.what() + ": missing 'source' (the id of an entry under sources:), and the file has no defaults.source");
        complete = false;
      }
    }
    if (asOf == null && !fields.has("asOf")) {
      asOf = defaults.asOf();
      if (asOf == null && defaults.asOfBad()) {
        complete = false;
      } else if (asOf == null) {
        problems.at(fields.node(), fields.what() + ": missing 'asOf' (the date the source states the fact for, YYYY-MM-DD), and the file has no defaults.asOf");
        complete = false;
      }
    }
    if (!complete || source == null || asOf == null || confidence == null) {
      return null;
    }
    return new Provenance(source, asOf, confidence);
  }

  private String country(Fields fields, String key) {
    return fields.text(key, Countries::isKnown, "an ISO 3166-1 alpha-2 country code such as US, CN or HK");
  }

  private List<String> countries(Fields fields, String key) {
    YamlNode value = fields.value(key);
    List<String> codes = fields.texts(key);
    for (String code : codes) {
      if (!Countries.isKnown(code)) {
        problems.at(value, fields.what() + ": '" + key + "' contains '" + code + "', expected ISO 3166-1 alpha-2 country codes");
      }
    }
    return codes.stream().filter(Countries::isKnown).toList();
  }

  private Set<Dataset.DataCategory> categories(Fields fields) {
    Set<Dataset.DataCategory> categories = EnumSet.noneOf(Dataset.DataCategory.class);
    YamlNode value = fields.value("categories");
    for (String text : fields.texts("categories")) {
      Dataset.DataCategory category = Fields.parseChoice(text, Dataset.DataCategory.class);
      if (category == null) {
        problems.at(value, "dataset: category '" + text + "' is unknown, expected one of "
            + String.join(", ", Fields.choices(Dataset.DataCategory.class)));
      } else {
        categories.add(category);
      }
    }
    return categories;
  }
}
