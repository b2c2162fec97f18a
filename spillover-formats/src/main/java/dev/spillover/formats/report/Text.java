package dev.spillover.formats.report;

/** Shortening text for narrow places (table columns, graph boxes) without splitting a character. */
final class Text {
  private Text() {}

  /** {@code text} if it has at most {@code max} code points, else its first {@code max - 1} and an ellipsis. */
  static String abbreviate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
