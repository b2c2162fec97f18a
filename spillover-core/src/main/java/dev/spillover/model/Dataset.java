package dev.spillover.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A data asset: its categories and how many persons or devices it covers (null when unknown). */
public record Dataset(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    Set<DataCategory> categories,
    Long persons,
    Long devices)
    implements Node {

  public Dataset {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
    categories = Set.copyOf(categories);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.DATASET;
  }

  /** Categories of data that rules such as 28 CFR 202 count separately. */
  public enum DataCategory {
    PRECISE_GEOLOCATION,
    BIOMETRIC,
    HUMAN_GENOMIC,
    HUMAN_OMIC,
    HEALTH,
    FINANCIAL,
    COVERED_PERSONAL_IDENTIFIERS,
    GOVERNMENT_RELATED,
    OTHER
  }
}
