package dev.spillover.formats.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One FtM entity as read: its line, {@code id}, {@code schema}, {@code caption} and
 * {@code properties}, with accessors that record a problem, naming the line, the entity and the
 * bad value, for every value they cannot use.
 */
final class FtmEntity {
  final int line;
  final String id;
  final String schema;
  final String caption;
  private final JsonNode root;
  private final JsonNode properties;
  private final ProblemLog problems;
  private final Map<String, List<String>> values = new HashMap<>();
  private LocalDate asOf;

  private FtmEntity(int line, String id, String schema, JsonNode root, ProblemLog problems) {
    this.line = line;
    this.id = id;
    this.schema = schema;
    this.root = root;
    JsonNode caption = root.get("caption");
    this.caption = caption != null && caption.isTextual() && !caption.asText().isBlank() ? caption.asText().strip() : null;
    JsonNode properties = root.get("properties");
    this.properties = properties != null && properties.isObject() ? properties : null;
    this.problems = problems;
  }

  /** The entity in {@code root}, or null after recording why it has no usable id, schema or properties. */
  static FtmEntity of(int line, JsonNode root, ProblemLog problems) {
    String id = text(root.get("id"));
    String schema = text(root.get("schema"));
    int before = problems.size();
    if (id == null) {
      problems.add(line, "entity " + (schema != null ? "of schema " + FtmValues.quote(schema) + " " : "")
          + "has " + shown(root.get("id")) + " for 'id', expected a non-empty string");
    } else if (!FtmValues.ID.matcher(id).matches()) {
      problems.add(line, "entity id " + FtmValues.quote(id) + " is not usable, expected at most 256 letters, digits "
          + "and . _ : / @ + - starting with a letter or digit");
    }
    if (schema == null) {
      problems.add(line, "entity " + shownId(id) + " has " + shown(root.get("schema"))
          + " for 'schema', expected the name of an FtM schema such as 'Company'");
    }
    JsonNode properties = root.get("properties");
    if (properties != null && !properties.isObject() && !properties.isNull()) {
      problems.add(line, "entity " + shownId(id) + " has " + shown(properties)
          + " for 'properties', expected an object of property lists");
    }
    return problems.size() == before ? new FtmEntity(line, id, schema, root, problems) : null;
  }

  /** The entity's id for a message about it (only made when there is one to write). */
  private static String shownId(String id) {
    return id != null ? FtmValues.quote(id) : "without an id";
  }

  /** "Ownership 'ru-123'", for messages. */
  String describe() {
    return schema + " " + FtmValues.quote(id);
  }

  /** Records a problem about this entity. */
  void problem(String message) {
    problems.add(line, describe() + ": " + message);
  }

  /**
   * The values of {@code property}, stripped, in file order (empty strings kept): strings, numbers
   * as written, and nested entities (objects with an {@code id}) by their id. A value of another
   * shape is a problem and left out.
   */
  List<String> values(String property) {
    List<String> known = values.get(property);
    if (known == null) {
      known = List.copyOf(read(property));
      values.put(property, known);
    }
    return known;
  }

  private List<String> read(String property) {
    JsonNode value = properties == null ? null : properties.get(property);
    List<String> values = new ArrayList<>();
    if (value == null || value.isNull()) {
      return values;
    }
    if (!value.isArray()) {
      String single = scalar(value);
      if (single == null) {
        problem("property '" + property + "' is " + shown(value) + ", expected a list of strings");
      } else {
        values.add(single);
      }
      return values;
    }
    for (JsonNode item : value) {
      String text = scalar(item);
      if (text == null) {
        problem("property '" + property + "' holds " + shown(item) + ", expected strings");
      } else {
        values.add(text);
      }
    }
    return values;
  }

  /** The names of the entity's properties, in file order. */
  List<String> propertyNames() {
    List<String> names = new ArrayList<>();
    if (properties != null) {
      properties.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  /** The non-empty values of {@code property}, distinct, in file order. */
  List<String> texts(String property) {
    Set<String> texts = new LinkedHashSet<>();
    for (String value : values(property)) {
      if (!value.isEmpty()) {
        texts.add(value);
      }
    }
    return new ArrayList<>(texts);
  }

  /**
   * The dates of {@code property}: the earliest when {@code earliest}, else the latest (by first
   * day); null when there is none. A value that is not a date is a problem and left out.
   */
  FtmValues.PartialDate date(String property, boolean earliest) {
    FtmValues.PartialDate found = null;
    for (String text : texts(property)) {
      FtmValues.PartialDate date = FtmValues.date(text);
      if (date == null) {
        problem(property + " " + FtmValues.quote(text) + " is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD");
      } else if (found == null || (earliest ? date.first().isBefore(found.first()) : date.first().isAfter(found.first()))) {
        found = date;
      }
    }
    return found;
  }

  /**
   * The date the entity's facts are stated for: the day of {@code last_change}, else of
   * {@code first_seen}, else the latest {@code modifiedAt}, else {@code fallback}.
   */
  LocalDate asOf(LocalDate fallback) {
    if (asOf == null) {
      asOf = findAsOf(fallback);
    }
    return asOf;
  }

  private LocalDate findAsOf(LocalDate fallback) {
    for (String field : List.of("last_change", "first_seen")) {
      JsonNode value = root.get(field);
      if (value != null && !value.isNull()) {
        FtmValues.PartialDate date = value.isTextual() ? FtmValues.date(value.asText()) : null;
        if (date != null) {
          return date.first();
        }
        problem(field + " " + shown(value) + " is not a date-time, expected for example 2023-07-26T20:01:14");
      }
    }
    FtmValues.PartialDate modified = date("modifiedAt", false);
    return modified != null ? modified.first() : fallback;
  }

  private static String scalar(JsonNode node) {
    if (node.isTextual() || node.isNumber()) {
      return node.asText().strip();
    }
    if (node.isObject() && node.get("id") != null && node.get("id").isTextual()) {
      return node.get("id").asText().strip();
    }
    return null;
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
  }

  private static String shown(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    if (node.isTextual()) {
      return node.asText().isBlank() ? "an empty string" : FtmValues.quote(node.asText());
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isNull() ? "null" : FtmValues.quote(node.toString());
  }
}
