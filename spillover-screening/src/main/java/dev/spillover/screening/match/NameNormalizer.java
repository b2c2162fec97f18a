package dev.spillover.screening.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns a name as written into a {@link PreparedName}: NFKC, case folding and transliteration
 * ({@link Transliteration}), tokens split on punctuation and spaces with apostrophes dropped and
 * dotted abbreviations joined ("S.A." is "sa"), legal forms ({@code reference/screening/
 * legal-forms.tsv}) removed from both ends of organization names, token weights ({@code
 * common-words.tsv}) and Double Metaphone keys. Thread-safe.
 */
final class NameNormalizer {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  static {
    METAPHONE.setMaxCodeLen(6);
  }

  private NameNormalizer() {}

  /**
   * Prepares {@code name}; {@code person} keeps legal forms in place (a person's name has none, and
   * "Sa" or "Ao" may be one of its words).
   */
  static PreparedName prepare(String name, boolean person) {
    Transliteration.Latin latin = Transliteration.toLatin(name);
    String[] tokens = tokens(latin.text());
    String legalForm = null;
    if (!person) {
      tokens = Vocabulary.get().expand(tokens);
    }
    if (!person && tokens.length > 1) {
      Stripped stripped = stripLegalForms(tokens);
      tokens = stripped.tokens;
      legalForm = stripped.family;
    }
    Vocabulary vocabulary = Vocabulary.get();
    float[] weights = new float[tokens.length];
    String[] phonetic = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      weights[i] = vocabulary.weight(tokens[i]);
      phonetic[i] = phoneticKey(tokens[i]);
    }
    return new PreparedName(name, tokens, weights, phonetic, legalForm, latin.abjad(), latin.cyrillic());
  }

  static String phoneticKey(String token) {
    if (token.length() < 3 || !isLetters(token)) {
      return null;
    }
    String key = METAPHONE.doubleMetaphone(token);
    return key == null || key.isEmpty() ? null : key;
  }

  private record Stripped(String[] tokens, String family) {}

  private static Stripped stripLegalForms(String[] tokens) {
    Vocabulary vocabulary = Vocabulary.get();
    int from = 0;
    int to = tokens.length;
    String family = null;
    // A few rounds: "Gazprom Neft Public Joint Stock Company" loses one form, "OOO X Ltd" two.
    for (int round = 0; round < 4; round++) {
      Vocabulary.LegalForm found = null;
      for (Vocabulary.LegalForm form : vocabulary.endingWith(tokens[to - 1])) {
        if (to - from > form.tokens().length && matchesAt(tokens, to - form.tokens().length, form.tokens())) {
          found = form;
          to -= form.tokens().length;
          break;
        }
      }
      if (found == null) {
        for (Vocabulary.LegalForm form : vocabulary.startingWith(tokens[from])) {
          if (to - from > form.tokens().length && matchesAt(tokens, from, form.tokens())) {
            found = form;
            from += form.tokens().length;
            break;
          }
        }
      }
      if (found == null) {
        break;
      }
      family = family == null ? found.family() : family;
    }
    return new Stripped(from == 0 && to == tokens.length ? tokens : Arrays.copyOfRange(tokens, from, to), family);
  }

  private static boolean matchesAt(String[] tokens, int at, String[] form) {
    for (int i = 0; i < form.length; i++) {
      if (!tokens[at + i].equals(form[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lower-case Latin {@code text} split into tokens: apostrophes and modifier letters (ʿ, ʾ) are
   * dropped inside words, letters separated by single dots are joined ("u.s.a." is "usa"), every
   * other character that is not a letter or digit separates tokens.
   */
  static String[] tokens(String text) {
    List<String> out = new ArrayList<>(6);
    StringBuilder chunk = new StringBuilder(text.length());
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
        chunk.append(c);
      } else if (c == '.') {
        chunk.append('.');
      } else if (isApostrophe(c)) {
        continue;
      } else {
        split(chunk, out);
        chunk.setLength(0);
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc'
        || c == '\u02bf' || c == '\u02be' || c == '\u02b9' || c == '\u02bb'
        || Character.getType(c) == Character.MODIFIER_LETTER
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** One run of letters, digits and dots: an abbreviation joined, else split at the dots. */
  private static void split(StringBuilder chunk, List<String> out) {
    if (chunk.length() == 0) {
      return;
    }
    boolean abbreviation = chunk.indexOf(".") >= 0;
    int segment = 0;
    for (int i = 0; i < chunk.length() && abbreviation; i++) {
      if (chunk.charAt(i) == '.') {
        segment = 0;
      } else if (++segment > 1) {
        abbreviation = false;
      }
    }
    if (abbreviation) {
      String joined = chunk.toString().replace(".", "");
      if (!joined.isEmpty()) {
        out.add(joined);
      }
      return;
    }
    int start = 0;
    for (int i = 0; i <= chunk.length(); i++) {
      if (i == chunk.length() || chunk.charAt(i) == '.') {
        if (i > start) {
          out.add(chunk.substring(start, i));
        }
        start = i + 1;
      }
    }
  }

  private static boolean isLetters(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
