package dev.spillover.bench;

import com.ibm.icu.text.Transliterator;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded restricted-party list of any size for the screening benchmark, with names in the shapes
 * of the real lists: persons of two or three names (Latin, Cyrillic, Arabic, Han, Hangul scripts),
 * companies of one or two words, an activity and a legal form in one of several languages, and
 * vessels; about one entry in three has an alias, one in four a country, one in five a date. Names
 * are built from syllables, so the list has the lists' mix of rare and very common tokens without
 * copying any real entry. The same seed gives the same list.
 */
public final class ListGenerator {
  private static final String[] ONSETS = {"", "b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "z",
      "sh", "kh", "ch", "zh", "y", "al", "ab"};
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ia", "ou", "ei"};
  private static final String[] CODAS = {"", "", "", "n", "r", "m", "l", "s", "d", "v", "ng", "k"};
  /** Common given names, as lists repeat them (the "mohammed" effect). */
  private static final String[] COMMON_GIVEN = {"Mohammed", "Ali", "Ahmad", "Ivan", "Sergei", "Wei", "Jun", "Min",
      "Hassan", "Abdul", "Maria", "Olga", "Yuri", "Li", "Kim"};
  private static final String[] HAN = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
      + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤伟强磊军洋勇艳杰娟涛明超秀霞平刚桂").split("");
  private static final String[] ACTIVITIES = {"Trading", "Import Export", "Technology", "Electronics", "Shipping",
      "Industrial", "Engineering", "Petroleum", "Logistics", "Investment", "Aviation", "Chemical", "Machinery",
      "Energy", "Mining", "Telecommunications", "Semiconductor", "Defense", "Holding", "Bank"};
  private static final String[] HAN_ACTIVITIES = {"科技", "电子", "贸易", "航运", "工业", "能源", "投资", "化工"};
  private static final String[][] FORMS = {
      {"LLC", "Co., Ltd.", "Limited", "Company", "Corporation", "Inc."},
      {"GmbH", "AG"}, {"S.A.", "S.A.R.L."}, {"JSC", "OOO", "PJSC"}, {"FZE", "FZCO"}};
  private static final String[] COUNTRIES = {"CN", "RU", "IR", "KP", "SY", "AE", "TR", "BY", "VE", "CU", "HK", "PK"};

  private final Random random;
  private final Transliterator cyrillic = Transliterator.getInstance("Latin-Cyrillic");
  private final Transliterator arabic = Transliterator.getInstance("Latin-Arabic");
  private final Transliterator hangul = Transliterator.getInstance("Latin-Hangul");
  private final Transliterator cyrillicOut = Transliterator.getInstance("Cyrillic-Latin");

  public ListGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} entries on list {@code list}. */
  public List<ListEntry> entries(String list, int count) {
    List<ListEntry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(entry(list, i));
    }
    return entries;
  }

  private ListEntry entry(String list, int i) {
    double kind = random.nextDouble();
    PartyType type;
    String name;
    List<EntryName> aliases = new ArrayList<>();
    if (kind < 0.55) {
      type = PartyType.PERSON;
      name = person();
      if (random.nextDouble() < 0.3) {
        aliases.add(new EntryName(person(), random.nextDouble() < 0.3 ? EntryName.Kind.WEAK_ALIAS : EntryName.Kind.ALIAS));
      }
    } else if (kind < 0.93) {
      type = PartyType.ORGANIZATION;
      name = company();
      if (random.nextDouble() < 0.35) {
        aliases.add(new EntryName(acronym(name), EntryName.Kind.ALIAS));
      }
    } else {
      type = PartyType.VESSEL;
      name = word().toUpperCase(Locale.ROOT) + (random.nextBoolean() ? " " + word().toUpperCase(Locale.ROOT) : "");
    }
    List<String> countries = random.nextDouble() < 0.25 ? List.of(pick(COUNTRIES)) : List.of();
    List<String> dates = random.nextDouble() < 0.2
        ? List.of(String.valueOf(1940 + random.nextInt(70)) + (random.nextBoolean() ? "" : String.format("-%02d-%02d",
            1 + random.nextInt(12), 1 + random.nextInt(28))))
        : List.of();
    List<Identifier> ids = type == PartyType.ORGANIZATION && random.nextDouble() < 0.05
        ? List.of(new Identifier(Identifier.REGISTRATION, String.valueOf(10_000_000 + random.nextInt(90_000_000)), null))
        : List.of();
    return new ListEntry(list, String.valueOf(i + 1), type, EntryName.primary(name), aliases, ids, countries, dates,
        List.of("BENCH"), null, null, List.of(), List.of(), null, new EntryLocation("generated", i + 1));
  }

  /** A person's name in one of the scripts. */
  public String person() {
    double script = random.nextDouble();
    if (script < 0.12) {
      return pick(HAN) + pick(HAN) + (random.nextBoolean() ? pick(HAN) : "");
    }
    String given = random.nextDouble() < 0.25 ? pick(COMMON_GIVEN) : capitalized(word());
    String latin = given + (random.nextDouble() < 0.3 ? " " + capitalized(word()) : "") + " " + capitalized(word());
    if (script < 0.27) {
      return cyrillic.transliterate(latin);
    }
    if (script < 0.37) {
      return arabic.transliterate(latin.toLowerCase(Locale.ROOT));
    }
    if (script < 0.42) {
      return hangul.transliterate(latin.toLowerCase(Locale.ROOT));
    }
    return random.nextDouble() < 0.4 ? latin.toUpperCase(Locale.ROOT) : latin;
  }

  /** A company's name: words, an activity, a legal form; a few in Han or Cyrillic script. */
  public String company() {
    double script = random.nextDouble();
    if (script < 0.08) {
      return pick(HAN) + pick(HAN) + pick(HAN_ACTIVITIES) + (random.nextBoolean() ? "有限公司" : "股份有限公司");
    }
    String words = capitalized(word()) + (random.nextDouble() < 0.4 ? " " + capitalized(word()) : "");
    String name = words + " " + pick(ACTIVITIES) + " " + pick(pick(FORMS));
    if (script < 0.14) {
      return "ООО «" + cyrillic.transliterate(words) + "»";
    }
    return random.nextDouble() < 0.3 ? name.toUpperCase(Locale.ROOT) : name;
  }

  /**
   * A query for {@code entry} as a screener might type it: the primary name or an alias, with one
   * change in four cases out of five: a typo, a person's names in another order (the family name
   * first), a company's legal form dropped, or a Cyrillic name in Latin letters.
   */
  public Variant variant(ListEntry entry) {
    String name = entry.aliases().isEmpty() || random.nextDouble() < 0.7
        ? entry.name().text() : entry.aliases().get(0).text();
    double change = random.nextDouble();
    String[] words = name.split(" ");
    if (change < 0.2) {
      return new Variant(name, "as listed");
    }
    if (change < 0.45 && name.length() > 6) {
      int at = 1 + random.nextInt(name.length() - 2);
      return new Variant(random.nextBoolean()
          ? name.substring(0, at) + name.substring(at + 1)
          : name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2), "typo");
    }
    if (change < 0.65 && words.length > 1 && entry.type() == PartyType.PERSON) {
      String first = words[0];
      System.arraycopy(words, 1, words, 0, words.length - 1);
      words[words.length - 1] = first;
      return new Variant(String.join(" ", words), "words moved");
    }
    if (change < 0.85 && entry.type() == PartyType.ORGANIZATION) {
      for (String[] family : FORMS) {
        for (String form : family) {
          if (name.toLowerCase(Locale.ROOT).endsWith(" " + form.toLowerCase(Locale.ROOT))) {
            return new Variant(name.substring(0, name.length() - form.length() - 1), "legal form dropped");
          }
        }
      }
    }
    String latin = cyrillicOut.transliterate(name);
    return new Variant(latin, latin.equals(name) ? "as listed" : "Cyrillic in Latin letters");
  }

  /** A query made from a listed name, and what was changed. */
  public record Variant(String name, String change) {}

  private String word() {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      word.append(pick(ONSETS)).append(pick(NUCLEI)).append(s == syllables - 1 ? pick(CODAS) : "");
    }
    return word.toString();
  }

  private static String acronym(String name) {
    StringBuilder acronym = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        acronym.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return acronym.length() >= 2 ? acronym.toString() : name;
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
