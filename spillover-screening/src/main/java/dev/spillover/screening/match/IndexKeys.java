package dev.spillover.screening.match;

import dev.spillover.screening.list.Identifier;
import java.util.List;

/**
 * The keys under which the candidate index files a name, and under which a query looks: whole
 * tokens, their Double Metaphone keys, adjacent token pairs, character trigrams of the joined name
 * (typos, words split or merged), the whole name joined (in order and sorted), its consonant
 * skeleton (Arabic and Hebrew written without vowels), and identifiers; for names written in
 * Cyrillic, also their tokens and sorted name folded by {@link Romanization}, which a query looks
 * up with its own folded forms (so that "Hodorkovskij" finds "Ходорковский"). Each key is a 64-bit
 * hash of its kind and text; each kind has a weight in the candidate vote.
 */
final class IndexKeys {

  static final char TOKEN = 'T';
  static final char PHONETIC = 'P';
  static final char PAIR = 'B';
  static final char TRIGRAM = 'G';
  static final char JOINED = 'J';
  static final char SORTED = 'K';
  static final char SKELETON = 'S';
  static final char IDENTIFIER = 'I';
  static final char FOLDED_TOKEN = 'R';
  static final char FOLDED_SORTED = 'Q';

  /** Receives one key and the weight of its kind. */
  interface Sink {
    void key(long hash, float weight);
  }

  private IndexKeys() {}

  static float weight(char kind) {
    return switch (kind) {
      case TOKEN, FOLDED_TOKEN -> 3f;
      case PHONETIC -> 2f;
      case PAIR -> 4f;
      case TRIGRAM -> 1f;
      case JOINED, SORTED, FOLDED_SORTED -> 6f;
      case SKELETON -> 2f;
      case IDENTIFIER -> 20f;
      default -> throw new IllegalArgumentException("no key kind " + kind);
    };
  }

  static void keys(PreparedName name, Sink sink) {
    if (name.isEmpty()) {
      return;
    }
    String[] tokens = name.tokens;
    for (int i = 0; i < tokens.length; i++) {
      emit(sink, TOKEN, tokens[i]);
      if (name.phonetic[i] != null) {
        emit(sink, PHONETIC, name.phonetic[i]);
      }
      if (i + 1 < tokens.length) {
        String a = tokens[i];
        String b = tokens[i + 1];
        emit(sink, PAIR, a.compareTo(b) <= 0 ? a + ' ' + b : b + ' ' + a);
      }
    }
    String joined = name.joined;
    // Both always, even when equal: the query's order may differ from the entry's.
    emit(sink, JOINED, joined);
    emit(sink, SORTED, name.sortedJoined);
    // Trigrams over the joined name padded at both ends, so a two-letter name still has keys.
    int n = joined.length();
    for (int i = -1; i + 2 <= n; i++) {
      char c0 = i < 0 ? '^' : joined.charAt(i);
      char c1 = joined.charAt(i + 1);
      char c2 = i + 2 < n ? joined.charAt(i + 2) : '$';
      sink.key(hash(TRIGRAM, c0, c1, c2), weight(TRIGRAM));
    }
    String skeleton = name.skeleton();
    if (skeleton.length() >= 2) {
      emit(sink, SKELETON, skeleton);
    }
  }

  /**
   * A list name's folded keys: every token and the sorted name, folded, when the name was written
   * in Cyrillic; none otherwise (two Latin names are never compared folded).
   */
  static void foldedEntryKeys(PreparedName name, Sink sink) {
    if (name.isEmpty() || !name.cyrillic) {
      return;
    }
    PreparedName folded = name.folded();
    for (String token : folded.tokens) {
      emit(sink, FOLDED_TOKEN, token);
    }
    emit(sink, FOLDED_SORTED, folded.sortedJoined);
  }

  /**
   * A query's folded keys: only the tokens (and sorted name) that folding changes, since the
   * others already meet the list's folded keys' plain twins; none for a query written in Cyrillic,
   * whose transliteration is the lists' own.
   */
  static void foldedQueryKeys(PreparedName name, Sink sink) {
    if (name.isEmpty() || name.cyrillic) {
      return;
    }
    PreparedName folded = name.folded();
    if (folded == name) {
      return;
    }
    for (int i = 0; i < folded.tokens.length; i++) {
      if (!folded.tokens[i].equals(name.tokens[i])) {
        emit(sink, FOLDED_TOKEN, folded.tokens[i]);
      }
    }
    emit(sink, FOLDED_SORTED, folded.sortedJoined);
  }

  static void identifiers(List<Identifier> identifiers, Sink sink) {
    for (Identifier id : identifiers) {
      String value = Evidence.normalize(id.value());
      if (value.length() >= 4) {
        emit(sink, IDENTIFIER, value);
      }
    }
  }

  private static void emit(Sink sink, char kind, String text) {
    sink.key(hash(kind, text), weight(kind));
  }

  /** FNV-1a over the kind and the text's chars, then a final mix. */
  static long hash(char kind, String text) {
    long h = 0xcbf29ce484222325L;
    h = (h ^ kind) * 0x100000001b3L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  static long hash(char kind, char c0, char c1, char c2) {
    long h = 0xcbf29ce484222325L;
    h = (h ^ kind) * 0x100000001b3L;
    h = (h ^ c0) * 0x100000001b3L;
    h = (h ^ c1) * 0x100000001b3L;
    h = (h ^ c2) * 0x100000001b3L;
    return mix(h);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
