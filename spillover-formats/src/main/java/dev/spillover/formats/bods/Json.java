package dev.spillover.formats.bods;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reading values out of statements that the schema has accepted. */
final class Json {
  private static final int SHOWN = 60;

  private Json() {}

  /** The text of {@code node.field}, or null when absent or not a string. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /** The number {@code node.field}, or null when absent or not a number. */
  static Double number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isNumber() ? value.doubleValue() : null;
  }

  /** The elements of the array {@code node.field}; empty when absent or not an array. */
  static List<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> elements = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(elements::add);
    }
    return elements;
  }

  /**
   * The day a date or date-time names, as written (the date part, whatever the offset), or null
   * when absent.
   *
   * @throws DateTimeParseException when the text is not a date
   */
  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
  }

  /** A value as a message shows it: strings quoted and shortened, structures by their kind. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "absent";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    String text = value.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...\"";
  }
}
