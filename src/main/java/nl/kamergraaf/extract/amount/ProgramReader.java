package nl.kamergraaf.extract.amount;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.amount.AmountLexicon.Cue;
import nl.kamergraaf.extract.amount.SentenceView.Clause;
import nl.kamergraaf.extract.amount.SentenceView.Named;
import nl.kamergraaf.extract.amount.SentenceView.Phrase;
import nl.kamergraaf.extract.model.EntityType;

/**
 * Reads what an amount is for, and who receives it, from its clause: a programme whose name holds
 * the amount, the programme before "van" or in apposition, the phrases of "voor", "aan", "via",
 * "in", the antecedent of a relative, a programme named bare in the clause; the recipient from a
 * country or organisation in a phrase of "voor" or "aan". Two programmes read with the same rank
 * ("deels via X en deels via Y") leave the amount without one. In a question with a modal verb the
 * clause asks what the amount could be for, and nothing is read from its phrases.
 */
final class ProgramReader {
  /** The row of "aan": what a contribution goes to. */
  private static final String CONTRIBUTION = "amount/prep-aan";

  private final AmountLexicon lexicon;
  private final Actors actors;

  ProgramReader(AmountLexicon lexicon, Actors actors) {
    this.lexicon = lexicon;
    this.actors = actors;
  }

  /**
   * The programme of the amount over tokens {@code [from, to)}, or null. A percentage takes its
   * programme only from the structure around it and from prepositions: a share is seldom said of
   * the programme its sentence is about.
   */
  Reading program(
      SentenceView s, int from, int to, boolean money, SentenceView previous, boolean giving) {
    Clause c = s.clauseAt(from);
    List<Reading> found = new ArrayList<>();
    for (Named n : s.names) {
      if (n.entity().type() == EntityType.PROGRAM && n.from() <= from && to <= n.to()) {
        found.add(structural("amount/inside-name", n));
      }
    }
    int van = from - 1;
    if (van > c.from() && s.words[van].matches("van|met")) {
      int np = new NounPhrases(s).start(van, c.from());
      for (Named n : s.names) {
        if (n.entity().type() == EntityType.PROGRAM && n.from() >= np && n.to() <= van) {
          found.add(structural("amount/program-of", n));
        }
      }
      Named apposed =
          found.isEmpty() && s.words[van].equals("van")
              ? nameEndingBefore(s, np, c.from(), ",", "(", ")")
              : null;
      if (apposed != null && apposed.entity().type() == EntityType.PROGRAM) {
        found.add(structural("amount/apposition", apposed));
      }
    }
    Phrase of = GiverReader.ofAfter(s, c, to);
    for (Named n : s.names) {
      if (of != null
          && n.entity().type() == EntityType.PROGRAM
          && of.from() <= n.from()
          && n.to() <= of.to()) {
        found.add(structural("amount/of-after", n));
      }
    }
    boolean hypothetical = s.hypothetical(c);
    if (!hypothetical) {
      inClause(s, c, from, to, money, found);
    }
    Reading best = unambiguous(s, c, found, from);
    if (best == null && found.isEmpty() && money && giving && !hypothetical && previous != null) {
      best = fromPreviousSentence(previous);
    }
    return best;
  }

  /**
   * The recipient: a country or organisation that heads a phrase of "voor" or "aan", or null ("voor
   * de EU-lening aan Oekraïne": the EU qualifies the loan, Ukraine receives).
   */
  Reading recipient(SentenceView s, int from) {
    Clause c = s.clauseAt(from);
    if (s.hypothetical(c)) {
      return null;
    }
    Reading best = null;
    for (Named n : s.names) {
      Phrase p = s.phraseOf(n);
      if (n.from() >= c.from()
          && n.to() <= c.to()
          && actors.isActor(n.entity())
          && p != null
          && p.prep().cue() == Cue.LINK_PREP
          && !s.insideItsToken(n)
          && s.reaches(from, n)) {
        best =
            Reading.better(
                best, new Reading(n.entity(), p.prep().rank(), p.prep().id(), n.from()), from);
      }
    }
    return best;
  }

  private void inClause(
      SentenceView s, Clause c, int from, int to, boolean money, List<Reading> found) {
    if (money && c.opener() != null && c.opener().cue() == Cue.RELATIVE) {
      Named antecedent = nameEndingBefore(s, c.from(), 0, ",");
      if (antecedent != null && antecedent.entity().type() == EntityType.PROGRAM) {
        found.add(structural("amount/antecedent", antecedent));
      }
    }
    for (Named n : s.names) {
      if (n.entity().type() != EntityType.PROGRAM
          || n.from() < c.from()
          || n.to() > c.to()
          || (n.from() <= from && to <= n.to())
          || !s.reaches(from, n)) {
        continue;
      }
      Phrase p = s.phraseOf(n);
      if (p == null) {
        if (money && !actorBetween(s, n, from)) {
          found.add(structural("amount/program-in-clause", n));
        }
      } else if (p.prep().cue() == Cue.LINK_PREP || p.prep().cue() == Cue.SOURCE_PREP) {
        found.add(new Reading(n.entity(), p.prep().rank(), p.prep().id(), n.from()));
      }
    }
  }

  /**
   * The best reading, unless another of the same rank names another entity, or its preposition
   * heads another phrase with another programme or organisation in the clause (a split).
   */
  private Reading unambiguous(SentenceView s, Clause c, List<Reading> found, int from) {
    Reading best = null;
    for (Reading r : found) {
      best = Reading.better(best, r, from);
    }
    if (best == null) {
      return null;
    }
    for (Reading r : found) {
      if (r.rank() == best.rank() && !r.entity().equals(best.entity())) {
        return null;
      }
    }
    for (Named n : s.names) {
      Phrase p = s.phraseOf(n);
      boolean channel =
          n.entity().type() == EntityType.PROGRAM || n.entity().type() == EntityType.ORGANIZATION;
      if (channel
          && p != null
          && p.prep().id().equals(best.rule())
          && n.from() >= c.from()
          && n.to() <= c.to()
          && !n.entity().equals(best.entity())) {
        return null;
      }
    }
    return best;
  }

  /**
   * Whether an actor named outside any phrase stands between the name and the amount: it is another
   * clause's.
   */
  private boolean actorBetween(SentenceView s, Named n, int amount) {
    int lo = Math.min(n.to(), amount);
    int hi = Math.max(n.from(), amount);
    return s.names.stream()
        .anyMatch(
            o ->
                o.from() >= lo
                    && o.to() <= hi
                    && actors.isActor(o.entity())
                    && s.phraseOf(o) == null);
  }

  /**
   * The one programme the previous sentence gives to, in a clause of giving ("om bij te dragen aan
   * het PURL-initiatief"), or null. Only "aan": "raketten voor Patriot" names what goods are for,
   * not where money went.
   */
  private Reading fromPreviousSentence(SentenceView previous) {
    Named only = null;
    for (Named n : previous.names) {
      Phrase p = previous.phraseOf(n);
      if (n.entity().type() == EntityType.PROGRAM
          && p != null
          && p.prep().id().equals(CONTRIBUTION)
          && GiverReader.giving(previous, n.from())) {
        if (only != null && !only.entity().equals(n.entity())) {
          return null;
        }
        only = n;
      }
    }
    return only == null
        ? null
        : new Reading(
            only.entity(),
            lexicon.row("amount/previous-sentence").rank(),
            "amount/previous-sentence",
            -1);
  }

  private Reading structural(String id, Named n) {
    return new Reading(n.entity(), lexicon.row(id).rank(), id, n.from());
  }

  /**
   * The name that ends right before token {@code at}, past any of the {@code signs}, not before
   * {@code limit}.
   */
  static Named nameEndingBefore(SentenceView s, int at, int limit, String... signs) {
    int k = at - 1;
    for (int skipped = 0;
        k >= limit && skipped < 2 && List.of(signs).contains(s.words[k]);
        skipped++) {
      k--;
    }
    // "het Ukraine Assistance Fund (UAF), een envelop …": past the acronym in brackets
    if (k + 1 < at && s.words[k + 1].equals(")")) {
      int open = k;
      while (open >= limit && open > k - 4 && !s.words[open].equals("(")) {
        open--;
      }
      k = open >= limit && s.words[open].equals("(") ? open - 1 : k;
    }
    if (k < limit) {
      return null;
    }
    Named n = s.nameAt(k);
    return n != null && n.to() == k + 1 ? n : null;
  }
}
