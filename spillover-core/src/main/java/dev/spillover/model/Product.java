package dev.spillover.model;

import java.util.List;
import java.util.Map;

/**
 * An app, software package, SDK, device, network or cloud service. {@code replacementCost} is what
 * replacing it would cost if it is cut, as declared; null when none is declared.
 */
public record Product(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    ProductType type,
    ReplacementCost replacementCost)
    implements Node {

  public Product {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
  }

  /** A product without a declared replacement cost. */
  public Product(String id, String name, List<String> aliases, Map<String, String> identifiers,
      Provenance provenance, ProductType type) {
    this(id, name, aliases, identifiers, provenance, type, null);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.PRODUCT;
  }

  /** What kind of product it is. */
  public enum ProductType {
    APP,
    SOFTWARE,
    SDK,
    DEVICE,
    NETWORK_SERVICE,
    CLOUD_SERVICE,
    PAYMENT_SERVICE,
    OTHER
  }
}
