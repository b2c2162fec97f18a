package dev.spillover.store.portfolio;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.Component;
import dev.spillover.model.Edge;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one SBOM with {@link SbomImporter} (CycloneDX or SPDX, validated, all or nothing) and keeps
 * what the index needs. Safe to call from several threads at once.
 */
final class SbomReading {
  private SbomReading() {}

  /**
   * Reads {@code file}, named {@code relative} in the index.
   *
   * @throws dev.spillover.input.InputException when it is not an SBOM Spillover reads, or has problems
   * @throws UncheckedIOException when it cannot be read
   */
  static SbomSummary read(Path file, String relative) {
    long size;
    long modified;
    String sha256;
    try {
      size = Files.size(file);
      modified = Files.getLastModifiedTime(file).toMillis();
      sha256 = sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
    EstateAssembler assembler = new EstateAssembler();
    SbomInventory inventory = new SbomImporter().load(file, assembler);
    Estate estate = assembler.build(file.toString());
    List<SbomSummary.IndexedNode> nodes = new ArrayList<>(estate.nodeCount());
    for (int n = 0; n < estate.nodeCount(); n++) {
      SbomSummary.IndexedNode node = indexed(estate.node(n));
      if (node != null) {
        nodes.add(node);
      }
    }
    List<SbomSummary.Link> links = new ArrayList<>(estate.edges().size());
    for (Edge edge : estate.edges()) {
      LinkKind kind = LinkKind.of(edge.kind());
      if (kind == null) {
        continue;
      }
      links.add(kind.toParty()
          ? new SbomSummary.Link(edge.to(), edge.from(), kind)
          : new SbomSummary.Link(edge.from(), edge.to(), kind));
    }
    return new SbomSummary(relative, size, modified, sha256, inventory.format(), inventory.products(), nodes, links);
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static SbomSummary.IndexedNode indexed(Node node) {
    if (node instanceof Component component) {
      String purl = component.identifiers().get("purl");
      // The version in the package URL, when there is one, is what a query by package URL compares.
      String version = version(purl);
      return new SbomSummary.IndexedNode(node.id(), NodeRole.COMPONENT, node.name(), base(purl),
          version != null ? version : component.version());
    }
    if (node instanceof Product product) {
      String purl = product.identifiers().get("purl");
      return new SbomSummary.IndexedNode(node.id(), NodeRole.PRODUCT, node.name(), base(purl), version(purl));
    }
    if (node instanceof Organization) {
      return new SbomSummary.IndexedNode(node.id(), NodeRole.ORGANIZATION, node.name(), null, null);
    }
    if (node instanceof Person) {
      return new SbomSummary.IndexedNode(node.id(), NodeRole.PERSON, node.name(), null, null);
    }
    return null;
  }

  /** The package URL without version, qualifiers or subpath, canonical; null when there is none or it is malformed. */
  static String base(String purl) {
    PackageURL parsed = parse(purl);
    if (parsed == null) {
      return null;
    }
    try {
      return new PackageURL(parsed.getType(), parsed.getNamespace(), parsed.getName(), null, null, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      return null;
    }
  }

  private static String version(String purl) {
    PackageURL parsed = parse(purl);
    return parsed == null ? null : parsed.getVersion();
  }

  private static PackageURL parse(String purl) {
    if (purl == null || purl.isBlank()) {
      return null;
    }
    try {
      return new PackageURL(purl.strip());
    } catch (MalformedPackageURLException e) {
      return null;
    }
  }
}
