package dev.spillover.formats.bods;

/**
 * Something wrong with one statement, before it is placed in the file: the JSON pointer of the
 * value (relative to the list of statements, for {@link JsonLocator}) and the message, which
 * starts with the statement's index and the value's JSON path.
 */
record Flaw(String pointer, String message) {

  /**
   * A flaw at {@code names} (property names and array indexes) inside statement {@code statement}:
   * the message becomes {@code statement 2 at $[2].recordDetails.interests[0]: what}.
   */
  static Flaw at(int statement, String what, Object... names) {
    StringBuilder path = new StringBuilder("$[").append(statement).append(']');
    StringBuilder pointer = new StringBuilder("/").append(statement);
    for (Object name : names) {
      if (name instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append('.').append(name);
      }
      pointer.append('/').append(name instanceof String text ? JsonLocator.escape(text) : name);
    }
    return new Flaw(pointer.toString(), "statement " + statement + " at " + path + ": " + what);
  }
}
