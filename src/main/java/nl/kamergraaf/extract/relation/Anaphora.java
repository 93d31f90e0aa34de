package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * Resolves "hierin", "dit voorstel", "deze lening", "deze activiteit" to the programme named
 * last before them (in the same or an earlier sentence), so that relations can reach it. The
 * resolved references are used for relations only; they are not written as mentions.
 */
final class Anaphora {
  private static final Pattern ANAPHOR = Pattern.compile(
      "\\b(?:hierin|hieraan|hierbij|hiervoor|daarin|daaraan|daarbij|daarvoor"
          + "|(?:dit|deze|dat|die|dergelijke) (?:voorstel|lening|initiatief|missie|fonds|programma|activiteit"
          + "|instrument|operatie|plan|coalitie|faciliteit|prioriteit|capability|verklaring|akkoord|norm"
          + "|strategie|project|inkoopproject))\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** How far back a programme may be named for a reference to reach it (characters). */
  private static final int REACH = 600;

  private Anaphora() {}

  /** The mentions plus one resolved mention per reference, sorted by position. */
  static List<Mention> resolve(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    Matcher m = ANAPHOR.matcher(text);
    while (m.find()) {
      Mention last = null;
      for (Mention c : mentions) {
        Span s = c.provenance().span();
        if (s.end() > m.start()) {
          break;
        }
        if (c.entity().type() == EntityType.PROGRAM && m.start() - s.end() <= REACH) {
          last = c;
        }
      }
      if (last != null) {
        Span span = new Span(m.start(), m.end());
        out.add(new Mention(last.entity(), new Provenance(span, m.group(), "relation/anaphor")));
      }
    }
    out.sort(java.util.Comparator.comparing(x -> x.provenance().span()));
    return out;
  }
}
