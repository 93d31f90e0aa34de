package nl.kamergraaf.extract.clause;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.ingest.Span;

/**
 * Reads the clause structure of Dutch sentences without a statistical model: the verbs of {@code
 * verbs.tsv}, the function words of {@code function-words.tsv} and the names already found make the
 * units; word order makes the clauses (see {@link ClauseSplitter}); the preposition before a name,
 * or before the name it is coordinated with, governs it.
 *
 * <pre>
 * ClauseReader reader = ClauseReader.load();
 * ParsedSentence parsed = reader.read(text, sentence.span(), sentence.tokens(), namesInSentence);
 * ClauseArguments args = reader.arguments(parsed);
 * </pre>
 *
 * <p>Thread-safe after loading.
 */
public final class ClauseReader {
  /** "hierin", "daaraan": a name standing for a preposition and what it governs. */
  private static final Map<String, String> PRONOMINAL =
      Map.ofEntries(
          Map.entry("in", "in"),
          Map.entry("aan", "aan"),
          Map.entry("bij", "bij"),
          Map.entry("voor", "voor"),
          Map.entry("mee", "met"),
          Map.entry("van", "van"),
          Map.entry("over", "over"),
          Map.entry("op", "op"),
          Map.entry("naar", "naar"),
          Map.entry("toe", "tot"),
          Map.entry("uit", "uit"),
          Map.entry("onder", "onder"),
          Map.entry("binnen", "binnen"),
          Map.entry("door", "door"),
          Map.entry("tegen", "tegen"));

  private final VerbLexicon verbs;
  private final FunctionWords words;
  private final SentenceUnits units;
  private final ClauseSplitter splitter;

  private ClauseReader(VerbLexicon verbs, FunctionWords words) {
    this.verbs = verbs;
    this.words = words;
    this.units = new SentenceUnits(verbs, words);
    this.splitter = new ClauseSplitter(words);
  }

  /** Loads the bundled verb and function-word tables. */
  public static ClauseReader load() {
    return new ClauseReader(VerbLexicon.load(), FunctionWords.load());
  }

  public VerbLexicon verbs() {
    return verbs;
  }

  public FunctionWords words() {
    return words;
  }

  /**
   * The clauses of one sentence; {@code names} are the names inside it, sorted, not overlapping.
   */
  public ParsedSentence read(
      String text, Span sentence, List<CoreLabel> tokens, List<Mention> names) {
    List<Unit> u = units.of(text, tokens, names);
    List<String> governors = governors(u);
    return new ParsedSentence(sentence, u, splitter.split(u), governors, chains(u, governors));
  }

  /** Subjects and objects of the clauses of a parsed sentence. */
  public ClauseArguments arguments(ParsedSentence sentence) {
    return new ClauseArguments(sentence, words);
  }

  private List<String> governors(List<Unit> u) {
    List<String> out = new ArrayList<>(u.size());
    for (int k = 0; k < u.size(); k++) {
      out.add(u.get(k).isName() ? governorOf(u, k, out) : "");
    }
    return out;
  }

  /**
   * "tot de opbouw van X": for a name governed by a preposition right after a noun, the preposition
   * that governs that noun ("tot"), "" when that noun has none ("de inzet op X" as an object), null
   * for other units.
   */
  private List<String> chains(List<Unit> u, List<String> governors) {
    List<String> out = new ArrayList<>(u.size());
    for (int k = 0; k < u.size(); k++) {
      String g = governors.get(k);
      out.add(g.isEmpty() || !u.get(k).isName() ? null : chainOf(u, k, g));
    }
    return out;
  }

  private String chainOf(List<Unit> u, int k, String governor) {
    int van = k - 1;
    while (van >= 0 && !u.get(van).lower().equals(governor)) {
      van--;
    }
    Unit before = van > 0 ? u.get(van - 1) : null;
    if (van > 1 && before.lower().equals(",") && words.is(WordClass.INCLUSION, governor)) {
      return outermostPreposition(u, van - 2); // "aan projecten voor cyber, zoals de CRRT"
    }
    if (van < 0
        || before != null
            && !endsNounPhrase(before)
            && !before.lower().endsWith("e")
            && !before.verbIsA(VerbForm.Kind.INFINITIVE)) {
      return null; // not right after a noun: "aan Oekraïne", where no phrase stands before
    }
    for (int j = van - 1; j >= Math.max(0, van - 6); j--) {
      Unit x = u.get(j);
      String w = x.lower();
      if (words.is(WordClass.PREPOSITION, w)) {
        return w.equals("te") || w.equals("om") ? "" : w;
      }
      if (x.isName() || x.isVerb() || x.isPunctuation()) {
        return "";
      }
      if (words.is(WordClass.DETERMINER, w)
          && j > 0
          && endsNounPhrase(u.get(j - 1))
          && !words.is(WordClass.PREPOSITION, u.get(j - 1).lower())) {
        return ""; // "sinds januari het voorzitterschap van X": a new phrase starts at "het"
      }
    }
    return "";
  }

  private String governorOf(List<Unit> u, int k, List<String> known) {
    String quote = u.get(k).lower();
    if (quote.startsWith("hier") || quote.startsWith("daar") || quote.startsWith("waar")) {
      String p = PRONOMINAL.get(quote.substring(4));
      if (p != null) {
        return p;
      }
    }
    boolean adjectivalParticiple = false;
    for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
      Unit x = u.get(j);
      String w = x.lower();
      if (x.isName() && SentenceUnits.countryAdjective(x)) {
        continue; // "met het Oekraïense GreentechHarvest"
      }
      if (x.isName() && adjectivalParticiple && j > 0 && u.get(j - 1).lower().equals("door")) {
        j--; // "het door Duitsland geleide inkoopproject": the agent stands inside the modifier
        continue;
      }
      if (x.isName() || x.isVerb() && !x.verbIsA(VerbForm.Kind.PARTICIPLE)) {
        return "";
      }
      adjectivalParticiple |= x.verbIsA(VerbForm.Kind.PARTICIPLE) && w.endsWith("e");
      if (words.is(WordClass.PREPOSITION, w) || words.is(WordClass.INCLUSION, w)) {
        if (adjectivalParticiple && j > 0 && words.is(WordClass.DETERMINER, u.get(j - 1).lower())) {
          continue; // "de in 2024 vastgestelde X": the phrase modifies X, it does not govern it
        }
        return w.equals("te") || w.equals("om") ? "" : w;
      }
      if (w.equals(",")
          || words.is(WordClass.COORDINATOR, w)
          || w.equals("als")
          || w.equals("zowel")) {
        // coordinated with the name before: governed as that one is ("van de leden van de
        // VVD-fractie vragen de minister of Nederland": a verb or a noun ends the search)
        for (int p = j - 1; p >= Math.max(0, j - 4); p--) {
          if (u.get(p).isName()) {
            return known.get(p);
          }
          if (u.get(p).isVerb() || endsNounPhrase(u.get(p))) {
            break;
          }
        }
        return "";
      }
      if (w.equals(".") || w.equals(";") || w.equals(":")) {
        return "";
      }
      if (w.equals("(") && j > 0 && u.get(j - 1).isName()) {
        return known.get(
            j - 1); // "het Europees Defensie Agentschap (EDA)": the acronym as its long form
      }
      if (endsNounPhrase(x)) {
        // "als reactie op meervoudige luchtruimschendingen Eastern Sentry": a noun ended the
        // phrase the preposition governs ("de missie EUFOR Althea" only names its kind)
        return "";
      }
    }
    return "";
  }

  /**
   * The preposition that opens the phrase ending at {@code last}, through the phrases after its
   * nouns ("aan PESCO-projecten op gebied van cyber" gives "aan"); null when a verb or a stop comes
   * first.
   */
  private String outermostPreposition(List<Unit> u, int last) {
    String outer = null;
    for (int j = last; j >= Math.max(0, last - 20); j--) {
      Unit x = u.get(j);
      String w = x.lower();
      if (x.isVerb() || x.isPunctuation() && !w.equals("(") && !w.equals(")")) {
        break;
      }
      if (words.is(WordClass.PREPOSITION, w) && !words.is(WordClass.INCLUSION, w)) {
        outer = w;
      }
    }
    return outer == null || outer.equals("te") || outer.equals("om") ? null : outer;
  }

  /**
   * A plain word that is a noun ending a phrase: not an inflected adjective, article or classifier.
   */
  private boolean endsNounPhrase(Unit x) {
    String w = x.lower();
    if (x.mention() != null
        || x.isPunctuation()
        || x.isVerb()
        || !Character.isLetter(w.codePointAt(0))) {
      return false;
    }
    if (words.is(WordClass.CLASSIFIER, w)
        || words.is(WordClass.DETERMINER, w)
        || words.is(WordClass.ADVERB, w)
        || w.endsWith("e")) {
      return false;
    }
    return true;
  }
}
