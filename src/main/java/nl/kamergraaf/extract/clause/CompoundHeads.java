package nl.kamergraaf.extract.clause;

import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;

/**
 * What a name glued to a lower-case noun stands for: "EU-steun", "NAVO-verdragsgebied" only modify
 * their noun; "NAVO-bondgenoten" stand for the organisation's members, and a "PESCO-project" or
 * "PURL-pakket" is a part of the programme that takes part for it.
 */
public final class CompoundHeads {
  /**
   * Heads of compounds that stand for the organisation itself: "NAVO-bondgenoten", "EU-lidstaten".
   */
  private static final Pattern WHOLE_HEAD =
      Pattern.compile(
          "-(?:bondgeno\\w*|lidsta\\w*|landen|partners)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Heads of compounds that name a part of a programme: "PESCO-project", "PURL-pakket". */
  private static final Pattern PROJECT_HEAD =
      Pattern.compile(
          "-(?:project\\w*|programma\\w*|pakket\\w*)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CompoundHeads() {}

  /** Whether the name is glued to a lower-case noun right after it ("EU-steun"). */
  public static boolean gluedToNoun(String text, Mention m) {
    int end = m.provenance().span().end();
    return end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLowerCase(text.charAt(end + 1));
  }

  /**
   * Whether the noun the name is glued to stands for the organisation's members
   * ("NAVO-bondgenoten").
   */
  public static boolean standsForWhole(String text, Mention m) {
    int end = m.provenance().span().end();
    return WHOLE_HEAD.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt();
  }

  /** Whether the programme's name is glued to a noun naming a part of it ("EDF-projecten"). */
  public static boolean partOfProgramme(String text, Mention m) {
    int end = m.provenance().span().end();
    return m.entity().type() == EntityType.PROGRAM
        && PROJECT_HEAD.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt();
  }

  /** Whether the name only modifies the noun it is glued to: neither the whole nor a part of it. */
  public static boolean modifierOnly(String text, Mention m) {
    return gluedToNoun(text, m) && !standsForWhole(text, m) && !partOfProgramme(text, m);
  }
}
