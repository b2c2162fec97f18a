package dev.spillover.formats.bods;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BODS 0.4 JSON Schema (draft 2020-12), bundled in {@code bods/0.4/} on the class path. The
 * schema files name each other by {@code urn:} ids, which are mapped to the bundled files, so
 * validation never touches the network. Format assertions ({@code date}, {@code date-time},
 * {@code uri}) are on, as the BODS tests expect.
 */
final class BodsSchema {
  private static final Map<String, String> FILES = Map.of(
      "urn:statement", "statement.json",
      "urn:components", "components.json",
      "urn:entity", "entity-record.json",
      "urn:person", "person-record.json",
      "urn:relationship", "relationship-record.json");

  private static final Schema SCHEMA = load();

  private BodsSchema() {}

  /**
   * Every way {@code statements} (an array) breaks the schema, the failed alternatives of one
   * anyOf or oneOf merged into one flaw. Each message names the statement's index, the JSON path
   * of the value (such as {@code $[0].recordDetails.addresses[0].type}), the property, the value
   * found and what was expected.
   */
  static List<Flaw> validate(JsonNode statements) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Error error : SCHEMA.validate(statements)) {
      Group fresh = Group.of(error);
      groups.computeIfAbsent(fresh.key(), k -> fresh).errors().add(error);
    }
    List<Flaw> violations = new ArrayList<>();
    for (Group group : groups.values()) {
      violations.add(group.violation());
    }
    return violations;
  }

  /**
   * Errors that belong together: the failed alternatives of one anyOf or oneOf applied at one
   * {@code location}, or a single error.
   */
  private record Group(String key, NodePath location, List<Error> errors) {
    static Group of(Error error) {
      NodePath evaluation = error.getEvaluationPath();
      int depth = 0;
      for (int i = 0; i < evaluation.getNameCount(); i++) {
        Object element = evaluation.getElement(i);
        if (("anyOf".equals(element) || "oneOf".equals(element)) && i + 1 < evaluation.getNameCount()
            && evaluation.getElement(i + 1) instanceof Integer) {
          NodePath owner = error.getInstanceLocation();
          while (owner.getNameCount() > depth) {
            owner = owner.getParent();
          }
          String key = owner + "\u0000" + prefix(evaluation, i + 1);
          return new Group(key, owner, new ArrayList<>());
        }
        // Only these keywords of the BODS schema descend into the instance.
        if ("properties".equals(element)) {
          depth++;
          i++;
        } else if ("items".equals(element)) {
          depth++;
        }
      }
      NodePath location = error.getInstanceLocation();
      return new Group(location + "\u0000" + evaluation + "\u0000" + error.getMessage(), location, new ArrayList<>());
    }

    Flaw violation() {
      Set<String> messages = new LinkedHashSet<>();
      for (Error error : errors) {
        String where = error.getInstanceLocation().equals(location) ? "" : error.getInstanceLocation() + ": ";
        messages.add(where + error.getMessage());
      }
      String what = messages.size() == 1
          ? messages.iterator().next()
          : "matches none of the allowed forms: " + String.join("; ", messages);
      int statement = location.getNameCount() > 0 && location.getElement(0) instanceof Integer i ? i : 0;
      StringBuilder message = new StringBuilder("statement ").append(statement).append(" at ").append(location)
          .append(": ");
      String property = lastName(location);
      boolean missing = errors.size() == 1 && "required".equals(errors.get(0).getKeyword());
      if (property != null && !missing) {
        // The required message names the missing property; any other names the one at the path.
        JsonNode value = errors.get(0).getInstanceLocation().equals(location) ? errors.get(0).getInstanceNode() : null;
        message.append("property '").append(property).append("'");
        message.append(value != null && value.isValueNode() ? " is " + Json.describe(value) + ", " : ": ");
      }
      message.append(what);
      return new Flaw(pointer(location), message.toString());
    }

    private static String prefix(NodePath path, int count) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append('/').append(path.getElement(i));
      }
      return text.toString();
    }
  }

  private static String lastName(NodePath path) {
    for (int i = path.getNameCount() - 1; i >= 0; i--) {
      if (path.getElement(i) instanceof String name) {
        return name;
      }
    }
    return null;
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(element instanceof String name ? JsonLocator.escape(name) : element);
    }
    return pointer.toString();
  }

  private static Schema load() {
    Map<String, String> mappings = new LinkedHashMap<>();
    FILES.forEach((id, file) -> mappings.put(id, "classpath:bods/0.4/" + file));
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .pathType(PathType.JSON_PATH)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(config)
        .schemaIdResolvers(resolvers -> resolvers.mappings(mappings)));
    return registry.getSchema(SchemaLocation.of("urn:statement"));
  }
}
