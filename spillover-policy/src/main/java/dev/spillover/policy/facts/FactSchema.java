package dev.spillover.policy.facts;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every fact a rule condition can use, declared once. Two variables are in scope: {@code subject},
 * the node the rule looks at, and (in rules over exposures) {@code exposure}, one party the subject
 * is exposed to with the path that explains it; plus {@code asOf}, the evaluation date as
 * {@code YYYY-MM-DD} text.
 */
public final class FactSchema {
  /** A fact: its name inside its type, its CEL type as written in docs, what it means, an example condition. */
  public record Fact(String name, CelType type, String typeName, String meaning, String example) {}

  private static final CelType STRINGS = ListType.create(SimpleType.STRING);
  private static final CelType STRING_MAP = MapType.create(SimpleType.STRING, SimpleType.STRING);
  private static final CelType SHARE_MAP = MapType.create(SimpleType.STRING, SimpleType.DOUBLE);
  private static final CelType FLAG_MAP = MapType.create(SimpleType.STRING, SimpleType.BOOL);

  /**
   * The facts of one data volume ({@code subject.dataVolumes}, {@code exposure.dataVolumes}): the
   * data-flow analysis of docs/data-flows.md, over the 12 months ending on the date, with the bulk
   * thresholds of the packs applied.
   */
  public static final List<Fact> DATA_VOLUME = List.of(
      fact("dataset", SimpleType.STRING, "string", "id of the dataset", "subject.dataVolumes.exists(v, v.dataset == subject.id)"),
      fact("category", SimpleType.STRING, "string", "one of the dataset's data categories",
          "exposure.dataVolumes.exists(v, v.category == 'precise-geolocation')"),
      fact("country", SimpleType.STRING, "string", "ISO code of a country a recipient of the data is tied to",
          "subject.dataVolumes.exists(v, v.country in ['CN', 'HK', 'MO'])"),
      fact("ties", STRINGS, "list(string)",
          "how the recipients are tied to that country: incorporation, headquarters, principal-place, domicile, "
              + "nationality",
          "subject.dataVolumes.exists(v, 'principal-place' in v.ties && v.country == 'CN')"),
      fact("unit", SimpleType.STRING, "string",
          "what count and total count: devices when the category's bulk threshold counts devices, else persons",
          "subject.dataVolumes.exists(v, v.unit == 'devices' && v.count > 1000)"),
      fact("count", SimpleType.INT, "int",
          "how much of this dataset reached that country (the most any of its flows carried there) or, on an "
              + "exposure, that recipient; 0 when unknown",
          "exposure.dataVolumes.exists(v, v.count > 1000)"),
      fact("total", SimpleType.INT, "int",
          "how much of the category reached that country from every dataset together (the per-country summary; "
              + "unknown counts add nothing)",
          "subject.dataVolumes.exists(v, v.total > 100000)"),
      fact("crossed", SimpleType.BOOL, "bool",
          "the per-country total is over the category's threshold (or any volume when the threshold says so) and "
              + "the country is one the thresholds apply to: a summary, not the rule's test (see recipientCrossed)",
          "subject.dataVolumes.exists(v, v.crossed && v.country == 'CN')"),
      fact("status", SimpleType.STRING, "string",
          "of the per-country total: crossed, below (at or below, every count known), unknown (at or below on the "
              + "counts known, some unknown), no-threshold (no pack gives one) or out-of-scope (the thresholds "
              + "do not apply to that country)",
          "exposure.dataVolumes.exists(v, v.status in ['crossed', 'unknown'])"),
      fact("recipientTotal", SimpleType.INT, "int",
          "how much of the category reached the recipient from every dataset together: the aggregation of "
              + "28 CFR 202.205, per recipient (on a dataset's volume, the largest among its recipients tied to "
              + "the country)",
          "exposure.dataVolumes.exists(v, v.recipientTotal > 1000)"),
      fact("recipientCrossed", SimpleType.BOOL, "bool",
          "the per-recipient total is bulk and the recipient is one the thresholds apply to (a covered person "
              + "of the pack's bulk-recipients aggregate): the test that decides",
          "exposure.dataVolumes.exists(v, v.recipientCrossed)"),
      fact("recipientStatus", SimpleType.STRING, "string",
          "of the per-recipient total, with the values of status (on a dataset's volume, the gravest among its "
              + "recipients tied to the country)",
          "exposure.dataVolumes.exists(v, v.recipientStatus == 'out-of-scope')"));

  /** The CEL type of a data volume. */
  public static final StructType DATA_VOLUME_TYPE = struct("spillover.DataVolume", DATA_VOLUME, Map.of());

  /**
   * The facts of one CIA dimension ({@code subject.cia.integrity}, {@code exposure.cia.availability},
   * ...): the level the CIA rules of docs/cia.md give it, and why.
   */
  public static final List<Fact> CIA_LEVEL = List.of(
      fact("level", SimpleType.STRING, "string", "none, low, medium or high: the highest level of the CIA rules that hold",
          "subject.cia.integrity.level == 'high'"),
      fact("rank", SimpleType.INT, "int", "the level as a number to compare: none 0, low 1, medium 2, high 3",
          "subject.cia.availability.rank >= 2"),
      fact("rules", STRINGS, "list(string)", "ids of the CIA rules at that level that hold, in the rules file's order",
          "'i-remote-change' in subject.cia.integrity.rules"),
      fact("reasons", STRINGS, "list(string)", "the reasons of those rules, in the same order",
          "subject.cia.confidentiality.reasons.size() > 0"),
      fact("parties", STRINGS, "list(string)",
          "ids of the parties through which the level is reached (on an exposure, its party; empty at none)",
          "exposure.party.id in subject.cia.integrity.parties"));

  /** The CEL type of one CIA dimension. */
  public static final StructType CIA_LEVEL_TYPE = struct("spillover.CiaLevel", CIA_LEVEL, Map.of());

  /** The three dimensions of a CIA assessment ({@code subject.cia}, {@code exposure.cia}). */
  public static final List<Fact> CIA = List.of(
      fact("confidentiality", null, "level", "what data of the subject's the party can reach",
          "exposure.cia.confidentiality.level == 'high'"),
      fact("integrity", null, "level",
          "whether the party can change the subject's code, firmware or configuration",
          "exposure.cia.integrity.rank >= 2 && 'ndaa-889-covered' in exposure.party.lists"),
      fact("availability", null, "level", "whether the subject stops if either side cuts the party's supply",
          "subject.cia.availability.level == 'high' && subject.criticality == 'critical'"));

  /** The CEL type of a CIA assessment. */
  public static final StructType CIA_TYPE = struct("spillover.Cia", CIA, Map.of("confidentiality", CIA_LEVEL_TYPE,
      "integrity", CIA_LEVEL_TYPE, "availability", CIA_LEVEL_TYPE));

  /**
   * The facts of one critical-infrastructure measure ({@code subject.ci.trustworthiness}, ...): the
   * level the rules of docs/critical-infrastructure.md give it, and why.
   */
  public static final List<Fact> CI_MEASURE = List.of(
      fact("level", SimpleType.STRING, "string",
          "none, low, medium or high: high unless a rule that holds caps it; else the lowest cap",
          "subject.ci.resilience.level in ['none', 'low']"),
      fact("rank", SimpleType.INT, "int", "the level as a number to compare: none 0, low 1, medium 2, high 3",
          "subject.ci.trustworthiness.rank <= 1"),
      fact("rules", STRINGS, "list(string)", "ids of the rules at that level that hold, in the rules file's order",
          "'t-listed-party' in subject.ci.trustworthiness.rules"),
      fact("reasons", STRINGS, "list(string)", "the reasons of those rules, in the same order",
          "subject.ci.detection.reasons.size() > 0"),
      fact("components", STRINGS, "list(string)",
          "ids of the key components on which a rule at that level held (empty for rules over the asset)",
          "'sdk' in subject.ci.trustworthiness.components"));

  /** The CEL type of one critical-infrastructure measure. */
  public static final StructType CI_MEASURE_TYPE = struct("spillover.CiMeasure", CI_MEASURE, Map.of());

  /** The three critical-infrastructure measures of a subject ({@code subject.ci}). */
  public static final List<Fact> CI = List.of(
      fact("trustworthiness", null, "measure", "how far the key components can be trusted, from who supplies them",
          "subject.ci.trustworthiness.level == 'low'"),
      fact("detection", null, "measure", "whether the estate declares monitoring of the asset and its key components",
          "subject.ci.detection.rank < 2"),
      fact("resilience", null, "measure", "whether the asset can recover: backups, substitutes",
          "subject.ci.resilience.level == 'none' && subject.criticality == 'critical'"),
      fact("keyComponents", STRINGS, "list(string)", "ids of the asset's key components, nearest first",
          "subject.ci.keyComponents.size() > 0"));

  /** The CEL type of the critical-infrastructure measures. */
  public static final StructType CI_TYPE = struct("spillover.Ci", CI, Map.of("trustworthiness", CI_MEASURE_TYPE,
      "detection", CI_MEASURE_TYPE, "resilience", CI_MEASURE_TYPE));

  /** The facts of a node, as {@code subject} and as {@code exposure.party} or {@code exposure.products[i]}. */
  public static final List<Fact> NODE = List.of(
      fact("id", SimpleType.STRING, "string", "the node's id in the estate", "subject.id == 'acme-pos'"),
      fact("name", SimpleType.STRING, "string", "the display name", "exposure.party.name == 'Tencent Holdings Ltd.'"),
      fact("ours", SimpleType.BOOL, "bool",
          "the node belongs to the estate's owner: every system and dataset, and the products and components "
              + "the owner (or an organization it controls) develops, publishes, manufactures, operates or owns; "
              + "true for every node when the estate declares no owner",
          "subject.ours"),
      fact("kind", SimpleType.STRING, "string",
          "organization, person, product, component, system or dataset", "subject.kind == 'system'"),
      fact("type", SimpleType.STRING, "string",
          "organization type (company, state-body, fund, other) or product type (app, software, sdk, device, "
              + "network-service, cloud-service, payment-service, other); empty for other kinds",
          "exposure.products.exists(p, p.type == 'device')"),
      fact("aliases", STRINGS, "list(string)", "other names, in any script", "'WeChat' in subject.aliases"),
      fact("identifiers", STRING_MAP, "map(string, string)",
          "identifiers by scheme (lei, purl, appId, cpe, ...)",
          "exposure.party.identifiers.exists(k, k == 'lei')"),
      fact("incorporatedIn", SimpleType.STRING, "string",
          "ISO 3166 code of the jurisdiction of incorporation (organized under the laws of); empty when unknown",
          "exposure.party.incorporatedIn == 'KY'"),
      fact("headquarteredIn", SimpleType.STRING, "string", "ISO code of the headquarters; empty when unknown",
          "exposure.party.headquarteredIn == 'CN'"),
      fact("principalPlaceOfBusiness", SimpleType.STRING, "string",
          "ISO code of the principal place of business; empty when unknown",
          "exposure.party.principalPlaceOfBusiness in ['CN', 'HK']"),
      fact("domiciledIn", SimpleType.STRING, "string", "ISO code of the domicile; empty when unknown",
          "exposure.party.domiciledIn == 'CN'"),
      fact("countries", STRINGS, "list(string)",
          "every distinct jurisdiction above (and a person's nationalities), without empty values",
          "exposure.party.countries.exists(c, c in ['CN', 'HK', 'MO'])"),
      fact("stateOwned", SimpleType.BOOL, "bool", "declared state-owned", "exposure.party.stateOwned"),
      fact("lists", STRINGS, "list(string)",
          "ids of the lists the node is on as of the date: declared listed_on edges, matches against "
              + "the lists of the loaded packs, and screening matches against the lists of assess --list",
          "'ndaa-889-covered' in exposure.party.lists"),
      fact("criticality", SimpleType.STRING, "string",
          "a system's criticality (low, medium, high, critical); empty for other kinds",
          "subject.criticality in ['high', 'critical']"),
      fact("users", SimpleType.INT, "int", "a system's number of users; 0 when unknown", "subject.users > 1000"),
      fact("categories", STRINGS, "list(string)",
          "a dataset's data categories (precise-geolocation, biometric, human-genomic, human-omic, health, "
              + "financial, covered-personal-identifiers, government-related, other)",
          "'precise-geolocation' in subject.categories"),
      fact("persons", SimpleType.INT, "int", "persons a dataset covers; 0 when unknown", "subject.persons > 1000"),
      fact("devices", SimpleType.INT, "int", "devices a dataset covers; 0 when unknown", "subject.devices > 1000"),
      fact("heldMin", SHARE_MAP, "map(string, double)",
          "for each holding test of the loaded packs (by its id): the share of the node held directly or indirectly "
              + "(look-through) by the parties that meet the test, percent, lower bound; 100 for such a party itself",
          "'pafaca-foreign-adversary' in subject.heldMin && subject.heldMin['pafaca-foreign-adversary'] >= 20.0"),
      fact("heldMax", SHARE_MAP, "map(string, double)",
          "the same share, upper bound: unknown holdings, and declared control without a known holding, count as "
              + "up to 100",
          "'pafaca-foreign-adversary' in subject.heldMax && subject.heldMax['pafaca-foreign-adversary'] >= 20.0"),
      fact("aggregateOwned", FLAG_MAP, "map(string, bool)",
          "for each aggregate-ownership declaration of the loaded packs (by its id): the node is owned 50 percent "
              + "or more in aggregate, directly, by the declaration's seeds and the entities so owned (the OFAC and "
              + "BIS aggregate rule; holdings at their lower bounds); false for a seed that is not so owned itself",
          "'dsp-covered' in exposure.party.aggregateOwned && exposure.party.aggregateOwned['dsp-covered']"),
      fact("aggregatePossiblyOwned", FLAG_MAP, "map(string, bool)",
          "the same with holdings at their upper bounds: unknown holdings, and declared control without a known "
              + "holding, count as up to 100",
          "'dsp-covered' in subject.aggregatePossiblyOwned && subject.aggregatePossiblyOwned['dsp-covered']"),
      fact("dataVolumes", null, "list(volume)",
          "a dataset's data volumes: for each of its categories and each country its data reached in the 12 months "
              + "ending on the date (directly or onward), one volume (facts below); empty for other kinds",
          "subject.dataVolumes.exists(v, v.crossed && v.country in ['CN', 'HK', 'MO'])"),
      fact("cia", null, "cia",
          "as subject: the CIA assessment of docs/cia.md over its exposures to listed parties (parties with at "
              + "least one entry in lists), each dimension at the highest level any of them reaches; all none as "
              + "exposure.party or in exposure.products",
          "subject.cia.integrity.level == 'high'"),
      fact("ci", null, "ci",
          "as subject (a product, component or system): the critical-infrastructure measures of "
              + "docs/critical-infrastructure.md; every level high, with no rules, for other kinds, when no live "
              + "condition names ci, and as exposure.party or in exposure.products",
          "subject.ci.resilience.level == 'none'"));

  /** The facts of one exposure of the subject to a party. */
  public static final List<Fact> EXPOSURE = List.of(
      fact("party", null, "node", "the organization or person the subject is exposed to (facts as for subject)",
          "exposure.party.stateOwned"),
      fact("depth", SimpleType.INT, "int", "steps on the shortest path; 0 when the subject is the party",
          "exposure.depth <= 3"),
      fact("via", STRINGS, "list(string)",
          "edge kinds along the shortest path, in order (uses, depends_on, embeds, hosted_in, transfers_data, "
              + "develops, publishes, manufactures, operates, owns, controls)",
          "'embeds' in exposure.via"),
      fact("products", null, "list(node)", "the products and components on the path, nearest first",
          "exposure.products.exists(p, p.name == 'WeChat')"),
      fact("purposes", STRINGS, "list(string)", "purposes declared on the uses edges of the path",
          "'payments' in exposure.purposes"),
      fact("role", SimpleType.STRING, "string",
          "how the path first reaches a party: develops, publishes, manufactures, operates, owns (a product), "
              + "hosted_in, transfers_data, or self when the subject is the party",
          "exposure.role in ['develops', 'publishes']"),
      fact("attributedTo", SimpleType.STRING, "string",
          "id of the party that role points at: the developer, publisher, manufacturer, operator or owner of the "
              + "product reached, or the recipient of the data (each onward recipient in turn)",
          "exposure.attributedTo == exposure.party.id"),
      fact("controls", SimpleType.BOOL, "bool",
          "the party is the attributed party or controls it: declared control, or more than 50 percent held "
              + "(lower bounds) by the party together with the entities it already controls",
          "exposure.controls"),
      fact("shareMin", SimpleType.DOUBLE, "double",
          "look-through share of the party in the attributed party, percent, lower bound (100 when the same), "
              + "rounded to nine decimals",
          "exposure.shareMin >= 20.0"),
      fact("shareMax", SimpleType.DOUBLE, "double",
          "look-through share, percent, upper bound: unknown holdings, and declared control without a known "
              + "holding, count as up to 100",
          "exposure.shareMax >= 50.0"),
      fact("dataCategories", STRINGS, "list(string)",
          "categories of the datasets whose transfers are on the path", "'precise-geolocation' in exposure.dataCategories"),
      fact("dataVolumes", null, "list(volume)",
          "when role is transfers_data: for each dataset whose transfers are on the path and that reached the "
              + "attributed recipient in the 12 months ending on the date, each of its categories and each country "
              + "the recipient is tied to, one volume (count: what reached this recipient); empty otherwise",
          "exposure.dataVolumes.exists(v, v.crossed)"),
      fact("changes", STRINGS, "list(string)",
          "how the attributed party can change in place what it supplies: the changes (auto-update, remote-config, "
              + "firmware-update) declared on the last uses, depends_on or embeds edge before the path reaches it",
          "'auto-update' in exposure.changes"),
      fact("substituted", SimpleType.BOOL, "bool",
          "a product, component or system on the path (after the subject) has a declared substitute (an edge "
              + "S substitutes it) that the attributed party does not itself develop, publish, manufacture, operate "
              + "or own",
          "!exposure.substituted"),
      fact("cia", null, "cia",
          "the CIA assessment of docs/cia.md of this exposure: each dimension at the highest level of the CIA "
              + "rules that hold on it",
          "exposure.cia.integrity.level == 'high'"));

  /** The CEL type of a node. */
  public static final StructType NODE_TYPE = struct("spillover.Node", NODE,
      Map.of("dataVolumes", ListType.create(DATA_VOLUME_TYPE), "cia", CIA_TYPE, "ci", CI_TYPE));

  /**
   * The facts of a component the asset relies on ({@code component}, each of {@code asset.components}),
   * seen by the critical-infrastructure rules only.
   */
  public static final List<Fact> KEY_COMPONENT = List.of(
      fact("node", null, "node", "the product, component or system (facts as for subject)",
          "component.node.type == 'sdk'"),
      fact("depth", SimpleType.INT, "int", "steps from the asset on the shortest uses, depends_on or embeds path",
          "component.depth == 1"),
      fact("via", STRINGS, "list(string)", "the edge kinds of that path, in order", "'embeds' in component.via"),
      fact("scopes", STRINGS, "list(string)", "the scopes of the depends_on edges of that path that declare one",
          "component.scopes.all(s, s != 'optional')"),
      fact("changes", STRINGS, "list(string)",
          "the changes (auto-update, remote-config, firmware-update) declared on the last edge of that path",
          "'auto-update' in component.changes"),
      fact("parties", null, "list(node)",
          "the organizations and persons the asset is exposed to through this component, as the exposure "
              + "analysis finds them: who develops, publishes, manufactures, operates or owns it, and who owns or "
              + "controls them",
          "component.parties.exists(p, p.lists.size() > 0)"),
      fact("monitoredBy", STRINGS, "list(string)", "ids of the nodes with a monitors edge to the component",
          "component.monitoredBy.size() > 0"),
      fact("backedUpBy", STRINGS, "list(string)", "ids of the nodes with a backs_up edge to the component",
          "component.backedUpBy.size() > 0"),
      fact("substitutes", STRINGS, "list(string)", "ids of the declared substitutes of the component (S substitutes it)",
          "component.substitutes.size() > 0"),
      fact("substituted", SimpleType.BOOL, "bool",
          "the component, or a component between the asset and it, has a declared substitute (replacing that one "
              + "replaces what it brings with it)",
          "!component.substituted"));

  /** The CEL type of a key component. */
  public static final StructType KEY_COMPONENT_TYPE = struct("spillover.KeyComponent", KEY_COMPONENT,
      Map.of("node", NODE_TYPE, "parties", ListType.create(NODE_TYPE)));

  /** The facts of the asset the critical-infrastructure rules score ({@code asset}). */
  public static final List<Fact> ASSET = List.of(
      fact("parties", null, "list(node)",
          "the organizations and persons that supply the asset itself (develop, publish, manufacture, operate or "
              + "own it), and who owns or controls them",
          "asset.parties.exists(p, p.lists.size() > 0)"),
      fact("monitoredBy", STRINGS, "list(string)", "ids of the nodes with a monitors edge to the asset",
          "asset.monitoredBy.size() > 0"),
      fact("backedUpBy", STRINGS, "list(string)", "ids of the nodes with a backs_up edge to the asset",
          "asset.backedUpBy.size() > 0"),
      fact("substitutes", STRINGS, "list(string)", "ids of the declared substitutes of the asset",
          "asset.substitutes.size() > 0"),
      fact("components", null, "list(component)", "the asset's key components (the rules file's key condition), nearest first",
          "asset.components.all(c, c.monitoredBy.size() > 0)"));

  /** The CEL type of the asset. */
  public static final StructType ASSET_TYPE = struct("spillover.Asset", ASSET,
      Map.of("parties", ListType.create(NODE_TYPE), "components", ListType.create(KEY_COMPONENT_TYPE)));

  /** The CEL type of an exposure. */
  public static final StructType EXPOSURE_TYPE = struct("spillover.Exposure", EXPOSURE, Map.of("party", NODE_TYPE,
      "products", ListType.create(NODE_TYPE), "dataVolumes", ListType.create(DATA_VOLUME_TYPE), "cia", CIA_TYPE));

  private FactSchema() {}

  /** Resolves the struct types for the CEL checker. */
  public static CelTypeProvider typeProvider() {
    return new CelTypeProvider() {
      @Override
      public ImmutableCollection<CelType> types() {
        return ImmutableList.of(NODE_TYPE, EXPOSURE_TYPE, DATA_VOLUME_TYPE, CIA_TYPE, CIA_LEVEL_TYPE, CI_TYPE,
            CI_MEASURE_TYPE, KEY_COMPONENT_TYPE, ASSET_TYPE);
      }

      @Override
      public Optional<CelType> findType(String name) {
        return types().stream().filter(t -> t.name().equals(name)).findFirst();
      }
    };
  }

  private static Fact fact(String name, CelType type, String typeName, String meaning, String example) {
    return new Fact(name, type, typeName, meaning, example);
  }

  private static StructType struct(String name, List<Fact> facts, Map<String, CelType> structured) {
    Map<String, CelType> types = new LinkedHashMap<>();
    for (Fact fact : facts) {
      types.put(fact.name(), fact.type() != null ? fact.type() : structured.get(fact.name()));
    }
    return StructType.create(name, ImmutableSet.copyOf(types.keySet()), field -> Optional.ofNullable(types.get(field)));
  }
}
