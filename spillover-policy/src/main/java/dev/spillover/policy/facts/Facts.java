package dev.spillover.policy.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for the maps and lists of facts that CEL reads. */
final class Facts {
  private Facts() {}

  /**
   * A read-only copy of {@code facts}, nested maps and lists included, in the same order: for facts
   * shared by every node or path, which no reader may change.
   */
  static Map<String, Object> readOnly(Map<String, ?> facts) {
    Map<String, Object> copy = new LinkedHashMap<>();
    facts.forEach((key, value) -> copy.put(key, readOnlyValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object readOnlyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return readOnly((Map<String, ?>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(readOnlyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
