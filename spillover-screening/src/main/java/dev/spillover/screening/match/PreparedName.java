package dev.spillover.screening.match;

import java.util.Arrays;

/**
 * A name made ready for comparison: transliterated, tokenized, its legal form set apart, each
 * token with its weight and phonetic key. Immutable; built by {@link NameNormalizer}. The index
 * keeps one per list name so that no list name is normalized again at query time.
 */
final class PreparedName {

  final String original;
  final String[] tokens;
  final float[] weights;
  /** Double Metaphone key of each token, or null for tokens too short or not alphabetic. */
  final String[] phonetic;
  /** The legal-form family removed from the name, or null. */
  final String legalForm;
  /** The tokens with their spaces removed, in the name's order: "xi jin ping" becomes "xijinping". */
  final String joined;
  /** The tokens sorted, then joined: the same for "Salek, Abdulhai" and "Abdulhai Salek". */
  final String sortedJoined;
  /** Written in whole or part in a script without short vowels (Arabic, Hebrew): see {@link #skeleton}. */
  final boolean abjad;
  /** Written in whole or part in Cyrillic: see {@link #folded}. */
  final boolean cyrillic;
  final float totalWeight;

  private String skeleton;
  private PreparedName folded;

  PreparedName(String original, String[] tokens, float[] weights, String[] phonetic, String legalForm, boolean abjad,
      boolean cyrillic) {
    this.original = original;
    this.cyrillic = cyrillic;
    this.tokens = tokens;
    this.weights = weights;
    this.phonetic = phonetic;
    this.legalForm = legalForm;
    this.abjad = abjad;
    this.joined = String.join("", tokens);
    String[] sorted = tokens.clone();
    Arrays.sort(sorted);
    this.sortedJoined = String.join("", sorted);
    float total = 0;
    for (float w : weights) {
      total += w;
    }
    this.totalWeight = total;
  }

  boolean isEmpty() {
    return tokens.length == 0;
  }

  /**
   * The consonant skeleton of the joined name: vowels and the letters that Arabic and Hebrew
   * write as vowels or leave out (h, w, y, v) dropped, doubled letters collapsed. "mhmd ly"
   * (Arabic محمد علي through ICU) and "Mohamed Ali" both give "mdl". Only compared when one
   * side is {@link #abjad}; it is far too coarse for anything else.
   */
  String skeleton() {
    String s = skeleton;
    if (s == null) {
      s = skeletonOf(joined);
      skeleton = s;
    }
    return s;
  }

  /**
   * This name with its tokens folded by {@link Romanization} ("khodorkovskiy" and "hodorkovskij"
   * both become "hodorkovski"), the same weights and phonetic keys; this name itself when no token
   * changes. Computed on first use and kept (a list name is folded only when it meets a name
   * written in Cyrillic, or is one).
   */
  PreparedName folded() {
    PreparedName f = folded;
    if (f == null) {
      String[] foldedTokens = Romanization.fold(tokens);
      // A PreparedName's data is in final fields: another thread sees it whole however it gets it.
      f = foldedTokens == tokens ? this
          : new PreparedName(original, foldedTokens, weights, phonetic, legalForm, abjad, cyrillic);
      folded = f;
    }
    return f;
  }

  static String skeletonOf(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char last = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', 'v' -> {
          continue;
        }
        default -> {
          char k = c == 'q' ? 'k' : c == 'z' ? 's' : c;
          if (k != last) {
            out.append(k);
          }
          last = k;
        }
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return String.join(" ", tokens) + (legalForm == null ? "" : " [" + legalForm + "]");
  }
}
