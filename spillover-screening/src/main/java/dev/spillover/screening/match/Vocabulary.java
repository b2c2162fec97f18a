package dev.spillover.screening.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the normalizer reads: legal forms ({@code legal-forms.tsv}), low-weight common words
 * ({@code common-words.tsv}) and abbreviations ({@code abbreviations.tsv}), all kept in {@code reference/screening/} at the repository root and
 * bundled beside this class. Loaded once per JVM.
 */
final class Vocabulary {

  /** A legal form: its family and one of its variants as normalized tokens. */
  record LegalForm(String family, String[] tokens) {}

  private static final Vocabulary INSTANCE = load();

  /** Variants, longest first, so that "co ltd" is taken before "ltd". */
  final List<LegalForm> legalForms;
  /** The same variants by their first token and by their last, longest first: the lookups of a name's ends. */
  private final Map<String, List<LegalForm>> byFirst;
  private final Map<String, List<LegalForm>> byLast;

  private final Map<String, Float> weights;
  private final Map<String, String> abbreviations;

  private Vocabulary(List<LegalForm> legalForms, Map<String, Float> weights, Map<String, String> abbreviations) {
    this.legalForms = legalForms;
    this.byFirst = group(legalForms, true);
    this.byLast = group(legalForms, false);
    this.weights = weights;
    this.abbreviations = abbreviations;
  }

  private static Map<String, List<LegalForm>> group(List<LegalForm> forms, boolean first) {
    Map<String, List<LegalForm>> out = new HashMap<>();
    for (LegalForm f : forms) {
      String key = first ? f.tokens()[0] : f.tokens()[f.tokens().length - 1];
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /** Legal-form variants that start with {@code token}, longest first. */
  List<LegalForm> startingWith(String token) {
    return byFirst.getOrDefault(token, List.of());
  }

  /** Legal-form variants that end with {@code token}, longest first. */
  List<LegalForm> endingWith(String token) {
    return byLast.getOrDefault(token, List.of());
  }

  /** {@code tokens} with abbreviations written out ({@code abbreviations.tsv}); the same array when none is. */
  String[] expand(String[] tokens) {
    return expand(tokens, abbreviations);
  }

  private static String[] expand(String[] tokens, Map<String, String> abbreviations) {
    String[] out = tokens;
    for (int i = 0; i < tokens.length; i++) {
      String full = abbreviations.get(tokens[i]);
      if (full != null) {
        if (out == tokens) {
          out = tokens.clone();
        }
        out[i] = full;
      }
    }
    return out;
  }

  static Vocabulary get() {
    return INSTANCE;
  }

  /** The weight of a normalized token in name similarity: below 1 for common words, else 1. */
  float weight(String token) {
    Float w = weights.get(token);
    if (w != null) {
      return w;
    }
    return token.length() == 1 ? 0.5f : 1f;
  }

  private static Vocabulary load() {
    Map<String, String> abbreviations = new HashMap<>();
    for (String[] row : rows("abbreviations.tsv", 3)) {
      abbreviations.put(row[0], row[1]);
    }
    List<LegalForm> forms = new ArrayList<>();
    for (String[] row : rows("legal-forms.tsv", 4)) {
      for (String variant : row[1].split("\\|")) {
        String[] tokens = expand(NameNormalizer.tokens(Transliteration.toLatin(variant.strip()).text()), abbreviations);
        if (tokens.length > 0) {
          forms.add(new LegalForm(row[0], tokens));
        }
      }
    }
    forms.sort(Comparator.comparingInt((LegalForm f) -> -f.tokens().length));
    Map<String, Float> weights = new HashMap<>();
    for (String[] row : rows("common-words.tsv", 3)) {
      weights.put(row[0], Float.parseFloat(row[1]));
    }
    return new Vocabulary(List.copyOf(forms), Map.copyOf(weights), Map.copyOf(abbreviations));
  }

  /** The rows of a bundled tab-separated {@code resource}, comments and blank lines skipped. */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource + " beside " + Vocabulary.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(resource + ":" + number + ": expected " + columns
              + " tab-separated columns, found " + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + resource, e);
    }
    return rows;
  }
}
