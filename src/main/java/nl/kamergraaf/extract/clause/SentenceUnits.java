package nl.kamergraaf.extract.clause;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.ingest.Span;

/**
 * Turns a sentence's tokens and the names found in it into {@link Unit}s: a name's tokens become
 * one unit, every other token one unit with the verbs it can be a form of.
 */
final class SentenceUnits {
  private static final Pattern SOME =
      Pattern.compile(
          "\\b(?:verschillende|enkele|sommige|diverse|meerdere|veel|vele|andere|overige|twee|drie|vier|vijf)\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final VerbLexicon verbs;
  private final FunctionWords words;

  SentenceUnits(VerbLexicon verbs, FunctionWords words) {
    this.verbs = verbs;
    this.words = words;
  }

  /**
   * The units of one sentence; {@code mentions} are the names inside it, sorted, not overlapping.
   */
  List<Unit> of(String text, List<CoreLabel> tokens, List<Mention> mentions) {
    List<Unit> out = new ArrayList<>(tokens.size());
    int m = 0;
    for (int i = 0; i < tokens.size(); ) {
      CoreLabel t = tokens.get(i);
      while (m < mentions.size()
          && mentions.get(m).provenance().span().end() <= t.beginPosition()) {
        m++;
      }
      Mention name =
          m < mentions.size() && mentions.get(m).provenance().span().start() < t.endPosition()
              ? mentions.get(m)
              : null;
      if (name == null) {
        out.add(word(text, t.beginPosition(), t.endPosition(), out));
        i++;
        continue;
      }
      // every token the name touches belongs to its unit
      int start = Math.min(t.beginPosition(), name.provenance().span().start());
      int end = t.endPosition();
      while (i + 1 < tokens.size()
          && tokens.get(i + 1).beginPosition() < name.provenance().span().end()) {
        i++;
        end = tokens.get(i).endPosition();
      }
      end = Math.max(end, name.provenance().span().end());
      i++;
      m++;
      Span span = new Span(start, end);
      out.add(
          new Unit(
              span,
              span.of(text),
              span.of(text).toLowerCase(Locale.ROOT),
              name,
              glued(text, name, end),
              List.of()));
    }
    return out;
  }

  private Unit word(String text, int start, int end, List<Unit> before) {
    String s = text.substring(start, end);
    String lower = s.toLowerCase(Locale.ROOT);
    List<VerbForm> forms = verbs.forms(lower);
    if (!forms.isEmpty()
        && !(!before.isEmpty() && before.get(before.size() - 1).lower().equals("ik"))) {
      // "steun", "verkoop" without "ik" before them are nouns ("… steun ik" is read by the clause)
      forms = forms.stream().filter(f -> !f.kinds().equals(Set.of(VerbForm.Kind.STEM))).toList();
    }
    if (!forms.isEmpty() && !before.isEmpty()) {
      // "de steun", "het voorstel", "een verbod", "aan steun": a noun, not a verb
      Unit last = before.get(before.size() - 1);
      String previous = last.lower();
      boolean article =
          words.is(WordClass.DETERMINER, previous)
              && !previous.equals("dat")
              && !previous.equals("die");
      boolean preposition =
          words.is(WordClass.PREPOSITION, previous)
              && !previous.equals("te")
              && !previous.equals("om");
      // "het Duitse onderzoek", "financiële steun": an inflected adjective stands before a noun
      boolean adjective =
          inflected(previous)
              && !last.isVerb()
              && !last.isPunctuation()
              && (last.mention() != null ? countryAdjective(last) : !isFunctionWord(previous));
      // "Het is niet bekend", "het blijkt": "het" as a subject before a form that is only finite
      boolean subjectHet =
          previous.equals("het")
              && forms.stream()
                  .allMatch(f -> f.isA(VerbForm.Kind.PRESENT) || f.isA(VerbForm.Kind.PAST))
              && forms.stream()
                  .noneMatch(
                      f -> f.isA(VerbForm.Kind.INFINITIVE) || f.isA(VerbForm.Kind.PARTICIPLE));
      if ((article && !subjectHet) || adjective) {
        forms = List.of();
      } else if (preposition) {
        // "aan steun", "aan bijdragen" are nouns; "hier ook aan bijgedragen" keeps its participle
        forms =
            lower.endsWith("e")
                ? List.of()
                : forms.stream()
                    .filter(f -> f.kinds().equals(Set.of(VerbForm.Kind.PARTICIPLE)))
                    .toList();
      }
    }
    return new Unit(new Span(start, end), s, lower, null, false, forms);
  }

  /** "financiële", "Duitse": ends like an inflected adjective ("munitie", "missie" are nouns). */
  private static boolean inflected(String w) {
    return w.endsWith("e") && !w.endsWith("ie") && !w.endsWith("ee");
  }

  /** "Duitse", "Nederlandse": a country named by its adjective. */
  static boolean countryAdjective(Unit x) {
    return x.mention().entity().type() == EntityType.COUNTRY
        && !x.text().equals(x.mention().entity().label())
        && x.text().endsWith("e");
  }

  private boolean isFunctionWord(String w) {
    for (WordClass c : WordClass.values()) {
      if (words.is(c, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "NAVO-verdragsgebied", "EU-steun": a name glued to a lower-case noun only modifies it;
   * "NAVO-bondgenoten" stands for the organisation's members.
   */
  private static boolean glued(String text, Mention m, int unitEnd) {
    int end = m.provenance().span().end();
    if (end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isWhitespace(text.charAt(end + 1))) {
      return true; // "in EU- en NAVO-verband": the first half of two compounds
    }
    if (end >= unitEnd
        || !CompoundHeads.gluedToNoun(text, m)
        || CompoundHeads.partOfProgramme(text, m)) {
      return false; // "een PESCO-project", "EDF-projecten": a project of the programme
    }
    if (!CompoundHeads.standsForWhole(text, m)) {
      return true;
    }
    // "verschillende NAVO-bondgenoten": some members, not the organisation
    int start = m.provenance().span().start();
    return SOME.matcher(text.substring(Math.max(0, start - 25), start)).find();
  }
}
