package nl.kamergraaf.extract.amount;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kamergraaf.extract.amount.AmountLexicon.Cue;
import nl.kamergraaf.extract.amount.AmountLexicon.Row;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.nlp.Sentence;
import nl.kamergraaf.ingest.Span;

/**
 * One sentence as the clause reader sees it: lower-case tokens, the names in it as token ranges,
 * its clauses (split where the lexicon's boundaries stand) and the phrases its prepositions head.
 * No tagger: a phrase runs over determiners, adjectives, one or two heads and "van" chains and
 * coordinations ({@link NounPhrases}).
 */
final class SentenceView {
  static final Set<Cue> PREPOSITIONS =
      EnumSet.of(Cue.LINK_PREP, Cue.SOURCE_PREP, Cue.GIVER_PREP, Cue.AGENT_PREP, Cue.OTHER_PREP);
  static final Set<Cue> OPENERS = EnumSet.of(Cue.BOUNDARY, Cue.RELATIVE, Cue.CONTROL, Cue.PART);
  static final Set<Cue> VERBS =
      EnumSet.of(
          Cue.VERB,
          Cue.GIVING_VERB,
          Cue.RECEIVING_VERB,
          Cue.PASSIVE_AUX,
          Cue.HYPOTHETICAL,
          Cue.GOVERNING_VERB);

  /**
   * A name over tokens {@code [from, to)}; {@code mention} is null for a group word
   * ("bondgenoten").
   */
  record Named(Entity entity, int from, int to, Mention mention) {}

  /**
   * Tokens {@code [from, to)}; {@code opener} is the boundary row it starts with (null: the
   * sentence start).
   */
  record Clause(int index, int from, int to, Row opener) {}

  /** A preposition (row, its first token) and the tokens its phrase covers, {@code [from, to)}. */
  record Phrase(Row prep, int from, int to) {}

  /** A row matched at a token, over {@code length} tokens. */
  record Match(Row row, int length) {}

  final Span span;
  final List<CoreLabel> tokens;
  final String[] words;
  final List<Named> names;
  final List<Clause> clauses = new ArrayList<>();
  final List<Phrase> phrases = new ArrayList<>();
  private final List<int[]> quantities = new ArrayList<>();
  final boolean question;
  private final Cues cues;

  SentenceView(Sentence sentence, List<Mention> mentions, AmountLexicon lexicon, Actors actors) {
    this.span = sentence.span();
    this.tokens = sentence.tokens();
    this.words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
    this.cues = new Cues(words, lexicon);
    this.names = names(mentions, actors);
    this.question = words.length > 0 && words[words.length - 1].equals("?");
    splitClauses();
    NounPhrases nps = new NounPhrases(this);
    for (int i = 0; i < words.length; i++) {
      Match m = match(i, PREPOSITIONS);
      if (m != null) {
        Named self = nameAt(i);
        int end =
            self != null && self.from() == i && self.to() <= i + m.length()
                ? self.to()
                : nps.end(i + m.length(), clauseAt(i).to());
        phrases.add(new Phrase(m.row(), i, end));
        i += m.length() - 1;
      }
    }
  }

  private List<Named> names(List<Mention> mentions, Actors actors) {
    List<Named> out = new ArrayList<>();
    for (Mention m : mentions) {
      Span s = m.provenance().span();
      if (!span.contains(s)) {
        continue;
      }
      int from = tokenAt(s.start());
      int to = tokenAt(s.end() - 1) + 1;
      if (from >= 0 && to > from) {
        out.add(new Named(m.entity(), from, to, m));
      }
    }
    for (int i = 0; i < words.length; i++) {
      Entity group = actors.group(words[i]);
      if (group != null && nameAt(out, i) == null) {
        out.add(new Named(group, i, i + 1, null));
      }
    }
    out.sort(Comparator.comparingInt(Named::from));
    // "Tsjechisch" in "Tsjechisch munitie-initiatief": a name inside another is part of that name;
    // "(NSPA)" right after "NATO Support and Procurement Agency" is that name again
    List<Named> outer = new ArrayList<>();
    for (Named n : out) {
      Named last = outer.isEmpty() ? null : outer.get(outer.size() - 1);
      boolean again =
          last != null
              && n.from() >= 1
              && words[n.from() - 1].equals("(")
              && last.to() == n.from() - 1
              && last.entity().equals(n.entity());
      if (!again && out.stream().noneMatch(o -> o != n && inside(n, o))) {
        outer.add(n);
      }
    }
    return List.copyOf(outer);
  }

  /** Whether name {@code n} lies within name {@code o} and is smaller. */
  private static boolean inside(Named n, Named o) {
    if (n.mention() == null || o.mention() == null) {
      return false;
    }
    Span a = n.mention().provenance().span();
    Span b = o.mention().provenance().span();
    return b.contains(a) && b.length() > a.length();
  }

  private void splitClauses() {
    int start = 0;
    Row opener = null;
    for (int i = 0; i < words.length; i++) {
      Match m = nameAt(i) == null ? match(i, OPENERS) : null;
      if (m != null && i > start) {
        clauses.add(new Clause(clauses.size(), start, i, opener));
        start = i;
      }
      if (m != null) {
        opener = m.row();
        i += m.length() - 1;
      }
    }
    clauses.add(new Clause(clauses.size(), start, words.length, opener));
  }

  /** The token that holds the character at {@code offset}, or -1. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).beginPosition() <= offset && offset < tokens.get(i).endPosition()) {
        return i;
      }
      if (tokens.get(i).beginPosition() > offset) {
        return i;
      }
    }
    return -1;
  }

  Clause clauseAt(int token) {
    for (Clause c : clauses) {
      if (token >= c.from() && token < c.to()) {
        return c;
      }
    }
    return clauses.get(clauses.size() - 1);
  }

  /** The name that covers token {@code i}, or null. */
  Named nameAt(int i) {
    return nameAt(names, i);
  }

  private static Named nameAt(List<Named> names, int i) {
    Named best = null;
    for (Named n : names) {
      if (n.from() <= i
          && i < n.to()
          && (best == null || n.to() - n.from() > best.to() - best.from())) {
        best = n;
      }
    }
    return best;
  }

  /** The outermost phrase a name stands in, or null when it stands in none. */
  Phrase phraseOf(Named n) {
    for (Phrase p : phrases) {
      if (p.from() <= n.from() && n.to() <= p.to()) {
        return p;
      }
    }
    return null;
  }

  /** The longest form of a row of one of {@code cues} that starts at token {@code i}, or null. */
  Match match(int i, Set<Cue> cues) {
    return this.cues.match(i, cues);
  }

  /**
   * Whether the words of a row of kind {@code cue} stand in the clause; with {@code participle}
   * only a participle form.
   */
  boolean has(Clause c, Cue cue, boolean participle) {
    return cues.has(c.from(), c.to(), cue, participle);
  }

  /**
   * "de 30 miljard", "dit bedrag van 17,45 miljard": the amount at token {@code from} refers to one
   * already named.
   */
  boolean refersBack(int from) {
    Set<Cue> definite = EnumSet.of(Cue.DEFINITE);
    // "dat € 40 miljoen is toegezegd": "dat" opening a clause is no determiner
    if (from > 0 && match(from - 1, definite) != null && match(from - 1, OPENERS) == null) {
      return true;
    }
    return from > 2 && words[from - 1].equals("van") && match(from - 3, definite) != null;
  }

  /**
   * Tells the view where the sentence's amounts and percentages stand: {@code [from, to)} each, in
   * order.
   */
  void placeQuantities(List<int[]> placed) {
    quantities.clear();
    quantities.addAll(placed);
  }

  /**
   * Whether a name can belong to the amount that starts at {@code amount}: "€ 1 miljard via PURL en
   * € 500 miljoen voor X" — a name after an amount of its clause belongs to the nearest amount
   * before it (and to the next one unless "en" or a comma comes first); one before all the clause's
   * amounts to each of them.
   */
  boolean reaches(int amount, Named n) {
    Clause c = clauseAt(amount);
    int owner = -1;
    int next = c.to();
    for (int[] q : quantities) {
      if (q[0] >= c.from() && q[1] <= c.to() && q[1] <= n.from()) {
        owner = q[0];
      } else if (q[0] >= n.to() && q[0] < next && q[1] <= c.to()) {
        next = q[0];
      }
    }
    // "… komt de steun aan Oekraïne op € 4,4 miljard": without "en" or a comma before the next
    // amount, the name is said of that one too
    return owner < 0 || owner == amount || (amount == next && !coordinated(n.to(), next));
  }

  /**
   * Where the stretch of clause {@code c} before the amount at {@code amount} starts: after the
   * clause's amount before it.
   */
  int segmentStart(Clause c, int amount) {
    int start = c.from();
    for (int[] q : quantities) {
      if (q[0] >= c.from() && q[1] <= amount) {
        start = Math.max(start, q[1]);
      }
    }
    return start;
  }

  private boolean coordinated(int from, int to) {
    for (int i = from; i < to; i++) {
      if (words[i].matches("en|of|,|;")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause asks what could be done with the amount: a question with a modal verb. */
  boolean hypothetical(Clause c) {
    return question && has(c, Cue.HYPOTHETICAL, false);
  }

  /** Whether token {@code i} is a verb the lexicon knows (of giving, receiving, an auxiliary …). */
  boolean isVerb(int i) {
    return i < words.length && match(i, VERBS) != null;
  }

  /** "EU" in "EU-steun": the name is part of a longer word, which it qualifies. */
  boolean insideItsToken(Named n) {
    if (n.mention() == null || n.to() != n.from() + 1) {
      return false;
    }
    CoreLabel token = tokens.get(n.from());
    Span s = n.mention().provenance().span();
    return token.beginPosition() < s.start() || s.end() < token.endPosition();
  }

  /** Whether token {@code i} is a word (not a sign, a preposition, a boundary or a conjunction). */
  boolean isPlainWord(int i) {
    String w = words[i];
    return w.codePoints().anyMatch(Character::isLetterOrDigit)
        && !w.equals("en")
        && !w.equals("of")
        && match(i, PREPOSITIONS) == null
        && match(i, OPENERS) == null;
  }
}
