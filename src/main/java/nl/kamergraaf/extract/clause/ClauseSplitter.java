package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;

/**
 * Splits a sentence's units into clauses by Dutch word order: subordinators and relative words open
 * a clause whose verbs stand last; a comma followed by a finite verb closes it again and the clause
 * it stood in goes on ("De EU, die X steunt, levert ..."); "om ... te" opens an infinitive clause;
 * "en", "maar" followed by a finite verb, or by a name and a finite verb, open the next clause of
 * the same kind.
 *
 * <p>Only the verbs of {@code verbs.tsv} are known as verbs: where a clause's verb is not, the
 * clause is read as part of the one around it, which costs relations, not wrong ones.
 */
final class ClauseSplitter {
  private final FunctionWords words;

  ClauseSplitter(FunctionWords words) {
    this.words = words;
  }

  /**
   * The clauses of a sentence, the main clause first; every unit except separators belongs to one.
   */
  List<Clause> split(List<Unit> u) {
    List<Clause> all = new ArrayList<>();
    Set<Clause> withFinite = new HashSet<>();
    Clause current = new Clause(Clause.Kind.MAIN, null, "", -1, null);
    all.add(current);
    for (int i = 0; i < u.size(); i++) {
      Unit x = u.get(i);
      String w = x.lower();
      if (x.mention() != null) {
        current.add(i);
        continue;
      }
      if (w.equals(";") || w.equals(":") || w.equals("–") || w.equals("—")) {
        current = new Clause(Clause.Kind.MAIN, null, "", -1, null);
        all.add(current);
        continue;
      }
      if (w.equals(",")) {
        if (i + 1 < u.size() && opensClause(u, i + 1, true)) {
          current = opened(u, i + 1, current, true);
          all.add(current);
          i++;
        } else if (current.parent() != null
            && withFinite.contains(current)
            && i + 1 < u.size()
            && u.get(i + 1).canBeFinite()) {
          current = current.parent(); // the embedded clause ended: its parent goes on
        } else if (withFinite.contains(current)
            && i + 2 < u.size()
            && adverbial(u.get(i + 1))
            && u.get(i + 2).canBeFinite()) {
          // "…, hiervoor is samenwerking nodig": a main clause of its own
          current = new Clause(Clause.Kind.MAIN, null, "", -1, null);
          all.add(current);
        } else {
          current.add(i);
        }
        continue;
      }
      if (opensClause(u, i, i == 0)) {
        current = opened(u, i, current, false);
        all.add(current);
        continue;
      }
      if (w.equals("om") && infinitiveAhead(u, i + 1)) {
        current = new Clause(Clause.Kind.INFINITIVE, current, "om", -1, null);
        all.add(current);
        continue;
      }
      if (isCoordinator(u, i) && withFinite.contains(current) && i + 1 < u.size()) {
        boolean verbNext = u.get(i + 1).canBeFinite();
        if (verbNext || nameThenFinite(u, i + 1)) {
          current =
              new Clause(
                  current.kind(),
                  current.parent(),
                  current.marker(),
                  current.antecedent(),
                  verbNext ? current : null);
          all.add(current);
          continue;
        }
      }
      if (current.kind() == Clause.Kind.INFINITIVE
          && withFinite.contains(current)
          && current.parent() != null
          && x.canBeFinite()
          && !x.verbIsA(VerbForm.Kind.INFINITIVE)) {
        // "Om Oekraïne te steunen in zijn strijd draagt Nederland bij": a finite verb after the
        // infinitive is the verb of the clause the infinitive depends on
        current = current.parent();
      }
      current.add(i);
      if (x.canBeFinite()
          || x.verbIsA(VerbForm.Kind.INFINITIVE) && current.kind() == Clause.Kind.INFINITIVE) {
        withFinite.add(current);
      }
      if (current.kind() == Clause.Kind.INFINITIVE
          && i > 0
          && u.get(i - 1).lower().equals("te")
          && x.verbIsA(VerbForm.Kind.INFINITIVE)
          && !moreInfinitives(u, i + 1)
          && i + 1 < u.size()
          && u.get(i + 1).canBeFinite()
          && !u.get(i + 1).verbIsA(VerbForm.Kind.INFINITIVE)) {
        // "Om Oekraïne te steunen draagt Nederland bij": the clause it depends on goes on; a
        // phrase after the infinitive ("om bij te dragen aan X") still belongs to it
        current = current.parent();
      }
    }
    all.removeIf(c -> c.units().isEmpty());
    return all;
  }

  private Clause opened(List<Unit> u, int at, Clause current, boolean afterComma) {
    String w = u.get(at).lower();
    boolean relative = words.is(WordClass.RELATIVE, w) && !w.equals("dat") && !w.equals("wat");
    int antecedent = nameBefore(u, afterComma ? at - 1 : at);
    Clause.Kind kind = relative ? Clause.Kind.RELATIVE : Clause.Kind.SUBORDINATE;
    return new Clause(kind, current, w, relative || afterComma ? antecedent : -1, null);
  }

  /** Whether the word at {@code j} opens a clause here. */
  private boolean opensClause(List<Unit> u, int j, boolean clauseStart) {
    Unit x = u.get(j);
    String w = x.lower();
    if (x.mention() != null) {
      return false;
    }
    boolean sub = words.is(WordClass.SUBORDINATOR, w);
    boolean rel = words.is(WordClass.RELATIVE, w);
    if (!sub && !rel) {
      return false;
    }
    Unit next = j + 1 < u.size() ? u.get(j + 1) : null;
    if (next == null) {
      return false;
    }
    switch (w) {
      case "dat", "die", "welke", "deze", "dit" -> {
        // "dat voorstel", "die landen": a determiner before its noun
        return !plainNoun(next);
      }
      case "of" -> {
        // "vragen of", "weten of": whether; "vragen de minister of Nederland bijdraagt": whether,
        // as a verb stands shortly before and a form that is only finite follows; else "X of Y"
        return j > 0
            && (u.get(j - 1).isVerb()
                || verbShortlyBefore(u, j)
                    && finiteBeforePause(u, j + 1, ClauseSplitter::onlyFinite));
      }
      case "waarom", "hoeveel", "hoelang" -> {
        // "kunt u aangeven hoeveel Nederland bijdraagt": an indirect question after its verb;
        // "Hoeveel F-16's levert Nederland?" opens none
        return j > 0 && verbShortlyBefore(u, j) && finiteBeforePause(u, j + 1, Unit::canBeFinite);
      }
      case "als", "zoals" -> {
        // "als gevolg van", "zowel X als (via) Y": no clause; "Als Nederland ...": one
        // ", zoals de CRRT en het CIDCC": examples without a verb of their own are no clause
        return clauseStart
            && !plainNoun(next)
            && !words.is(WordClass.PREPOSITION, next.lower())
            && !zowelBefore(u, j)
            && finiteBeforePause(u, j + 1, Unit::canBeFinite);
      }
      default -> {
        return true;
      }
    }
  }

  /**
   * Whether a verb {@code finite} accepts stands from {@code from} up to the next comma or stop.
   */
  private static boolean finiteBeforePause(List<Unit> u, int from, Predicate<Unit> finite) {
    for (int k = from; k < u.size(); k++) {
      Unit x = u.get(k);
      if (x.isVerb() && finite.test(x)) {
        return true;
      }
      if (x.isPunctuation()
          && !x.lower().equals("(")
          && !x.lower().equals(")")
          && !x.lower().equals("\"")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a verb stands among the four words before {@code j}, with no pause between. */
  private static boolean verbShortlyBefore(List<Unit> u, int j) {
    for (int k = j - 1; k >= Math.max(0, j - 4); k--) {
      if (u.get(k).isVerb()) {
        return true;
      }
      if (u.get(k).isPunctuation()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A form that cannot be an infinitive ("bijdraagt", "steunde"): "de minister of de
   * staatssecretaris aangeven" has none.
   */
  private static boolean onlyFinite(Unit x) {
    return x.canBeFinite()
        && !x.verbIsA(VerbForm.Kind.INFINITIVE)
        && !x.verbIsA(VerbForm.Kind.STEM);
  }

  /** Whether "zowel" stands shortly before {@code j} in the sentence: "zowel X, als Y". */
  private static boolean zowelBefore(List<Unit> u, int j) {
    for (int k = j - 1; k >= Math.max(0, j - 25); k--) {
      if (u.get(k).lower().equals("zowel")) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case word that is no function word and no verb: a noun or adjective. */
  private boolean plainNoun(Unit x) {
    if (x.mention() != null || x.isVerb() || x.isPunctuation()) {
      return false;
    }
    String w = x.lower();
    for (WordClass c : WordClass.values()) {
      if (words.is(c, w)) {
        return false;
      }
    }
    return Character.isLetter(w.codePointAt(0))
        && !w.equals("er")
        && !w.equals("hij")
        && !w.equals("zij")
        && !w.equals("ze")
        && !w.equals("het");
  }

  /** "hiervoor", "daarom", "ook": a word that can open a main clause before its verb. */
  private boolean adverbial(Unit x) {
    String w = x.lower();
    return words.is(WordClass.ADVERB, w)
        || x.mention() != null && (w.startsWith("hier") || w.startsWith("daar"));
  }

  private boolean isCoordinator(List<Unit> u, int i) {
    String w = u.get(i).lower();
    return w.equals("en") || w.equals("maar") || w.equals("want") || w.equals("doch");
  }

  /** "en Duitsland levert": a name (with its article) and then a finite verb. */
  private static boolean nameThenFinite(List<Unit> u, int from) {
    for (int k = from; k < Math.min(u.size(), from + 4); k++) {
      Unit x = u.get(k);
      if (x.isName()) {
        return k + 1 < u.size() && u.get(k + 1).canBeFinite();
      }
      if (x.isPunctuation() || x.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** Whether "te" and an infinitive follow before the next comma or clause word. */
  private boolean infinitiveAhead(List<Unit> u, int from) {
    for (int k = from; k + 1 < u.size(); k++) {
      Unit x = u.get(k);
      if (x.lower().equals(",")
          || x.lower().equals(";")
          || x.canBeFinite() && !x.verbIsA(VerbForm.Kind.INFINITIVE)) {
        return false;
      }
      if (x.lower().equals("te") && u.get(k + 1).verbIsA(VerbForm.Kind.INFINITIVE)) {
        return true;
      }
    }
    return false;
  }

  /** "te bevorderen en Oekraïne te steunen": coordinated infinitives go on. */
  private boolean moreInfinitives(List<Unit> u, int from) {
    return from < u.size()
        && (u.get(from).lower().equals("en") || u.get(from).lower().equals("of"))
        && infinitiveAhead(u, from + 1);
  }

  /** The name right before {@code at} (an article or adjective between allowed), or -1. */
  private static int nameBefore(List<Unit> u, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
      if (u.get(k).isName()) {
        return k;
      }
      if (u.get(k).isPunctuation() && !u.get(k).lower().equals(")")) {
        return -1;
      }
    }
    return -1;
  }
}
