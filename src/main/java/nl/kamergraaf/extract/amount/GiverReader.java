package nl.kamergraaf.extract.amount;

import nl.kamergraaf.extract.amount.AmountLexicon.Cue;
import nl.kamergraaf.extract.amount.SentenceView.Clause;
import nl.kamergraaf.extract.amount.SentenceView.Named;
import nl.kamergraaf.extract.amount.SentenceView.Phrase;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * Reads who gives or spends an amount, or whose share a percentage is: the agent of a passive
 * ("door X"), the actor in the noun before "van" ("de Nederlandse bijdrage van € N"), "vanuit X",
 * the clause's subject (before the amount; in a clause without one, the subject of the clause that
 * governs it through "om", a colon, "waarvan" or a verb like "besluiten"; else an actor after the
 * amount), and failing all, the owner of the amount's programme. Only countries and organisations
 * act; the fracties' "wij" and parliament never do.
 */
final class GiverReader {
  private static final int MAX_CLIMB = 2;
  private final AmountLexicon lexicon;
  private final Actors actors;

  GiverReader(AmountLexicon lexicon, Actors actors) {
    this.lexicon = lexicon;
    this.actors = actors;
  }

  /**
   * Whether the clause of token {@code at} speaks of giving or spending (a verb or noun of the
   * lexicon).
   */
  static boolean giving(SentenceView s, int at) {
    Clause c = s.clauseAt(at);
    return s.has(c, Cue.GIVING_VERB, false) || s.has(c, Cue.GIVING_NOUN, false);
  }

  /**
   * The giver of the amount over tokens {@code [from, to)}, or null; {@code program} is the reading
   * of its programme, if any. The owner of a norm holds its percentages, the owner of a fund or
   * plan gives its money; a figure inside a programme's name ("de 1,5%-norm") is the owner's
   * whoever speaks of it.
   */
  Reading giver(
      SentenceView s, int from, int to, boolean money, boolean inQuestion, Reading program) {
    Clause c = s.clauseAt(from);
    boolean passive = passive(s, c);
    Reading best = receiving(s, from) ? sourceOfReceiving(s, c, from) : null;
    for (Named n : s.names) {
      Phrase p = s.phraseOf(n);
      if (p == null || n.from() < c.from() || n.to() > c.to() || !actors.isActor(n.entity())) {
        continue;
      }
      if (p.prep().cue() == Cue.GIVER_PREP || (p.prep().cue() == Cue.AGENT_PREP && passive)) {
        best =
            Reading.better(
                best, new Reading(n.entity(), p.prep().rank(), p.prep().id(), n.from()), from);
      }
    }
    best = Reading.better(best, holder(s, c, from), from);
    Phrase of = receiving(s, from) ? null : ofAfter(s, c, to);
    for (Named n : s.names) {
      if (of != null && of.from() <= n.from() && n.to() <= of.to() && actors.isActor(n.entity())) {
        best =
            Reading.better(
                best,
                new Reading(
                    n.entity(), lexicon.row("amount/of-after").rank(), "amount/of-after", n.from()),
                from);
      }
    }
    if (!receiving(s, from)) {
      String rule = giving(s, from) ? "amount/subject-giving" : "amount/subject";
      best = Reading.better(best, subject(s, c, from, to, inQuestion, rule, 0), from);
    }
    Entity owner = program == null ? null : actors.owner(program.entity());
    boolean norm = program != null && "norm".equals(program.entity().kind());
    if (owner != null && program.rule().equals("amount/inside-name")) {
      best =
          Reading.better(
              best,
              new Reading(owner, lexicon.row("amount/name-owner").rank(), "amount/name-owner", -1),
              from);
    } else if (best == null && owner != null && money != norm) {
      best =
          new Reading(
              owner, lexicon.row("amount/program-owner").rank(), "amount/program-owner", -1);
    }
    // not for an amount named before ("de € 60 miljard") or asked about ("Kan … worden besteed?")
    if (best == null
        && money
        && passive
        && actors.defaultGiver() != null
        && !othersActIn(s, c)
        && !s.refersBack(from)
        && !s.hypothetical(c)) {
      best =
          new Reading(
              actors.defaultGiver(),
              lexicon.row("amount/default-giver").rank(),
              "amount/default-giver",
              -1);
    }
    return best == null
        ? null
        : new Reading(actors.actingFor(best.entity()), best.rank(), best.rule(), best.at());
  }

  /** The phrase of "van" right after the amount ("de € 5 miljard van het UAF"), or null. */
  static Phrase ofAfter(SentenceView s, Clause c, int to) {
    if (to >= c.to() || !s.words[to].equals("van")) {
      return null;
    }
    return s.phrases.stream().filter(p -> p.from() == to).findFirst().orElse(null);
  }

  /**
   * Whether a country or organisation other than the default giver is named in the clause, outside
   * the phrases of a recipient.
   */
  private boolean othersActIn(SentenceView s, Clause c) {
    for (Named n : s.names) {
      Phrase p = s.phraseOf(n);
      if (n.from() >= c.from()
          && n.to() <= c.to()
          && actors.isActor(n.entity())
          && !actors.actingFor(n.entity()).equals(actors.defaultGiver())
          && (p == null || p.prep().cue() != Cue.LINK_PREP)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause of token {@code at} speaks of receiving, and not of giving. */
  static boolean receiving(SentenceView s, int at) {
    Clause c = s.clauseAt(at);
    return s.has(c, Cue.RECEIVING_VERB, false) && !s.has(c, Cue.GIVING_VERB, false);
  }

  /** In a clause of receiving, its subject: who receives ("Oekraïne ontvangt € N"), or null. */
  Reading receiver(SentenceView s, int from, int to, boolean inQuestion) {
    Reading r = subject(s, s.clauseAt(from), from, to, inQuestion, "amount/subject-receiving", 0);
    return r == null ? null : new Reading(actors.actingFor(r.entity()), r.rank(), r.rule(), r.at());
  }

  /** "… ontvangt € N van de EU", "uit het EPF": the actor the money comes from. */
  private Reading sourceOfReceiving(SentenceView s, Clause c, int from) {
    Reading best = null;
    for (Named n : s.names) {
      Phrase p = s.phraseOf(n);
      if (p != null
          && n.from() >= c.from()
          && n.to() <= c.to()
          && actors.isActor(n.entity())
          && s.words[p.from()].matches("van|uit|vanuit")) {
        String id = "amount/source-of-receiving";
        best =
            Reading.better(
                best, new Reading(n.entity(), lexicon.row(id).rank(), id, n.from()), from);
      }
    }
    return best;
  }

  /**
   * "de Nederlandse bijdrage van € N", "de NAVO-norm van 3,5%": an actor that qualifies the noun
   * before "van".
   */
  private Reading holder(SentenceView s, Clause c, int from) {
    int van = from - 1;
    if (van <= c.from() || !s.words[van].equals("van")) {
      return null;
    }
    int np = new NounPhrases(s).start(van, c.from());
    for (Named n : s.names) {
      if (n.from() < np || n.to() > van || !actors.isActor(n.entity())) {
        continue;
      }
      Phrase p = s.phraseOf(n);
      boolean qualifies = n.to() < van || s.insideItsToken(n);
      if (qualifies || p == null) {
        return new Reading(
            n.entity(), lexicon.row("amount/holder-of").rank(), "amount/holder-of", n.from());
      }
    }
    return null;
  }

  /**
   * The subject of clause {@code c} for an amount at {@code [from, to)}; climbs to the governing
   * clause.
   */
  private Reading subject(
      SentenceView s, Clause c, int from, int to, boolean inQuestion, String rule, int climbed) {
    boolean passive = passive(s, c);
    int end = Math.min(from, c.to());
    Reading before =
        passive
            ? null
            : actorBefore(
                s,
                climbed == 0 ? s.segmentStart(c, end) : c.from(),
                end,
                giving(s, end - 1),
                inQuestion,
                rule);
    if (before == null && !passive && climbed == 0) {
      // "Nederland komt uit op 2,01% … en 2,26% …": amounts in a row share the clause's subject
      before = actorBefore(s, c.from(), end, giving(s, end - 1), inQuestion, rule);
    }
    if (before != null) {
      return before;
    }
    if (climbed < MAX_CLIMB && governed(s, c)) {
      Clause above = s.clauses.get(c.index() - 1);
      Reading r =
          subject(
              s,
              above,
              above.to(),
              above.to(),
              inQuestion,
              "amount/governing-subject",
              climbed + 1);
      if (r != null) {
        return r;
      }
    }
    boolean controlled = c.opener() != null && c.opener().cue() == Cue.CONTROL;
    for (int i = to; i < c.to() && !passive && !controlled && climbed == 0; i++) {
      Named n = s.nameAt(i);
      if (n != null && s.phraseOf(n) == null && actors.isActor(n.entity())) {
        return new Reading(n.entity(), lexicon.row(rule).rank() - 1, rule, n.from());
      }
    }
    return null;
  }

  /**
   * An actor outside any phrase in tokens {@code [from, end)}, or the writer's "ik"/"wij": in a
   * clause of giving the first (the subject comes before the object in "Nederland steunt Oekraïne
   * met € N" and "Daarom steunt Nederland Oekraïne met € N"), in any other the one nearest the
   * amount ("wanneer de VS … de Nederlandse defensie-uitgaven naar 4% …").
   */
  private Reading actorBefore(
      SentenceView s, int from, int end, boolean first, boolean inQuestion, String rule) {
    Reading found = null;
    for (int i = from; i < end; i++) {
      Named n = s.nameAt(i);
      Entity actor = null;
      if (n != null) {
        actor = s.phraseOf(n) == null && actors.isActor(n.entity()) ? holderOf(s, n) : null;
        i = n.to() - 1;
      } else if (actors.voice(s.words[i]) != null && !inPhrase(s, i) && !inQuestion) {
        actor = actors.voice(s.words[i]);
      }
      if (actor != null) {
        found = new Reading(actor, lexicon.row(rule).rank(), rule, n != null ? n.from() : i);
        if (first) {
          return found;
        }
      }
    }
    return found;
  }

  /**
   * "de Oekraïense minister van Defensie": a role's country when the paper names it, else the role.
   */
  private static Entity holderOf(SentenceView s, Named n) {
    if (n.entity().type() == EntityType.ROLE) {
      Named before = ProgramReader.nameEndingBefore(s, n.from(), 0);
      if (before != null && before.entity().type() == EntityType.COUNTRY) {
        return before.entity();
      }
    }
    return n.entity();
  }

  /**
   * Whether the clause takes its subject from the one before: after "om" or ":" (unless the clause
   * before asks or proposes it of others), "waarvan", or a dat-clause of "besluiten".
   */
  private static boolean governed(SentenceView s, Clause c) {
    if (c.index() == 0 || c.opener() == null) {
      return false;
    }
    Cue cue = c.opener().cue();
    Clause above = s.clauses.get(c.index() - 1);
    return (cue == Cue.CONTROL && !s.has(above, Cue.OBJECT_CONTROL, false))
        || cue == Cue.PART
        || (cue == Cue.BOUNDARY && s.has(above, Cue.GOVERNING_VERB, false));
  }

  private static boolean passive(SentenceView s, Clause c) {
    return s.has(c, Cue.PASSIVE_AUX, false) && s.has(c, Cue.GIVING_VERB, true);
  }

  private static boolean inPhrase(SentenceView s, int token) {
    return s.phrases.stream().anyMatch(p -> p.from() <= token && token < p.to());
  }
}
