package dev.spillover.formats.gleif;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of an XML record or one value of a JSON document, with where it starts. The XML and
 * JSON readers both turn their input into these, so that one mapping ({@link Entities},
 * {@link Relationships}) serves both and every problem can point at its line and column.
 *
 * <p>An XML element has its local name, its text when it has no child elements, and its child
 * elements in document order. A JSON object has its members as children (named by key), an array
 * its items (named by index); a scalar has its text, and JSON {@code null} has neither.
 */
final class Tree {
  private final String name;
  private final String path;
  private final int line;
  private final int column;
  private final Kind kind;
  private final String text;
  private final List<Tree> children = new ArrayList<>();

  /** What the value is; XML elements are {@link #OBJECT} or {@link #SCALAR}. */
  enum Kind {
    OBJECT,
    ARRAY,
    SCALAR,
    NULL
  }

  Tree(String name, String path, int line, int column, Kind kind, String text) {
    this.name = name;
    this.path = path;
    this.line = line;
    this.column = column;
    this.kind = kind;
    this.text = text;
  }

  String name() {
    return name;
  }

  /** Where the value is, for messages: a JSON pointer, or the XML elements from the record down. */
  String path() {
    return path;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  Kind kind() {
    return kind;
  }

  void add(Tree child) {
    children.add(child);
  }

  /** The children in order: child elements, object members or array items. */
  List<Tree> children() {
    return children;
  }

  /** The first child named {@code name} (an element, or a member of an object), or null. */
  Tree child(String name) {
    for (Tree child : children) {
      if (child.name.equals(name)) {
        return child;
      }
    }
    return null;
  }

  /** The child found by following {@code names} down, or null where any step is missing. */
  Tree at(String... names) {
    Tree tree = this;
    for (String step : names) {
      tree = tree.child(step);
      if (tree == null) {
        return null;
      }
    }
    return tree;
  }

  /** Every child named {@code name}, in order. */
  List<Tree> all(String name) {
    List<Tree> found = new ArrayList<>();
    for (Tree child : children) {
      if (child.name.equals(name)) {
        found.add(child);
      }
    }
    return found;
  }

  /** The items of a JSON array, or nothing for any other value. */
  List<Tree> items() {
    return kind == Kind.ARRAY ? children : List.of();
  }

  /** The text of a scalar, stripped, or null when empty, null or not a scalar. */
  String text() {
    if (kind != Kind.SCALAR || text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** True for a missing value: JSON null, or a scalar with blank text. */
  boolean isEmpty() {
    return kind == Kind.NULL || (kind == Kind.SCALAR && text() == null);
  }

  /** What the value is, for messages: its quoted text, or "an object", "a list", "nothing". */
  String describe() {
    return switch (kind) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case NULL -> "nothing";
      case SCALAR -> text() == null ? "nothing" : quote(text());
    };
  }

  private static String quote(String value) {
    String shown = value.strip();
    return "'" + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + "'";
  }
}
