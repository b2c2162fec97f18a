package dev.spillover.screening.match;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Names in any script to lower-case Latin letters: NFKC with case folding, then one ICU
 * transliterator per script found in the name, then Latin-ASCII.
 *
 * <p>ICU transliterators are slow to create (Han-Latin loads its tables in about half a second the
 * first time) and their instances are not documented as safe to share between threads, so each
 * thread keeps its own, created on first use of a script and reused for every later name. A
 * thread that only ever sees Latin names never creates one.
 */
final class Transliteration {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  /** The transliterators a thread has created, by ICU id. */
  private static final ThreadLocal<Map<String, Transliterator>> CACHE = ThreadLocal.withInitial(HashMap::new);

  private Transliteration() {}

  /**
   * The result of {@link #toLatin}: the text and which family of scripts it came from;
   * {@code cyrillic} tells that part of it was written in Cyrillic (see {@link Romanization}).
   */
  record Latin(String text, boolean abjad, boolean cyrillic, boolean transliterated) {}

  /**
   * {@code name} in NFKC case-folded form, transliterated to Latin and ASCII where it was not.
   * {@code abjad} tells that part of it was written in a script that leaves out short vowels
   * (Arabic, Hebrew, Syriac, Thaana): its Latin form is a consonant skeleton such as "mhmd".
   */
  static Latin toLatin(String name) {
    if (isAscii(name)) {
      return new Latin(name.toLowerCase(java.util.Locale.ROOT), false, false, false);
    }
    String folded = NFKC_CASEFOLD.normalize(name);
    if (isAscii(folded)) {
      return new Latin(folded, false, false, false);
    }
    boolean abjad = false;
    boolean cyrillic = false;
    boolean hangul = false;
    // One pass to see which scripts are there; most names have one.
    int[] scripts = new int[4];
    int count = 0;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.LATIN) {
        continue;
      }
      boolean seen = false;
      for (int k = 0; k < count; k++) {
        seen |= scripts[k] == script;
      }
      if (!seen && count < scripts.length) {
        scripts[count++] = script;
      }
    }
    String text = folded;
    for (int k = 0; k < count; k++) {
      int script = scripts[k];
      abjad |= script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC
          || script == UScript.THAANA;
      cyrillic |= script == UScript.CYRILLIC;
      if (script == UScript.HANGUL) {
        hangul = true;
        // ICU writes a Hangul word as one Latin word ("gimjeong-eun"); Latin spellings of Korean
        // names write each syllable apart or hyphenated ("Kim Jong Un"), so split the syllables.
        text = spaceHangulSyllables(text);
      }
      text = transliterator(idFor(script)).transliterate(text);
    }
    if (!isAscii(text)) {
      text = transliterator("Latin-ASCII").transliterate(text);
    }
    // Transliterators may restore capitals (Russian-Latin/BGN writes "Vladimir").
    return new Latin(text.toLowerCase(java.util.Locale.ROOT), abjad, cyrillic, count > 0 || hangul);
  }

  /** The ICU transform for one script; BGN/PCGN and UNGEGN where they give the usual English spelling. */
  private static String idFor(int script) {
    switch (script) {
      case UScript.HAN:
        return "Han-Latin";
      case UScript.CYRILLIC:
        return "Russian-Latin/BGN";
      case UScript.GREEK:
        return "Greek-Latin/UNGEGN";
      case UScript.ARABIC:
        return "Arabic-Latin";
      case UScript.HEBREW:
        return "Hebrew-Latin";
      case UScript.HANGUL:
        return "Hangul-Latin";
      case UScript.HIRAGANA:
        return "Hiragana-Latin";
      case UScript.KATAKANA:
        return "Katakana-Latin";
      case UScript.THAI:
        return "Thai-Latin";
      case UScript.DEVANAGARI:
        return "Devanagari-Latin";
      case UScript.ARMENIAN:
        return "Armenian-Latin";
      case UScript.GEORGIAN:
        return "Georgian-Latin";
      default:
        return "Any-Latin";
    }
  }

  private static Transliterator transliterator(String id) {
    return CACHE.get().computeIfAbsent(id, Transliterator::getInstance);
  }

  private static String spaceHangulSyllables(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    boolean previousHangul = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hangul = c >= 0xAC00 && c <= 0xD7A3;
      if (hangul && previousHangul) {
        out.append(' ');
      }
      out.append(c);
      previousHangul = hangul;
    }
    return out.toString();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
