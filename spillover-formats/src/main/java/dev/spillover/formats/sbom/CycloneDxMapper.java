package dev.spillover.formats.sbom;

import com.github.packageurl.MalformedPackageURLException;
import dev.spillover.model.Confidence;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.Source;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;

/**
 * Maps a CycloneDX {@link Bom} the schema has accepted to an {@link SbomGraph}. The mapping is
 * documented in {@code docs/formats/cyclonedx.md}; problems (a malformed package URL, a dependency
 * naming a reference the BOM does not define) are recorded in the file.
 */
final class CycloneDxMapper {
  private final SbomFile file;
  private final CycloneDxReader.Read read;
  private final String document;
  /** Node id of each bom-ref. */
  private final Map<String, String> refs = new LinkedHashMap<>();
  private SbomGraph graph;

  CycloneDxMapper(SbomFile file, CycloneDxReader.Read read) {
    this.file = file;
    this.read = read;
    String serial = read.bom().getSerialNumber();
    this.document = serial != null && !serial.isBlank() ? serial : "cyclonedx:" + file.shown();
  }

  /** The graph of the BOM, or null after recording problems. */
  SbomGraph map() {
    Bom bom = read.bom();
    Metadata metadata = bom.getMetadata();
    Component subject = metadata == null ? null : metadata.getComponent();
    LocalDate asOf = metadata != null && metadata.getTimestamp() != null
        ? metadata.getTimestamp().toInstant().atZone(ZoneOffset.UTC).toLocalDate()
        : file.lastModified();
    String sourceId = "cyclonedx:" + file.shown();
    String title = "CycloneDX " + read.version().getVersionString() + " SBOM " + file.fileName()
        + (subject != null ? " of " + name(subject) : "");
    graph = new SbomGraph(file, new Source(sourceId, title, null, null, asOf),
        new Provenance(sourceId, asOf, Confidence.DECLARED));

    String product = subject == null ? null : product(subject, metadata);
    Map<String, String> listed = new LinkedHashMap<>();
    List<Component> components = list(bom.getComponents());
    for (int i = 0; i < components.size(); i++) {
      String id = component(components.get(i), "/components/" + i);
      if (id != null) {
        listed.put(id, scope(components.get(i)));
      }
    }
    List<Service> services = list(bom.getServices());
    for (int i = 0; i < services.size(); i++) {
      String id = service(services.get(i), "/services/" + i);
      if (id != null) {
        listed.put(id, null);
      }
    }
    dependencies(bom.getDependencies());
    if (file.hasProblems()) {
      return null;
    }
    if (product != null) {
      graph.inventory(product, listed);
    }
    return graph;
  }

  // metadata.manufacture (1.2 to 1.5) is deprecated in 1.6 for manufacturer; older BOMs still use it.
  @SuppressWarnings("deprecation")
  private String product(Component subject, Metadata metadata) {
    Purl purl = purl(subject, "metadata.component");
    String ref = subject.getBomRef();
    String id = purl != null ? "product:" + purl.versionless()
        : "product:" + document + "#" + (ref != null ? ref : "metadata.component");
    Map<String, String> identifiers = identifiers(subject, purl);
    Product.ProductType type = subject.getType() == Component.Type.DEVICE ? Product.ProductType.DEVICE
        : Product.ProductType.SOFTWARE;
    graph.product(new Product(id, name(subject), List.of(), identifiers, graph.declared(), type));
    graph.spot(id, ref, "/metadata/component");
    if (ref != null) {
      refs.put(ref, id);
    }
    parties(subject, id);
    organization(metadata.getManufacture(), EdgeKind.MANUFACTURES, id);
    organization(metadata.getManufacturer(), EdgeKind.MANUFACTURES, id);
    organization(metadata.getSupplier(), EdgeKind.PUBLISHES, id);
    parts(subject, id, "/metadata/component");
    return id;
  }

  /** Adds the components nested in {@code parent} (written at {@code at}), each embedded in node {@code id}. */
  private void parts(Component parent, String id, String at) {
    List<Component> parts = list(parent.getComponents());
    for (int i = 0; i < parts.size(); i++) {
      String child = component(parts.get(i), at + "/components/" + i);
      if (child != null) {
        graph.edge(EdgeKind.EMBEDS, id, child, EdgeTerms.NONE);
      }
    }
  }

  /**
   * Adds {@code c}, written at JSON pointer {@code at} (or the same path over XML elements), and
   * its nested components; returns its id.
   */
  private String component(Component c, String at) {
    Purl purl = purl(c, c.getBomRef() != null ? "component " + c.getBomRef() : "component " + name(c));
    String ref = c.getBomRef();
    String id = purl != null ? purl.canonical()
        : document + "#" + (ref != null ? ref : name(c) + (c.getVersion() != null ? "@" + c.getVersion() : ""));
    if (ref != null) {
      refs.put(ref, id);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (purl != null) {
      properties.putAll(purl.parts());
    }
    if (c.getType() != null) {
      properties.put("sbom.type", c.getType().getTypeName());
    }
    if (c.getGroup() != null && !c.getGroup().isBlank()) {
      properties.put("sbom.group", c.getGroup());
    }
    if (c.getScope() != null) {
      properties.put("sbom.scope", c.getScope().getScopeName());
    }
    for (Property property : list(c.getProperties())) {
      if (property.getName() != null && property.getValue() != null) {
        properties.merge(property.getName(), property.getValue(), (a, b) -> a + ", " + b);
      }
    }
    graph.component(new dev.spillover.model.Component(id, name(c), List.of(), identifiers(c, purl),
        graph.declared(), c.getVersion(), properties));
    graph.spot(id, ref, at);
    parties(c, id);
    parts(c, id, at);
    return id;
  }

  /** A service (SaaSBOM) becomes a cloud-service product, operated by its provider. */
  private String service(Service s, String at) {
    String ref = s.getBomRef();
    String id = "product:" + document + "#" + (ref != null ? ref : s.getName());
    if (ref != null) {
      refs.put(ref, id);
    }
    graph.product(new Product(id, s.getName(), List.of(), Map.of(), graph.declared(), Product.ProductType.CLOUD_SERVICE));
    graph.spot(id, ref, at);
    organization(s.getProvider(), EdgeKind.OPERATES, id);
    List<Service> parts = list(s.getServices());
    for (int i = 0; i < parts.size(); i++) {
      String child = service(parts.get(i), at + "/services/" + i);
      graph.edge(EdgeKind.EMBEDS, id, child, EdgeTerms.NONE);
    }
    return id;
  }

  private void dependencies(List<Dependency> dependencies) {
    int index = 0;
    for (Dependency dependency : list(dependencies)) {
      String from = resolve(dependency.getRef(), "dependencies[" + index + "].ref");
      int inner = 0;
      for (Dependency on : list(dependency.getDependencies())) {
        String to = resolve(on.getRef(), "dependencies[" + index + "].dependsOn[" + inner + "]");
        if (from != null && to != null) {
          graph.edge(EdgeKind.DEPENDS_ON, from, to, new EdgeTerms.Dependency(null));
        }
        inner++;
      }
      index++;
    }
  }

  private String resolve(String ref, String where) {
    String id = refs.get(ref);
    if (id == null) {
      file.problem(0, 0, where + " is '" + ref + "', which no component, service or metadata.component of the BOM"
          + " has as its bom-ref; expected the bom-ref of one of them");
    }
    return id;
  }

  /**
   * The component's supplier and publisher (publish), manufacturer (manufactures) and authors
   * (develop). {@code author} is deprecated in 1.6 for {@code authors}; older BOMs still use it.
   */
  @SuppressWarnings("deprecation")
  private void parties(Component c, String id) {
    organization(c.getSupplier(), EdgeKind.PUBLISHES, id);
    organization(c.getManufacturer(), EdgeKind.MANUFACTURES, id);
    String publisher = graph.party(SbomGraph.PartyKind.ORGANIZATION, c.getPublisher(), Map.of());
    if (publisher != null) {
      graph.edge(EdgeKind.PUBLISHES, publisher, id, EdgeTerms.NONE);
    }
    String author = graph.party(SbomGraph.PartyKind.PERSON, c.getAuthor(), Map.of());
    if (author != null) {
      graph.edge(EdgeKind.DEVELOPS, author, id, EdgeTerms.NONE);
    }
    for (OrganizationalContact contact : list(c.getAuthors())) {
      String person = graph.party(SbomGraph.PartyKind.PERSON, contact.getName(), contact(contact));
      if (person != null) {
        graph.edge(EdgeKind.DEVELOPS, person, id, EdgeTerms.NONE);
      }
    }
  }

  private void organization(OrganizationalEntity entity, EdgeKind kind, String to) {
    if (entity == null) {
      return;
    }
    Map<String, String> identifiers = new LinkedHashMap<>();
    if (entity.getUrls() != null && !entity.getUrls().isEmpty()) {
      identifiers.put("url", entity.getUrls().get(0));
    }
    String id = graph.party(SbomGraph.PartyKind.ORGANIZATION, entity.getName(), identifiers);
    if (id != null) {
      graph.edge(kind, id, to, EdgeTerms.NONE);
    }
  }

  private static Map<String, String> contact(OrganizationalContact contact) {
    return contact.getEmail() == null || contact.getEmail().isBlank() ? Map.of() : Map.of("email", contact.getEmail());
  }

  private Purl purl(Component c, String what) {
    if (c.getPurl() == null || c.getPurl().isBlank()) {
      return null;
    }
    try {
      return Purl.parse(c.getPurl());
    } catch (MalformedPackageURLException e) {
      file.problem(0, 0, what + ": purl is '" + c.getPurl() + "', expected a package URL such as"
          + " pkg:maven/org.example/lib@1.0 (" + e.getMessage() + ")");
      return null;
    }
  }

  private static Map<String, String> identifiers(Component c, Purl purl) {
    Map<String, String> identifiers = new LinkedHashMap<>();
    if (purl != null) {
      identifiers.put("purl", purl.canonical());
    }
    if (c.getCpe() != null && !c.getCpe().isBlank()) {
      identifiers.put("cpe", c.getCpe());
    }
    if (c.getSwid() != null && c.getSwid().getTagId() != null) {
      identifiers.put("swid", c.getSwid().getTagId());
    }
    return identifiers;
  }

  private static String name(Component c) {
    return c.getName() == null || c.getName().isBlank() ? String.valueOf(c.getBomRef()) : c.getName();
  }

  private static String scope(Component c) {
    return c.getScope() == null ? null : c.getScope().getScopeName();
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
