package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * Resolves "hierin", "dit voorstel", "deze lening", "deze missie" to the programme named last
 * before them (in the same or an earlier sentence); a noun that says what kind of programme it is
 * ("lening", "missie", "fonds") prefers the last programme of that kind.
 *
 * <pre>
 * List&lt;Mention&gt; references = Anaphora.references(text, mentions);
 * </pre>
 */
public final class Anaphora {
  // Every alternative starts with h or d: the lookahead lets the matcher leave every other
  // position at once (the same matches; the regex was tried at every character of a paper).
  private static final Pattern ANAPHOR =
      Pattern.compile(
          "(?=[hHdD])\\b(?:hierin|hieraan|hierbij|hiervoor|daarin|daaraan|daarbij|daarvoor"
              + "|(?:dit|deze|dat|die|dergelijke) (voorstel|lening|initiatief|missie|fonds|programma|activiteit"
              + "|instrument|operatie|plan|coalitie|faciliteit|prioriteit|capability|verklaring|akkoord|norm"
              + "|strategie|project|inkoopproject))\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "de lening", "de EU-lening", "het fonds": a definite noun that names a programme's kind. */
  private static final Pattern DEFINITE =
      Pattern.compile(
          "(?=[dDhH])(?<![\\p{L}])(?:de|het|De|Het)\\s+(?:\\p{L}+-)?(lening|missie|operatie|fonds|norm|akkoord|verklaring)\\b",
          Pattern.UNICODE_CASE);

  /** The programme kind a noun names; nouns not listed take any programme. */
  private static final Map<String, String> KIND_OF_NOUN =
      Map.of(
          "lening",
          "loan",
          "missie",
          "mission",
          "operatie",
          "mission",
          "fonds",
          "fund",
          "plan",
          "plan",
          "strategie",
          "plan",
          "norm",
          "norm",
          "akkoord",
          "agreement",
          "verklaring",
          "agreement");

  /** How far back a programme may be named for a reference to reach it (characters). */
  private static final int REACH = 600;

  private Anaphora() {}

  /**
   * One resolved mention per reference (rule {@code entity/anaphor}), in text order: "hierin", "dit
   * voorstel" reach the programme named last; "de lening", "de EU-lening", "het fonds" (a definite
   * noun that says the programme's kind) only the last programme of that kind, or, further back,
   * the only one of that kind the paper named.
   */
  public static List<Mention> references(String text, List<Mention> mentions) {
    List<Mention> out = resolved(text, mentions, ANAPHOR.matcher(text), false);
    out.addAll(resolved(text, mentions, DEFINITE.matcher(text), true));
    out.sort(Comparator.comparing(x -> x.provenance().span()));
    return out;
  }

  private static List<Mention> resolved(
      String text, List<Mention> mentions, Matcher m, boolean kindOnly) {
    List<Mention> out = new ArrayList<>();
    while (m.find()) {
      String kind =
          m.group(1) == null ? null : KIND_OF_NOUN.get(m.group(1).toLowerCase(Locale.ROOT));
      if (kindOnly && kind == null) {
        continue;
      }
      Mention last = null;
      Mention lastOfKind = null;
      for (Mention c :
          mentions.subList(firstWithin(mentions, m.start() - REACH), mentions.size())) {
        Span s = c.provenance().span();
        if (s.end() > m.start()) {
          break;
        }
        if (c.entity().type() == EntityType.PROGRAM && m.start() - s.end() <= REACH) {
          last = c;
          if (kind != null && kind.equals(c.entity().kind())) {
            lastOfKind = c;
          }
        }
      }
      Mention antecedent = lastOfKind != null || kindOnly ? lastOfKind : last;
      if (antecedent == null && kindOnly) {
        // "de EU-lening" far from where the loan was named: the one loan the paper named before
        antecedent = onlyOfKind(mentions, kind, m.start());
      }
      if (antecedent != null) {
        Span span = new Span(m.start(), m.end());
        out.add(
            new Mention(antecedent.entity(), new Provenance(span, m.group(), "entity/anaphor")));
      }
    }
    return out;
  }

  /**
   * The programme of this kind named before {@code position}, when the paper named only one; else
   * null.
   */
  private static Mention onlyOfKind(List<Mention> mentions, String kind, int position) {
    Mention only = null;
    for (Mention c : mentions) {
      if (c.provenance().span().end() > position) {
        break;
      }
      if (c.entity().type() == EntityType.PROGRAM && kind.equals(c.entity().kind())) {
        if (only != null && !only.entity().id().equals(c.entity().id())) {
          return null;
        }
        only = c;
      }
    }
    return only;
  }

  /**
   * The index of the first mention that ends at or after {@code position} (mentions sorted by
   * start).
   */
  private static int firstWithin(List<Mention> sorted, int position) {
    int a = 0;
    int b = sorted.size();
    while (a < b) {
      int mid = (a + b) >>> 1;
      // starts are sorted; a name is far shorter than the reach, so starting 200 earlier is safe
      if (sorted.get(mid).provenance().span().start() < position - 200) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  /** The mentions plus the resolved references, sorted by position. */
  static List<Mention> resolve(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(references(text, mentions));
    out.sort(Comparator.comparing(x -> x.provenance().span()));
    return out;
  }
}
