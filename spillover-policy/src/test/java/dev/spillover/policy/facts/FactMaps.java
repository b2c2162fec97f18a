package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fact maps for tests that run conditions: every key of the schema, as {@link FactBuilder} builds them. */
public final class FactMaps {
  private FactMaps() {}

  /** The facts of a node: every key of {@link FactSchema#NODE} at its empty value, then {@code values}. */
  public static Map<String, Object> node(Map<String, Object> values) {
    return facts(FactSchema.NODE, values);
  }

  /** The facts of an exposure: every key of {@link FactSchema#EXPOSURE}, then {@code values}. */
  public static Map<String, Object> exposure(Map<String, Object> values) {
    Map<String, Object> exposure = facts(FactSchema.EXPOSURE, values);
    exposure.putIfAbsent("party", node(Map.of()));
    return exposure;
  }

  private static Map<String, Object> facts(List<FactSchema.Fact> schema, Map<String, Object> values) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (FactSchema.Fact fact : schema) {
      if (values.containsKey(fact.name())) {
        facts.put(fact.name(), values.get(fact.name()));
      } else if (fact.type() != null) {
        facts.put(fact.name(), empty(fact));
      } else if (fact.typeName().startsWith("list")) {
        facts.put(fact.name(), List.of());
      } else if (fact.typeName().equals("cia")) {
        facts.put(fact.name(), CiaRules.none());
      } else if (fact.typeName().equals("ci")) {
        facts.put(fact.name(), CiRules.unassessed());
      }
    }
    assertThat(facts.keySet()).as("keys the schema does not declare").containsAll(values.keySet());
    return facts;
  }

  private static Object empty(FactSchema.Fact fact) {
    if (fact.type() instanceof ListType) {
      return List.of();
    }
    if (fact.type() instanceof MapType) {
      return Map.of();
    }
    if (fact.type() == SimpleType.BOOL) {
      return false;
    }
    if (fact.type() == SimpleType.INT) {
      return 0L;
    }
    if (fact.type() == SimpleType.DOUBLE) {
      return 0.0;
    }
    return "";
  }
}
