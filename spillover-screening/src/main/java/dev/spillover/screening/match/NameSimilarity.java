package dev.spillover.screening.match;

/**
 * How alike two prepared names are, in [0, 1], and whether they are the same name.
 *
 * <p>Three views, the best of which counts: the tokens aligned one to one (each pair scored by
 * Levenshtein ratio, raised to 0.8 when the Double Metaphone keys agree, weighted by token weight,
 * with tokens left over on either side counting against); the whole names with spaces removed,
 * in their order and with their tokens sorted (catches "Xi Jinping" against "xi jin ping" and a
 * word boundary moved by a typo); when one side was written in Arabic or Hebrew, the consonant
 * skeletons, discounted; and, when one side was written in Cyrillic, the same views on both names
 * folded by {@link Romanization}, discounted. Allocation-free apart from the thread's scratch
 * buffers and a name's folded form, made once.
 */
final class NameSimilarity {

  /** Pairs below this token similarity are left unaligned. */
  static final double MIN_PAIR = 0.5;
  /** Token similarity when the phonetic keys agree. */
  static final double PHONETIC = 0.8;
  /** A single letter against a word it starts ("j" and "john"). */
  static final double INITIAL = 0.7;
  /** The skeleton comparison is coarse: its best is this. */
  static final double SKELETON = 0.9;
  /**
   * How much a token left over counts against a person's name: middle names and patronymics are
   * often missing on one side. For organizations every word counts ("Sberbank Leasing" is not
   * "Sberbank").
   */
  static final double PERSON_UNMATCHED = 0.6;

  /** The view named when the names folded by {@link Romanization} are the more alike. */
  static final String ROMANIZATION = "romanization";
  /**
   * The folded names' similarity counts this much: the same folded name is 0.95 (a review, 0.57,
   * on its own). Chosen on the evaluation: at 1, two company variants of the evaluation whose
   * other words are near ("ГАЗПРОМ ИНВЕСТ" and "Gazprom Sotsinvest") crossed the review threshold.
   */
  static final double ROMANIZED = 0.95;
  /**
   * Names less alike than this before folding are not compared folded. Comparing every pair again
   * cost about a fifth of the queries a second on one thread in the 1M benchmark (1,201 and 1,310
   * against 1,496 and 1,506); at 0.2, 1,447. At 0.3 (1,520 queries a second) "Jurij
   * Coj" no longer met Юрий Цой for review (RomanizationTest).
   */
  static final double FOLD_FROM = 0.2;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private NameSimilarity() {}

  /** The result: the similarity and whether the names are the same after normalization. */
  record Result(double similarity, boolean exact, String view) {}

  static Result compare(PreparedName a, PreparedName b, boolean person) {
    if (a.isEmpty() || b.isEmpty()) {
      return new Result(0, false, "empty");
    }
    if (a.sortedJoined.equals(b.sortedJoined) || a.joined.equals(b.joined)) {
      return new Result(1, true, "same");
    }
    Result plain = views(a, b, person);
    // Folding is for a Latin name against one written in Cyrillic (two Cyrillic names were
    // transliterated alike); it is worth at most ROMANIZED, and names less alike than FOLD_FROM
    // before folding are not compared again (see FOLD_FROM).
    if (a.cyrillic == b.cyrillic || plain.similarity() >= ROMANIZED || plain.similarity() < FOLD_FROM) {
      return plain;
    }
    // One name was written in Cyrillic: the other may spell it in another romanization. The
    // folded names are compared like the plain ones, discounted: a name that meets only once
    // folded is weaker evidence than one spelt alike, and it never earns name.exact.
    PreparedName fa = a.folded();
    PreparedName fb = b.folded();
    if (fa == a && fb == b) {
      return plain;
    }
    double folded = fa.sortedJoined.equals(fb.sortedJoined) || fa.joined.equals(fb.joined)
        ? ROMANIZED : ROMANIZED * views(fa, fb, person).similarity();
    return folded > plain.similarity() ? new Result(folded, false, ROMANIZATION) : plain;
  }

  /** The best of the token, character and (for Arabic and Hebrew) consonant views. */
  private static Result views(PreparedName a, PreparedName b, boolean person) {
    boolean abjad = a.abjad || b.abjad;
    double tokens = tokenAlignment(a, b, person, abjad);
    // Squared: the joined view is there for words split or merged ("xi jin ping", a space moved
    // by a typo), not to let a short distinctive word differ ("vtb factoring" and "gpb factoring"
    // are 0.83 alike as strings, 0.69 here).
    double chars = Math.max(ratio(a.joined, b.joined), ratio(a.sortedJoined, b.sortedJoined));
    chars *= chars;
    double best = tokens;
    String view = "tokens";
    if (chars > best) {
      best = chars;
      view = "characters";
    }
    if (abjad) {
      String sa = a.skeleton();
      String sb = b.skeleton();
      if (sa.length() >= 2 && sb.length() >= 2) {
        double skeleton = SKELETON * ratio(sa, sb);
        if (skeleton > best) {
          best = skeleton;
          view = "consonants";
        }
      }
    }
    return new Result(best, false, view);
  }

  private static double tokenAlignment(PreparedName a, PreparedName b, boolean person, boolean abjad) {
    int n = a.tokens.length;
    int m = b.tokens.length;
    Scratch s = SCRATCH.get();
    double[] sims = s.sims(n * m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sims[i * m + j] = tokenSimilarity(a, i, b, j, abjad);
      }
    }
    long usedA = 0;
    long usedB = 0;
    double matched = 0;
    double matchedWeight = 0;
    // Greedy one-to-one alignment, best pair first; names have a handful of tokens.
    for (int round = Math.min(Math.min(n, m), 64); round > 0; round--) {
      double best = MIN_PAIR;
      int bi = -1;
      int bj = -1;
      for (int i = 0; i < n && i < 64; i++) {
        if ((usedA & (1L << i)) != 0) {
          continue;
        }
        for (int j = 0; j < m && j < 64; j++) {
          if ((usedB & (1L << j)) == 0 && sims[i * m + j] >= best) {
            if (sims[i * m + j] > best || bi < 0) {
              best = sims[i * m + j];
              bi = i;
              bj = j;
            }
          }
        }
      }
      if (bi < 0) {
        break;
      }
      usedA |= 1L << bi;
      usedB |= 1L << bj;
      double w = (a.weights[bi] + b.weights[bj]) / 2.0;
      matched += best * w;
      matchedWeight += w;
    }
    double unmatched = 0;
    for (int i = 0; i < n; i++) {
      if (i >= 64 || (usedA & (1L << i)) == 0) {
        unmatched += a.weights[i];
      }
    }
    for (int j = 0; j < m; j++) {
      if (j >= 64 || (usedB & (1L << j)) == 0) {
        unmatched += b.weights[j];
      }
    }
    double denominator = matchedWeight + (person ? PERSON_UNMATCHED : 1.0) * unmatched;
    return denominator == 0 ? 0 : matched / denominator;
  }

  static double tokenSimilarity(PreparedName a, int i, PreparedName b, int j, boolean abjad) {
    String x = a.tokens[i];
    String y = b.tokens[j];
    if (x.equals(y)) {
      return 1;
    }
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0) ? INITIAL : 0;
    }
    double r = ratio(x, y);
    if (r < PHONETIC && a.phonetic[i] != null && a.phonetic[i].equals(b.phonetic[j])) {
      r = PHONETIC;
    }
    if (abjad && r < PHONETIC) {
      String sx = PreparedName.skeletonOf(x);
      if (!sx.isEmpty() && sx.equals(PreparedName.skeletonOf(y))) {
        r = PHONETIC;
      }
    }
    return r;
  }

  /** 1 - Levenshtein distance / length of the longer string. */
  static double ratio(String x, String y) {
    int longest = Math.max(x.length(), y.length());
    if (longest == 0) {
      return 1;
    }
    return 1.0 - (double) levenshtein(x, y) / longest;
  }

  static int levenshtein(String x, String y) {
    int n = x.length();
    int m = y.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    Scratch s = SCRATCH.get();
    int[] prev = s.row(0, m + 1);
    int[] cur = s.row(1, m + 1);
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char cx = x.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = cx == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** Per-thread buffers, grown as needed and never shrunk. */
  private static final class Scratch {
    private double[] sims = new double[64];
    private final int[][] rows = {new int[64], new int[64]};

    double[] sims(int size) {
      if (sims.length < size) {
        sims = new double[Math.max(size, sims.length * 2)];
      }
      return sims;
    }

    int[] row(int k, int size) {
      if (rows[k].length < size) {
        rows[k] = new int[Math.max(size, rows[k].length * 2)];
      }
      return rows[k];
    }
  }
}
