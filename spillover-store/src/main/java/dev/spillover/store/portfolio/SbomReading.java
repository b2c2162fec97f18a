package dev.spillover.store.portfolio;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.Component;
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
import java.util.Arrays;
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
    int[] local = new int[estate.nodeCount()];
    for (int n = 0; n < estate.nodeCount(); n++) {
      SbomSummary.IndexedNode node = indexed(estate.node(n));
      local[n] = node == null ? -1 : nodes.size();
      if (node != null) {
        nodes.add(node);
      }
    }
    // The links between named nodes, read from the project towards what it uses, in document order.
    int[] user = new int[estate.edges().size()];
    int[] used = new int[user.length];
    LinkKind[] kinds = new LinkKind[user.length];
    int links = 0;
    for (int e = 0; e < user.length; e++) {
      LinkKind kind = LinkKind.of(estate.edges().get(e).kind());
      int from = local[estate.edgeFrom(e)];
      int to = local[estate.edgeTo(e)];
      if (kind == null || from < 0 || to < 0) {
        continue;
      }
      user[links] = kind.toParty() ? to : from;
      used[links] = kind.toParty() ? from : to;
      kinds[links++] = kind;
    }
    // By user, so that a search from a project follows what each node uses.
    int[] start = new int[nodes.size() + 1];
    for (int i = 0; i < links; i++) {
      start[user[i] + 1]++;
    }
    for (int x = 0; x < nodes.size(); x++) {
      start[x + 1] += start[x];
    }
    int[] fill = Arrays.copyOf(start, nodes.size());
    int[] byUser = new int[links];
    for (int i = 0; i < links; i++) {
      byUser[fill[user[i]]++] = i;
    }
    List<SbomSummary.PathTree> trees = new ArrayList<>();
    for (String subject : inventory.products()) {
      int index = estate.indexOf(subject);
      if (index >= 0 && local[index] >= 0) {
        trees.add(tree(local[index], nodes.size(), start, byUser, used, kinds));
      }
    }
    return new SbomSummary(relative, size, modified, sha256, inventory.format(), nodes, trees);
  }

  /**
   * Breadth first from {@code subject} along the links ({@code byUser[start[x] .. start[x + 1])} are
   * those of user {@code x}, in document order), each node settled the first time it is reached.
   */
  private static SbomSummary.PathTree tree(int subject, int nodeCount, int[] start, int[] byUser, int[] used,
      LinkKind[] kinds) {
    int[] parent = new int[nodeCount];
    Arrays.fill(parent, SbomSummary.PathTree.UNREACHED);
    LinkKind[] kind = new LinkKind[nodeCount];
    int[] depth = new int[nodeCount];
    int[] queue = new int[nodeCount];
    int head = 0;
    int tail = 0;
    parent[subject] = SbomSummary.PathTree.ROOT;
    queue[tail++] = subject;
    while (head < tail) {
      int x = queue[head++];
      for (int p = start[x]; p < start[x + 1]; p++) {
        int link = byUser[p];
        int y = used[link];
        if (parent[y] == SbomSummary.PathTree.UNREACHED) {
          parent[y] = x;
          kind[y] = kinds[link];
          depth[y] = depth[x] + 1;
          queue[tail++] = y;
        }
      }
    }
    return new SbomSummary.PathTree(subject, parent, kind, depth);
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
      PackageURL purl = parse(component.identifiers().get("purl"));
      // The version in the package URL, when there is one, is what a query by package URL compares.
      String version = purl != null && purl.getVersion() != null ? purl.getVersion() : component.version();
      return new SbomSummary.IndexedNode(node.id(), NodeRole.COMPONENT, node.name(), base(purl), version);
    }
    if (node instanceof Product product) {
      PackageURL purl = parse(product.identifiers().get("purl"));
      return new SbomSummary.IndexedNode(node.id(), NodeRole.PRODUCT, node.name(), base(purl),
          purl == null ? null : purl.getVersion());
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
    return base(parse(purl));
  }

  private static String base(PackageURL parsed) {
    if (parsed == null) {
      return null;
    }
    try {
      return new PackageURL(parsed.getType(), parsed.getNamespace(), parsed.getName(), null, null, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      return null;
    }
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
