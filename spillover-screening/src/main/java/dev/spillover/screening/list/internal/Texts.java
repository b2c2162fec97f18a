package dev.spillover.screening.list.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the list readers: quoting for messages, splitting multi-valued cells. */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** {@code text} for a message: quoted, cut to 80 characters, line breaks shown as spaces. */
  public static String quote(String text) {
    if (text == null) {
      return "nothing";
    }
    String shown = text.replaceAll("[\\r\\n\\t]+", " ");
    if (shown.length() > 80) {
      shown = shown.substring(0, 77) + "...";
    }
    return "'" + shown + "'";
  }

  /** The non-empty parts of {@code text} split at {@code separator}, stripped, in order. */
  public static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return parts;
    }
    for (String part : text.split(Pattern.quote(separator), -1)) {
      String stripped = part.strip();
      if (!stripped.isEmpty()) {
        parts.add(stripped);
      }
    }
    return parts;
  }

  /** {@code text} with runs of white space (line breaks included) made single spaces, stripped. */
  public static String squeeze(String text) {
    return text == null ? null : SPACES.matcher(text).replaceAll(" ").strip();
  }
}
