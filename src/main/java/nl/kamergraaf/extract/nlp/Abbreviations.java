package nl.kamergraaf.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.rules.RuleFile;

/**
 * Dutch abbreviations with a full stop ("mld.", "blz.", "bijv."), read from {@code
 * abbreviations.tsv}, and the repair of tokens that CoreNLP's English tokenizer split off them.
 */
final class Abbreviations {
  static final String RESOURCE = "/nl/kamergraaf/extract/nlp/abbreviations.tsv";

  /** Abbreviation (lower case) to whether it may end a sentence. */
  private final Map<String, Boolean> mayEnd;

  private Abbreviations(Map<String, Boolean> mayEnd) {
    this.mayEnd = Map.copyOf(mayEnd);
  }

  static Abbreviations load() {
    Map<String, Boolean> map = new HashMap<>();
    for (RuleFile.Line line : RuleFile.at(RESOURCE).lines()) {
      String[] cols = line.stripped().split("\t");
      if (cols.length != 2 || !(cols[1].equals("yes") || cols[1].equals("no"))) {
        throw new ExtractException(
            line.where() + ":1: expected 'abbreviation<TAB>yes|no', got '" + line.text() + "'");
      }
      map.put(cols[0].toLowerCase(Locale.ROOT), cols[1].equals("yes"));
    }
    return new Abbreviations(map);
  }

  boolean contains(String word) {
    return mayEnd.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The tokens with every known abbreviation glued to the full stop that touches it, unless the
   * abbreviation may end a sentence and the next word starts with a capital (then the full stop is
   * the sentence's end, as CoreNLP does for English abbreviations).
   */
  List<CoreLabel> merge(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      CoreLabel next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (next != null
          && ".".equals(next.word())
          && next.beginPosition() == token.endPosition()
          && contains(token.word())
          && !endsSentence(token, i + 2 < tokens.size() ? tokens.get(i + 2) : null)) {
        out.add(glue(token, next));
        i++;
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private boolean endsSentence(CoreLabel abbreviation, CoreLabel following) {
    if (!mayEnd.get(abbreviation.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (following == null
        || Boolean.TRUE.equals(following.get(CoreAnnotations.IsNewlineAnnotation.class))) {
      return true;
    }
    String word = following.word();
    // "2,5 mld. EUR": a short word in capitals after a unit is a code, not a new sentence.
    if (word.length() <= 4 && word.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static CoreLabel glue(CoreLabel word, CoreLabel stop) {
    CoreLabel glued = new CoreLabel(word);
    String text = word.word() + ".";
    glued.setWord(text);
    glued.setValue(text);
    glued.setOriginalText(word.originalText() + stop.originalText());
    glued.setEndPosition(stop.endPosition());
    glued.set(
        CoreAnnotations.AfterAnnotation.class, stop.get(CoreAnnotations.AfterAnnotation.class));
    return glued;
  }
}
