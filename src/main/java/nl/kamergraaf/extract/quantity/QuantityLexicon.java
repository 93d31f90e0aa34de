package nl.kamergraaf.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.rules.RuleFile;

/**
 * The words with a meaning in amounts and percentages (scales, currencies, shares, number words),
 * read from {@code quantities-lexicon.tsv}: the rules match them through TokensRegex variables, the
 * finder looks up their meaning here.
 */
final class QuantityLexicon {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/quantities-lexicon.tsv";

  /** A column-1 category of the lexicon, with the rules variable it becomes. */
  enum Category {
    SCALE("scale", "$SCALE"),
    CURRENCY_BEFORE("currency-before", "$CURRENCY_BEFORE"),
    CURRENCY_AFTER("currency-after", "$CURRENCY_AFTER"),
    PERCENT("percent", "$PERCENT"),
    SHARE("share", "$SHARE"),
    FRACTION("fraction", "$FRACTION"),
    NUMBER("number", null);

    final String label;
    final String variable;

    Category(String label, String variable) {
      this.label = label;
      this.variable = variable;
    }

    static Category of(String label) {
      for (Category c : values()) {
        if (c.label.equals(label)) {
          return c;
        }
      }
      return null;
    }
  }

  private final Map<Category, Map<String, String>> entries;

  private QuantityLexicon(Map<Category, Map<String, String>> entries) {
    this.entries = entries;
  }

  static QuantityLexicon load() {
    Map<Category, Map<String, String>> entries = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      entries.put(c, new LinkedHashMap<>());
    }
    for (RuleFile.Line line : RuleFile.at(RESOURCE).lines()) {
      String[] cols = line.text().split("\t");
      Category category = cols.length == 3 ? Category.of(cols[0].strip()) : null;
      if (category == null) {
        throw new QuantityRulesException(
            line.where()
                + ":1: expected 'category<TAB>words<TAB>meaning' with a"
                + " category from the header, got '"
                + line.text()
                + "'");
      }
      if (category == Category.SCALE
          || category == Category.FRACTION
          || category == Category.NUMBER) {
        number(cols[2].strip(), line.number());
      }
      entries.get(category).put(key(cols[1]), cols[2].strip());
    }
    return new QuantityLexicon(entries);
  }

  private static BigDecimal number(String text, int lineNo) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new QuantityRulesException(
          RESOURCE + ":" + lineNo + ":3: '" + text + "' is not a plain decimal number", e);
    }
  }

  /** Lookup key: lower case, single spaces, no full stop at the end of a word. */
  static String key(String words) {
    List<String> parts = new ArrayList<>();
    for (String part : words.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      parts.add(
          part.length() > 1 && part.endsWith(".") ? part.substring(0, part.length() - 1) : part);
    }
    return String.join(" ", parts);
  }

  /** The meaning of {@code words} in {@code category}, or null if it has none. */
  String meaning(Category category, String words) {
    return words == null ? null : entries.get(category).get(key(words));
  }

  /** The meaning as a number ({@code scale}, {@code fraction}, {@code number}), or null. */
  BigDecimal value(Category category, String words) {
    String meaning = meaning(category, words);
    return meaning == null ? null : new BigDecimal(meaning);
  }

  /**
   * A TokensRegex sequence pattern matching any entry of {@code category}, e.g. {@code (
   * /miljard\.?/ | /bruto/ /binnenlands/ /product\.?/ )}.
   */
  String pattern(Category category) {
    List<String> alternatives = new ArrayList<>();
    for (String words : entries.get(category).keySet()) {
      List<String> tokens = new ArrayList<>();
      for (String word : words.split(" ")) {
        tokens.add("/" + literal(word) + "\\.?/");
      }
      alternatives.add(String.join(" ", tokens));
    }
    return "( " + String.join(" | ", alternatives) + " )";
  }

  /**
   * A regular expression matching one token that any word of an entry of {@code categories} matches
   * in its rules variable: the same expression per word, the same flags as the rules.
   */
  Pattern anyWord(Set<Category> categories) {
    Set<String> alternatives = new LinkedHashSet<>();
    for (Category category : categories) {
      for (String words : entries.get(category).keySet()) {
        for (String word : words.split(" ")) {
          alternatives.add(literal(word) + "\\.?");
        }
      }
    }
    if (alternatives.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(
        "(?:" + String.join("|", alternatives) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** {@code word} as a regular expression that matches only itself (every symbol escaped). */
  private static String literal(String word) {
    StringBuilder sb = new StringBuilder();
    word.codePoints()
        .forEach(
            cp -> {
              if (!Character.isLetterOrDigit(cp)) {
                sb.append('\\');
              }
              sb.appendCodePoint(cp);
            });
    return sb.toString();
  }

  /** Number words and their values, for {@link QuantityNumbers}. */
  Map<String, String> numberWords() {
    return Map.copyOf(entries.get(Category.NUMBER));
  }
}
