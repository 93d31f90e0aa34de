package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;

/** The Dutch function words of {@code rules/function-words.tsv}, by the part they play. */
public final class FunctionWords {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/function-words.tsv";

  /** The classes the table must have; a class the code does not know is an error too. */
  public enum WordClass {
    SUBORDINATOR,
    CONDITION,
    RELATIVE,
    COORDINATOR,
    PREPOSITION,
    DETERMINER,
    NEGATION,
    INTENTION,
    QUESTION,
    FIRST_PERSON,
    COMITATIVE,
    AGENT,
    GENERIC,
    INCLUSION,
    ADVERB,
    CLASSIFIER,
    STATE,
    CAUSE,
    ADVOCACY,
    OBSTRUCTION;

    static WordClass of(String name, String where) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new ExtractException(where + ": unknown word class '" + name + "'");
      }
    }
  }

  private final Map<WordClass, Set<String>> single = new HashMap<>();
  private final Map<WordClass, List<List<String>>> phrases = new HashMap<>();

  private FunctionWords() {}

  /** The bundled table. */
  public static FunctionWords load() {
    FunctionWords words = new FunctionWords();
    for (TsvTable.Row row : TsvTable.load(RESOURCE).require("class", "words").rows()) {
      WordClass c = WordClass.of(row.get("class"), row.where());
      for (String w : row.list("words")) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.contains(" ")) {
          words.phrases.computeIfAbsent(c, k -> new ArrayList<>()).add(List.of(lower.split(" +")));
        } else {
          words.single.computeIfAbsent(c, k -> new HashSet<>()).add(lower);
        }
      }
    }
    for (WordClass c : WordClass.values()) {
      if (!words.single.containsKey(c) && !words.phrases.containsKey(c)) {
        throw new ExtractException(
            RESOURCE + ": no words of class " + c.name().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** Whether the word (any case) is of this class. */
  public boolean is(WordClass c, String word) {
    return single.getOrDefault(c, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The length in words of a phrase of this class starting at {@code from} in {@code words} (lower
   * case), 1 for a single word, 0 for none.
   */
  public int phraseAt(WordClass c, List<String> words, int from) {
    int best = is(c, words.get(from)) ? 1 : 0;
    for (List<String> p : phrases.getOrDefault(c, List.of())) {
      if (p.size() > best
          && from + p.size() <= words.size()
          && words.subList(from, from + p.size()).equals(p)) {
        best = p.size();
      }
    }
    return best;
  }
}
