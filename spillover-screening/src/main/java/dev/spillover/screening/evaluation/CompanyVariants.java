package dev.spillover.screening.evaluation;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of real company names, as an estate or a counterparty file would write them: another
 * spelling of the legal form, the legal form dropped or moved, "Bank of X" as "X Bank", common
 * abbreviations, a typo, mixed case and punctuation, the name in Cyrillic. Deterministic for a
 * seed. The transformations are written here from their surface forms, not taken from the
 * matcher's legal-form table, so the evaluation does not grade the matcher with its own data.
 */
final class CompanyVariants {

  /** Surface forms that name the same legal form, upper case as the OFAC lists write them. */
  private static final String[][] LEGAL_FORMS = {
    {"LIMITED LIABILITY COMPANY", "LLC", "OOO", "L.L.C."},
    {"PUBLIC JOINT STOCK COMPANY", "PJSC", "PAO"},
    {"OPEN JOINT STOCK COMPANY", "OPEN JOINT-STOCK COMPANY", "OJSC", "OAO"},
    {"CLOSED JOINT STOCK COMPANY", "CJSC", "ZAO"},
    {"JOINT STOCK COMPANY", "JOINT-STOCK COMPANY", "JSC", "AO"},
    {"COMPANY LIMITED", "CO., LTD.", "CO LTD", "CO. LIMITED"},
    {"LIMITED", "LTD", "LTD."},
    {"S.A.", "SA", "SOCIEDAD ANONIMA"},
    {"INCORPORATED", "INC.", "INC"},
    {"CORPORATION", "CORP.", "CORP"},
    {"SARL", "S.A.R.L."},
    {"GMBH", "G.M.B.H."},
  };

  private static final String[][] ABBREVIATIONS = {
    {"INTERNATIONAL", "INTL"}, {"COMPANY", "CO."}, {"CORPORATION", "CORP."}, {"TECHNOLOGY", "TECH"},
    {"TECHNOLOGIES", "TECH"}, {"INDUSTRIES", "IND."}, {"MANUFACTURING", "MFG"}, {"AND", "&"},
    {"DEVELOPMENT", "DEV."}, {"ENGINEERING", "ENG."}, {"GROUP", "GRP"}, {"LIMITED", "LTD"},
  };

  private static final Pattern BANK_OF = Pattern.compile("^(BANK|FUND|CORPORATION) OF ([A-Z]+)$");

  /** One variant and the transformation that made it. */
  record Variant(String name, String kind) {}

  private final Random random;
  private final Transliterator toCyrillic = Transliterator.getInstance("Latin-Cyrillic");

  CompanyVariants(long seed) {
    this.random = new Random(seed);
  }

  /** Up to {@code count} distinct variants of {@code name}, each differing from it. */
  List<Variant> of(String name, int count) {
    String upper = name.toUpperCase(Locale.ROOT).strip();
    List<Variant> out = new ArrayList<>();
    String[] kinds = {"legal-form", "no-legal-form", "word-order", "abbreviation", "typo", "case-punctuation", "cyrillic"};
    for (int attempt = 0; attempt < count * 4 && out.size() < count; attempt++) {
      String kind = kinds[random.nextInt(kinds.length)];
      String v = apply(kind, upper);
      if (v != null && !v.equalsIgnoreCase(name) && out.stream().noneMatch(x -> x.name().equals(v))) {
        out.add(new Variant(v, kind));
      }
    }
    return out;
  }

  private String apply(String kind, String name) {
    return switch (kind) {
      case "legal-form" -> changeLegalForm(name, false);
      case "no-legal-form" -> changeLegalForm(name, true);
      case "word-order" -> reorder(name);
      case "abbreviation" -> abbreviate(name);
      case "typo" -> typo(name);
      case "case-punctuation" -> casePunctuation(name);
      case "cyrillic" -> cyrillic(name);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private String changeLegalForm(String name, boolean drop) {
    for (String[] family : LEGAL_FORMS) {
      for (String form : family) {
        String rest = null;
        boolean prefix = false;
        if (name.endsWith(" " + form)) {
          rest = name.substring(0, name.length() - form.length() - 1);
        } else if (name.startsWith(form + " ")) {
          rest = name.substring(form.length() + 1);
          prefix = true;
        }
        if (rest == null || rest.isBlank()) {
          continue;
        }
        rest = rest.replaceAll(",$", "").strip();
        if (drop) {
          return rest;
        }
        String other = family[random.nextInt(family.length)];
        if (other.equals(form) && family.length > 1) {
          other = family[(java.util.Arrays.asList(family).indexOf(form) + 1) % family.length];
        }
        // Half the time the form moves to the other end, as lists and registers differ on it.
        boolean atFront = random.nextBoolean() ? prefix : !prefix;
        return atFront ? other + " " + rest : rest + (other.startsWith("CO") || other.startsWith("LTD") ? ", " : " ") + other;
      }
    }
    return null;
  }

  private String reorder(String name) {
    Matcher m = BANK_OF.matcher(name);
    if (m.matches()) {
      return m.group(2) + " " + m.group(1);
    }
    String moved = changeLegalForm(name, false);
    if (moved != null) {
      return moved;
    }
    return null;
  }

  private String abbreviate(String name) {
    List<String[]> applicable = new ArrayList<>();
    for (String[] a : ABBREVIATIONS) {
      if ((" " + name + " ").contains(" " + a[0] + " ")) {
        applicable.add(a);
      }
    }
    if (applicable.isEmpty()) {
      return null;
    }
    String[] a = applicable.get(random.nextInt(applicable.size()));
    return (" " + name + " ").replace(" " + a[0] + " ", " " + a[1] + " ").strip();
  }

  /** One edit in a word of five letters or more: substitution, deletion, transposition or doubling. */
  private String typo(String name) {
    String[] words = name.split(" ");
    List<Integer> long_ = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
        long_.add(i);
      }
    }
    if (long_.isEmpty()) {
      return null;
    }
    int w = long_.get(random.nextInt(long_.size()));
    StringBuilder word = new StringBuilder(words[w]);
    int at = 1 + random.nextInt(word.length() - 2);
    switch (random.nextInt(4)) {
      case 0 -> word.setCharAt(at, (char) ('A' + random.nextInt(26)));
      case 1 -> word.deleteCharAt(at);
      case 2 -> {
        char c = word.charAt(at);
        word.setCharAt(at, word.charAt(at + 1));
        word.setCharAt(at + 1, c);
      }
      default -> word.insert(at, word.charAt(at));
    }
    words[w] = word.toString();
    return String.join(" ", words);
  }

  private String casePunctuation(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!out.isEmpty()) {
        out.append(random.nextInt(5) == 0 ? "-" : " ");
      }
      out.append(word.length() <= 3 ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString().replace(" LLC", ", LLC").replace(" JSC", ", JSC");
  }

  /**
   * A Russian company as it writes itself: the legal form in Russian at the front (ООО, АО, ПАО,
   * ОАО, ЗАО), the rest in Cyrillic. Only for names with one of those legal forms; the Latin is
   * first brought closer to Russian spelling ("c" as "k") so that ICU's Latin-Cyrillic does not
   * write "ц" for every "c".
   */
  private String cyrillic(String name) {
    String[][] russian = {
      {"LIMITED LIABILITY COMPANY", "ООО"}, {"LLC", "ООО"}, {"OOO", "ООО"},
      {"PUBLIC JOINT STOCK COMPANY", "ПАО"}, {"PJSC", "ПАО"}, {"PAO", "ПАО"},
      {"OPEN JOINT STOCK COMPANY", "ОАО"}, {"OPEN JOINT-STOCK COMPANY", "ОАО"}, {"OJSC", "ОАО"}, {"OAO", "ОАО"},
      {"CLOSED JOINT STOCK COMPANY", "ЗАО"}, {"CJSC", "ЗАО"}, {"ZAO", "ЗАО"},
      {"JOINT STOCK COMPANY", "АО"}, {"JSC", "АО"}, {"AO", "АО"},
    };
    for (String[] form : russian) {
      String rest = null;
      if (name.endsWith(" " + form[0])) {
        rest = name.substring(0, name.length() - form[0].length() - 1).replaceAll(",$", "");
      } else if (name.startsWith(form[0] + " ")) {
        rest = name.substring(form[0].length() + 1);
      }
      if (rest != null && !rest.isBlank()) {
        String latin = rest.toLowerCase(Locale.ROOT).replaceAll("c(?!h)", "k");
        return form[1] + " " + toCyrillic.transliterate(latin).toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }
}
