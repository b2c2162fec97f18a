package dev.spillover.policy;

import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.Seats;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.Validity;
import dev.spillover.model.Waiver;
import dev.spillover.policy.pack.PackLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: a small estate built one node or edge a line, and packs parsed from YAML text.
 * Edges are numbered {@code e0, e1, ...} in the order they are added.
 *
 * <pre>{@code
 * Estate estate = new TestEstate().org("tencent", "Tencent Holdings Ltd.").product("wechat", "WeChat")
 *     .edge(EdgeKind.DEVELOPS, "tencent", "wechat").build();
 * }</pre>
 */
public final class TestEstate {
  public static final Provenance PROVENANCE = new Provenance("test", LocalDate.of(2020, 1, 1), Confidence.DECLARED);

  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Waiver> waivers = new ArrayList<>();
  private String owner;

  /** An organization with a display name and aliases, seated in no known country. */
  public TestEstate org(String id, String name, String... aliases) {
    return org(id, name, Map.of(), aliases);
  }

  /** An organization with identifiers by scheme. */
  public TestEstate org(String id, String name, Map<String, String> identifiers, String... aliases) {
    return node(new Organization(id, name, List.of(aliases), identifiers, PROVENANCE,
        Organization.OrganizationType.COMPANY, Seats.UNKNOWN, false));
  }

  /** An organization incorporated and headquartered in {@code country}. */
  public TestEstate orgIn(String id, String name, String country) {
    return node(new Organization(id, name, List.of(), Map.of(), PROVENANCE,
        Organization.OrganizationType.COMPANY, new Seats(country, country, null, null), false));
  }

  public TestEstate product(String id, String name) {
    return node(new Product(id, name, List.of(), Map.of(), PROVENANCE, Product.ProductType.APP));
  }

  public TestEstate system(String id) {
    return node(new SystemAsset(id, id, List.of(), Map.of(), PROVENANCE, SystemAsset.Criticality.HIGH, 500L));
  }

  /** A restricted-party list of the estate. */
  public TestEstate list(String id, String name) {
    return node(new RestrictedList(id, name, List.of(), Map.of(), PROVENANCE, "test"));
  }

  public TestEstate node(Node node) {
    nodes.add(node);
    return this;
  }

  /** An always-valid edge without terms (develops, publishes, embeds, listed_on...). */
  public TestEstate edge(EdgeKind kind, String from, String to) {
    return edge(kind, from, to, EdgeTerms.NONE, Validity.ALWAYS);
  }

  public TestEstate edge(EdgeKind kind, String from, String to, EdgeTerms terms, Validity validity) {
    edges.add(new Edge("e" + edges.size(), kind, from, to, validity, PROVENANCE, terms));
    return this;
  }

  /** {@code system} uses {@code product} for {@code purposes}. */
  public TestEstate uses(String system, String product, String... purposes) {
    return edge(EdgeKind.USES, system, product, new EdgeTerms.Usage(List.of(purposes)), Validity.ALWAYS);
  }

  /** {@code holder} owns exactly {@code percent} of {@code held}. */
  public TestEstate owns(String holder, String held, double percent) {
    return edge(EdgeKind.OWNS, holder, held,
        new EdgeTerms.Share(percent, percent, EdgeTerms.ShareBasis.EQUITY), Validity.ALWAYS);
  }

  /** Declares the organization {@code id} the estate's owner. */
  public TestEstate ownedBy(String id) {
    this.owner = id;
    return this;
  }

  public TestEstate waiver(Waiver waiver) {
    waivers.add(waiver);
    return this;
  }

  public Estate build() {
    return new Estate("test", "built by a test", owner, List.of(), nodes, edges, waivers);
  }

  /** Parses a pack from YAML text, named {@code test.yaml} in messages. */
  public static Pack pack(String yaml) {
    return PackLoader.parse(yaml, "test.yaml", "test");
  }
}
