package dev.spillover.formats.sbom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one SBOM file lists and where: its subject products, and every product and component read
 * from it (by node id, in document order) with the place of its entry in the file, so that a
 * finding about a component can point at the lines a reader must change.
 *
 * @param file the file as given (as problems and reports name it)
 * @param format the format read: {@code CycloneDX} or {@code SPDX}, and the syntax
 * @param products node ids of the SBOM's subjects ({@code metadata.component}, the described elements)
 * @param items every product and component of the SBOM, by node id
 */
public record SbomInventory(String file, String format, List<String> products, Map<String, Item> items) {
  public SbomInventory {
    products = List.copyOf(products);
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /**
   * One entry of the SBOM.
   *
   * @param nodeId the node it became (a canonical package URL, or a document-qualified reference)
   * @param ref its reference within the document: the CycloneDX {@code bom-ref} or the SPDXID; null when it has none
   * @param pointer its JSON pointer (for example {@code /components/3}) in a JSON document; null otherwise
   * @param line the 1-based line at which the entry starts; 0 when not known
   * @param column the 1-based column at which it starts; 0 when not known
   */
  public record Item(String nodeId, String ref, String pointer, int line, int column) {}

  /** True when node {@code id} was read from this SBOM. */
  public boolean contains(String id) {
    return items.containsKey(id);
  }
}
