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
 * before them (in the same or an earlier sentence); a noun that says what kind of programme it
 * is ("lening", "missie", "fonds") prefers the last programme of that kind.
 *
 * <pre>
 * List&lt;Mention&gt; references = Anaphora.references(text, mentions);
 * </pre>
 */
public final class Anaphora {
  private static final Pattern ANAPHOR = Pattern.compile(
      "\\b(?:hierin|hieraan|hierbij|hiervoor|daarin|daaraan|daarbij|daarvoor"
          + "|(?:dit|deze|dat|die|dergelijke) (voorstel|lening|initiatief|missie|fonds|programma|activiteit"
          + "|instrument|operatie|plan|coalitie|faciliteit|prioriteit|capability|verklaring|akkoord|norm"
          + "|strategie|project|inkoopproject))\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The programme kind a noun names; nouns not listed take any programme. */
  private static final Map<String, String> KIND_OF_NOUN = Map.of(
      "lening", "loan", "missie", "mission", "operatie", "mission", "fonds", "fund",
      "plan", "plan", "strategie", "plan", "norm", "norm", "akkoord", "agreement", "verklaring", "agreement");
  /** How far back a programme may be named for a reference to reach it (characters). */
  private static final int REACH = 600;

  private Anaphora() {}

  /** One resolved mention per reference (rule {@code entity/anaphor}), in text order. */
  public static List<Mention> references(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    Matcher m = ANAPHOR.matcher(text);
    while (m.find()) {
      String kind = m.group(1) == null ? null : KIND_OF_NOUN.get(m.group(1).toLowerCase(Locale.ROOT));
      Mention last = null;
      Mention lastOfKind = null;
      for (Mention c : mentions) {
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
      Mention antecedent = lastOfKind != null ? lastOfKind : last;
      if (antecedent != null) {
        Span span = new Span(m.start(), m.end());
        out.add(new Mention(antecedent.entity(), new Provenance(span, m.group(), "entity/anaphor")));
      }
    }
    return out;
  }

  /** The mentions plus the resolved references, sorted by position. */
  static List<Mention> resolve(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(references(text, mentions));
    out.sort(Comparator.comparing(x -> x.provenance().span()));
    return out;
  }
}
