package dev.spillover.formats.origin;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Organization;
import dev.spillover.model.Provenance;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the origin tables to work on an SBOM: every package of the SBOM (an entry with a package
 * URL) that the SBOM names nobody behind (no supplier, publisher, manufacturer or author) gets the
 * organization the tables attribute it to, as a {@code publishes} edge carrying the table entry's
 * source, date and confidence. Packs then see that organization as they see an SBOM's own
 * supplier: a package under {@code com.huawei.hms} is published by Huawei, and a list naming
 * Huawei reaches it. The SBOM's own word wins: an entry with a declared party is left alone.
 *
 * <p>The organization node is {@code org:} and the table's name for it, the id the SBOM importers
 * give a party of that name, so that the same organization named by an SBOM and by a table is one
 * node. Like an SBOM's parties it is {@linkplain EstateAssembler#namedParty known by name only}: an
 * organization another input defines under that name or alias becomes the publisher instead. Its
 * sources are registered as {@code origin-table:} and the entry's source.
 */
public final class OriginAttribution {
  /** What the ids of the sources (and the edges) this step adds start with. */
  public static final String SOURCE_PREFIX = "origin-table:";

  private static final Set<EdgeKind> PARTY_EDGES =
      EnumSet.of(EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.DEVELOPS);

  private OriginAttribution() {}

  /**
   * Attributes the packages of {@code sbom}, already read into {@code into}, by {@code matcher};
   * returns the attributions made, in the SBOM's order.
   */
  public static List<Attribution> addTo(SbomInventory sbom, EstateAssembler into, OriginMatcher matcher) {
    Set<String> declared = into.targetsOf(PARTY_EDGES);
    List<Attribution> made = new ArrayList<>();
    for (Map.Entry<String, SbomInventory.Item> item : sbom.items().entrySet()) {
      String id = item.getKey();
      if (!id.startsWith("pkg:") || declared.contains(id)) {
        continue;
      }
      Optional<Attribution> found = matcher.byPurl(id);
      if (found.isEmpty()) {
        continue;
      }
      Attribution attribution = found.get();
      String where = sbom.file() + ":" + item.getValue().line();
      OriginOrganization organization = attribution.organization();
      String organizationId = "org:" + organization.name();
      into.namedParty(new Organization(organizationId, organization.name(), List.of(), identifiers(organization),
          new Provenance(source(into, organization.sourcing(), organization.name()), organization.sourcing().asOf(),
              Confidence.DERIVED),
          Organization.OrganizationType.COMPANY, organization.seats(), false), where);
      Provenance provenance = new Provenance(source(into, attribution.entry().sourcing(), attribution.entry().key()),
          attribution.entry().sourcing().asOf(), attribution.confidence());
      into.edge(new Edge(SOURCE_PREFIX + id, EdgeKind.PUBLISHES, organizationId, id, Validity.ALWAYS, provenance,
          EdgeTerms.NONE), where);
      made.add(attribution);
    }
    return made;
  }

  /** Registers the source of a table fact and returns its id. */
  private static String source(EstateAssembler into, Sourcing sourcing, String about) {
    String id = SOURCE_PREFIX + sourcing.source();
    String url = sourcing.source().startsWith("https://") || sourcing.source().startsWith("http://")
        ? sourcing.source() : null;
    into.source(new Source(id, "Spillover origin table " + sourcing.location() + ": " + about, null, url, null));
    return id;
  }

  private static Map<String, String> identifiers(OriginOrganization organization) {
    return organization.lei() == null ? Map.of() : Map.of("lei", organization.lei());
  }
}
