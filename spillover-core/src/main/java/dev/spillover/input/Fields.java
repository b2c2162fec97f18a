package dev.spillover.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the fields of one YAML mapping, recording a {@link Problem} for each missing or bad value
 * (and returning null for it) instead of stopping at the first. Call {@link #finish()} at the end
 * to report keys nobody asked for: a misspelt key is an error, not silently ignored.
 */
public final class Fields {
  /** The labels of each enum's constants, by ordinal, made once per enum: facts ask for them millions of times. */
  private static final ClassValue<String[]> LABELS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] labels = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        labels[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return labels;
    }
  };
  /** A plain decimal number, optionally with an exponent and digit-group underscores. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");

  private final YamlNode mapping;
  private final String what;
  private final Problems problems;
  private final Map<String, YamlNode.Entry> entries;
  private final Set<String> known = new LinkedHashSet<>();

  /**
   * Starts reading {@code mapping}, described as {@code what} in messages (for example
   * "organization 'bytedance'"). Records a problem when it is not a mapping.
   */
  public Fields(YamlNode mapping, String what, Problems problems) {
    this.mapping = mapping;
    this.what = what;
    this.problems = problems;
    if (!mapping.isMapping()) {
      problems.at(mapping, what + ": got " + mapping.describe() + ", expected a mapping of keys to values");
    }
    this.entries = mapping.entries();
  }

  public YamlNode node() {
    return mapping;
  }

  /** How the mapping is described in messages, for example "organization 'bytedance'". */
  public String what() {
    return what;
  }

  /** The value under {@code key}, or null when absent or explicitly null. */
  public YamlNode value(String key) {
    known.add(key);
    YamlNode.Entry entry = entries.get(key);
    return entry == null || entry.value().isNull() ? null : entry.value();
  }

  /** True when {@code key} is present with a non-null value. */
  public boolean has(String key) {
    return value(key) != null;
  }

  /** A required text value; null (with a problem recorded) when absent or not text. */
  public String requiredText(String key) {
    YamlNode value = value(key);
    if (value == null) {
      problems.at(mapping, what + ": missing '" + key + "'");
      return null;
    }
    return text(key, value);
  }

  /** An optional text value; null when absent. */
  public String text(String key) {
    YamlNode value = value(key);
    return value == null ? null : text(key, value);
  }

  private String text(String key, YamlNode value) {
    if (!value.isScalar() || value.text().isBlank()) {
      problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected text");
      return null;
    }
    return value.text().strip();
  }

  /** An optional text value that must satisfy {@code valid}, described as {@code expected}. */
  public String text(String key, Predicate<String> valid, String expected) {
    YamlNode value = value(key);
    if (value == null) {
      return null;
    }
    String text = text(key, value);
    if (text != null && !valid.test(text)) {
      problems.at(value, what + ": '" + key + "' is '" + text + "', expected " + expected);
      return null;
    }
    return text;
  }

  /** An optional date in ISO form (YYYY-MM-DD); null when absent or bad. */
  public LocalDate date(String key) {
    YamlNode value = value(key);
    return value == null ? null : date(key, value);
  }

  /** A required date in ISO form. */
  public LocalDate requiredDate(String key) {
    YamlNode value = value(key);
    if (value == null) {
      problems.at(mapping, what + ": missing '" + key + "' (a date, YYYY-MM-DD)");
      return null;
    }
    return date(key, value);
  }

  /** Reads {@code value} as an ISO date, recording a problem for {@code key} when it is not one. */
  public LocalDate date(String key, YamlNode value) {
    if (value.isScalar()) {
      try {
        return LocalDate.parse(value.text().strip());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected a date YYYY-MM-DD");
    return null;
  }

  /** An optional number between {@code min} and {@code max} inclusive; null when absent or bad. */
  public Double number(String key, double min, double max) {
    YamlNode value = value(key);
    return value == null ? null : number(key, value, min, max);
  }

  /** Reads {@code value} as a number in [min, max], recording a problem for {@code key} otherwise. */
  public Double number(String key, YamlNode value, double min, double max) {
    if (value.isScalar() && DECIMAL.matcher(value.text().strip()).matches()) {
      try {
        double number = Double.parseDouble(value.text().strip().replace("_", ""));
        if (Double.isFinite(number) && number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected a number from "
        + plain(min) + " to " + plain(max));
    return null;
  }

  /** An optional whole number of at least zero; null when absent or bad. */
  public Long count(String key) {
    YamlNode value = value(key);
    if (value == null) {
      return null;
    }
    if (value.isScalar()) {
      try {
        long count = Long.parseLong(value.text().strip().replace("_", ""));
        if (count >= 0) {
          return count;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected a whole number, 0 or more");
    return null;
  }

  /** An optional true/false value; {@code otherwise} when absent, null when bad. */
  public Boolean bool(String key, boolean otherwise) {
    YamlNode value = value(key);
    if (value == null) {
      return otherwise;
    }
    String text = value.isScalar() ? value.text().strip().toLowerCase(Locale.ROOT) : "";
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected true or false");
    return null;
  }

  /**
   * An optional enum value written in lower case with hyphens (for example {@code state-body} for
   * {@code STATE_BODY}); {@code otherwise} when absent, null when bad.
   */
  public <E extends Enum<E>> E choice(String key, Class<E> type, E otherwise) {
    YamlNode value = value(key);
    if (value == null) {
      return otherwise;
    }
    E parsed = value.isScalar() ? parseChoice(value.text(), type) : null;
    if (parsed == null) {
      problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected one of "
          + String.join(", ", choices(type)));
    }
    return parsed;
  }

  /** Parses a lower-case, hyphenated enum label; null when it names no constant. */
  public static <E extends Enum<E>> E parseChoice(String text, Class<E> type) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /** The labels of an enum as written in files. */
  public static <E extends Enum<E>> List<String> choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Fields::label).toList();
  }

  /** The label of an enum constant as written in files: lower case with hyphens. */
  public static String label(Enum<?> constant) {
    return LABELS.get(constant.getDeclaringClass())[constant.ordinal()];
  }


  /** An optional list of text values (a single text value counts as a list of one). */
  public List<String> texts(String key) {
    YamlNode value = value(key);
    if (value == null) {
      return List.of();
    }
    if (value.isScalar()) {
      String text = text(key, value);
      return text == null ? List.of() : List.of(text);
    }
    if (!value.isSequence()) {
      problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected a list of text values");
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (YamlNode item : value.items()) {
      String text = text(key, item);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** An optional mapping of text keys to text values. */
  public Map<String, String> textMap(String key) {
    YamlNode value = value(key);
    if (value == null) {
      return Map.of();
    }
    if (!value.isMapping()) {
      problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected a mapping of names to text");
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>();
    value.entries().forEach((name, entry) -> {
      String text = text(key + "." + name, entry.value());
      if (text != null) {
        map.put(name, text);
      }
    });
    return map;
  }

  /** An optional list of mappings (the items are returned as they are, for the caller to read). */
  public List<YamlNode> list(String key) {
    YamlNode value = value(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isSequence()) {
      problems.at(value, what + ": '" + key + "' is " + value.describe() + ", expected a list");
      return List.of();
    }
    return value.items();
  }

  /** Records a problem for every key of the mapping that no accessor asked for. */
  public void finish() {
    for (Map.Entry<String, YamlNode.Entry> entry : entries.entrySet()) {
      if (!known.contains(entry.getKey())) {
        problems.at(entry.getValue().key(), what + ": unknown key '" + entry.getKey() + "', expected one of "
            + String.join(", ", known));
      }
    }
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
