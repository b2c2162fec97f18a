package dev.spillover.formats.sbom;

import com.github.packageurl.MalformedPackageURLException;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.ExternalRef;
import org.spdx.library.model.v2.Relationship;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxElement;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.RelationshipType;

/**
 * Maps an SPDX 2 document the library has read to an {@link SbomGraph}: described elements
 * ({@code documentDescribes} and {@code DESCRIBES}) become products, the other packages
 * components, relationships between them edges, suppliers and originators parties. The mapping is
 * documented in {@code docs/formats/spdx.md}.
 */
final class SpdxMapper {
  /** {@code Organization: name (email)} or {@code Person: name (email)}, as SPDX writes an actor. */
  private static final Pattern ACTOR = Pattern.compile("(?s)\\s*(Organization|Person|Tool)\\s*:\\s*(.*?)\\s*(?:\\((.*)\\))?\\s*");

  /** How each relationship type becomes an edge; types not listed are not mapped. */
  private record Mapping(EdgeKind kind, boolean reversed, String scope) {}

  private static final Map<RelationshipType, Mapping> MAPPINGS = Map.ofEntries(
      Map.entry(RelationshipType.DEPENDS_ON, new Mapping(EdgeKind.DEPENDS_ON, false, null)),
      Map.entry(RelationshipType.DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, null)),
      Map.entry(RelationshipType.BUILD_DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, "build")),
      Map.entry(RelationshipType.DEV_DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, "dev")),
      Map.entry(RelationshipType.OPTIONAL_DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, "optional")),
      Map.entry(RelationshipType.PROVIDED_DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, "provided")),
      Map.entry(RelationshipType.TEST_DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, "test")),
      Map.entry(RelationshipType.RUNTIME_DEPENDENCY_OF, new Mapping(EdgeKind.DEPENDS_ON, true, "runtime")),
      Map.entry(RelationshipType.HAS_PREREQUISITE, new Mapping(EdgeKind.DEPENDS_ON, false, "prerequisite")),
      Map.entry(RelationshipType.PREREQUISITE_FOR, new Mapping(EdgeKind.DEPENDS_ON, true, "prerequisite")),
      Map.entry(RelationshipType.DYNAMIC_LINK, new Mapping(EdgeKind.DEPENDS_ON, false, "dynamic-link")),
      Map.entry(RelationshipType.STATIC_LINK, new Mapping(EdgeKind.EMBEDS, false, null)),
      Map.entry(RelationshipType.CONTAINS, new Mapping(EdgeKind.EMBEDS, false, null)),
      Map.entry(RelationshipType.CONTAINED_BY, new Mapping(EdgeKind.EMBEDS, true, null)),
      Map.entry(RelationshipType.PACKAGE_OF, new Mapping(EdgeKind.EMBEDS, true, null)),
      Map.entry(RelationshipType.OPTIONAL_COMPONENT_OF, new Mapping(EdgeKind.EMBEDS, true, null)));

  private final SbomFile file;
  private final SpdxReader.Read read;
  /** Node id of each SPDXID mapped. */
  private final Map<String, String> ids = new LinkedHashMap<>();
  private String namespace;
  private SbomGraph graph;

  SpdxMapper(SbomFile file, SpdxReader.Read read) {
    this.file = file;
    this.read = read;
  }

  /** The graph of the document, or null after recording problems. */
  SbomGraph map() {
    try {
      return mapDocument();
    } catch (InvalidSPDXAnalysisException e) {
      file.problem(0, 0, "not a valid SPDX 2 document: " + CycloneDxReader.shorten(e.getMessage()));
      return null;
    }
  }

  private SbomGraph mapDocument() throws InvalidSPDXAnalysisException {
    SpdxDocument document = read.document();
    namespace = document.getDocumentUri();
    String created = document.getCreationInfo() == null ? null : document.getCreationInfo().getCreated();
    LocalDate asOf = date(created);
    if (asOf == null) {
      file.problem(0, 0, "creationInfo.created is " + (created == null ? "absent" : "'" + created + "'")
          + ", expected the date-time the document was created, such as 2023-05-12T18:30:22Z");
      return null;
    }
    String sourceId = "spdx:" + file.shown();
    String title = document.getSpecVersion() + " SBOM " + file.fileName() + document.getName().map(n -> " (" + n + ")").orElse("");
    graph = new SbomGraph(file, new Source(sourceId, title, null, namespace, asOf),
        new Provenance(sourceId, asOf, Confidence.DECLARED));

    Set<String> described = new LinkedHashSet<>();
    List<SpdxElement> subjects = new ArrayList<>(document.getDocumentDescribes());
    subjects.sort(Comparator.comparing(SpdxElement::getId));
    for (SpdxElement subject : subjects) {
      if (described.add(subject.getId())) {
        product(subject);
      }
    }
    @SuppressWarnings("unchecked")
    List<SpdxPackage> packages = ((java.util.stream.Stream<SpdxPackage>) SpdxModelFactory.getSpdxObjects(
        read.store(), null, "Package", null, null)).sorted(Comparator.comparing(SpdxPackage::getId)).toList();
    Map<String, String> listed = new LinkedHashMap<>();
    for (SpdxPackage pkg : packages) {
      if (!described.contains(pkg.getId())) {
        String id = component(pkg);
        if (id != null) {
          listed.put(id, null);
        }
      }
    }
    List<SpdxElement> sources = new ArrayList<>(packages);
    sources.addAll(subjects);
    for (SpdxElement element : sources) {
      for (Relationship relationship : element.getRelationships()) {
        relationship(element, relationship);
      }
    }
    if (file.hasProblems()) {
      return null;
    }
    if (graph.products().size() == 1) {
      graph.inventory(graph.products().iterator().next(), listed);
    }
    return graph;
  }

  private void product(SpdxElement subject) throws InvalidSPDXAnalysisException {
    String name = name(subject);
    if (name == null) {
      return;
    }
    Purl purl = subject instanceof SpdxPackage pkg ? purl(pkg) : null;
    String id = "product:" + (purl != null ? purl.versionless() : namespace + "#" + subject.getId());
    Map<String, String> identifiers = subject instanceof SpdxPackage pkg ? identifiers(pkg, purl) : Map.of();
    Product.ProductType type = subject instanceof SpdxPackage pkg
        && pkg.getPrimaryPurpose().map(p -> p.name().equals("DEVICE")).orElse(false)
        ? Product.ProductType.DEVICE : Product.ProductType.SOFTWARE;
    graph.product(new Product(id, name, List.of(), identifiers, graph.declared(), type));
    graph.spot(id, subject.getId(), subject.getId());
    ids.put(subject.getId(), id);
    if (subject instanceof SpdxPackage pkg) {
      parties(pkg, id);
    }
  }

  private String component(SpdxPackage pkg) throws InvalidSPDXAnalysisException {
    String name = name(pkg);
    if (name == null) {
      return null;
    }
    Purl purl = purl(pkg);
    String id = purl != null ? purl.canonical() : namespace + "#" + pkg.getId();
    Map<String, String> properties = new LinkedHashMap<>();
    if (purl != null) {
      properties.putAll(purl.parts());
    }
    pkg.getPrimaryPurpose().ifPresent(p -> properties.put("sbom.type", p.name().toLowerCase(java.util.Locale.ROOT)));
    graph.component(new Component(id, name, List.of(), identifiers(pkg, purl), graph.declared(),
        pkg.getVersionInfo().orElse(null), properties));
    graph.spot(id, pkg.getId(), pkg.getId());
    ids.put(pkg.getId(), id);
    parties(pkg, id);
    return id;
  }

  private void relationship(SpdxElement element, Relationship relationship) throws InvalidSPDXAnalysisException {
    Mapping mapping = MAPPINGS.get(relationship.getRelationshipType());
    Optional<SpdxElement> related = relationship.getRelatedSpdxElement();
    if (mapping == null || related.isEmpty()) {
      return;
    }
    String from = ids.get(element.getId());
    String to = ids.get(related.get().getId());
    if (from == null || to == null) {
      return; // a file, snippet, NONE, NOASSERTION or an element of another document
    }
    if (mapping.reversed()) {
      String swap = from;
      from = to;
      to = swap;
    }
    EdgeTerms terms = mapping.kind() == EdgeKind.DEPENDS_ON ? new EdgeTerms.Dependency(mapping.scope()) : EdgeTerms.NONE;
    graph.edge(mapping.kind(), from, to, terms);
  }

  /** The supplier publishes the package; the originator, from whom it originally came, develops it. */
  private void parties(SpdxPackage pkg, String id) throws InvalidSPDXAnalysisException {
    party(pkg.getSupplier().orElse(null), EdgeKind.PUBLISHES, id, pkg.getId() + " PackageSupplier");
    party(pkg.getOriginator().orElse(null), EdgeKind.DEVELOPS, id, pkg.getId() + " PackageOriginator");
  }

  private void party(String actor, EdgeKind kind, String to, String what) {
    if (actor == null || actor.isBlank() || actor.strip().equals("NOASSERTION")) {
      return;
    }
    Matcher m = ACTOR.matcher(actor);
    if (!m.matches()) {
      file.problem(0, 0, what + " is '" + CycloneDxReader.shorten(actor)
          + "', expected 'Organization: name (email)', 'Person: name (email)' or NOASSERTION");
      return;
    }
    if (m.group(1).equals("Tool")) {
      return; // a tool is no party
    }
    String email = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
    SbomGraph.PartyKind partyKind = m.group(1).equals("Person") ? SbomGraph.PartyKind.PERSON
        : SbomGraph.PartyKind.ORGANIZATION;
    String party = graph.party(partyKind, m.group(2), email == null ? Map.of() : Map.of("email", email));
    if (party != null) {
      graph.edge(kind, party, to, EdgeTerms.NONE);
    }
  }

  private Purl purl(SpdxPackage pkg) throws InvalidSPDXAnalysisException {
    for (ExternalRef ref : sorted(pkg.getExternalRefs())) {
      if (type(ref).equals("purl")) {
        try {
          return Purl.parse(ref.getReferenceLocator());
        } catch (MalformedPackageURLException e) {
          file.problem(0, 0, pkg.getId() + " external reference purl is '" + ref.getReferenceLocator()
              + "', expected a package URL such as pkg:maven/org.example/lib@1.0 (" + e.getMessage() + ")");
        }
      }
    }
    return null;
  }

  private Map<String, String> identifiers(SpdxPackage pkg, Purl purl) throws InvalidSPDXAnalysisException {
    Map<String, String> identifiers = new LinkedHashMap<>();
    if (purl != null) {
      identifiers.put("purl", purl.canonical());
    }
    for (ExternalRef ref : sorted(pkg.getExternalRefs())) {
      String type = type(ref);
      if (type.equals("cpe23Type") || type.equals("cpe22Type")) {
        identifiers.putIfAbsent("cpe", ref.getReferenceLocator());
      } else if (type.equals("swid")) {
        identifiers.putIfAbsent("swid", ref.getReferenceLocator());
      }
    }
    identifiers.put("spdxid", pkg.getId());
    return identifiers;
  }

  private static List<ExternalRef> sorted(java.util.Collection<ExternalRef> refs) throws InvalidSPDXAnalysisException {
    List<ExternalRef> list = new ArrayList<>(refs);
    List<String> keys = new ArrayList<>();
    for (ExternalRef ref : list) {
      keys.add(type(ref) + "\u0000" + ref.getReferenceLocator());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(keys::get));
    return order.stream().map(list::get).toList();
  }

  /** The last part of an external reference's type URI: {@code purl}, {@code cpe23Type}, ... */
  private static String type(ExternalRef ref) throws InvalidSPDXAnalysisException {
    String uri = ref.getReferenceType() == null ? "" : ref.getReferenceType().getIndividualURI();
    int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
    return uri.substring(cut + 1);
  }

  private String name(SpdxElement element) throws InvalidSPDXAnalysisException {
    Optional<String> name = element.getName();
    if (name.isEmpty() || name.get().isBlank()) {
      file.problem(0, 0, element.getId() + " has no name, expected a " + (element instanceof SpdxPackage
          ? "PackageName" : "name") + " for every package and described element");
      return null;
    }
    return name.get();
  }

  private static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
