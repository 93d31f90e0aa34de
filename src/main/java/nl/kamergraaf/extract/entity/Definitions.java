package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.ingest.Span;

/**
 * Finds acronym definitions, "Long Name (ACR)" and "ACR (Long Name)", in the manner of Schwartz and
 * Hearst: the acronym's letters must appear in order in the long form, its first letter at the
 * start of the long form's first word, and the long form may have at most min(|ACR| + 5, 2 × |ACR|)
 * words.
 */
public final class Definitions {
  // An acronym: starts with a letter or digit, mostly capitals, 2-12 chars ("EDIP", "1GNC",
  // "NAVO-SG").
  private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{2,120})\\)");
  private static final Pattern ACRONYM =
      Pattern.compile("[\\p{Lu}0-9](?:[\\p{L}0-9&-]{0,10}[\\p{L}0-9])");

  /**
   * "aan de International Counterterrorism Academy (AILCT)": a long form never starts with an
   * article or preposition, even when its letters would spell the acronym.
   */
  private static final Pattern LEADING_FUNCTION_WORD =
      Pattern.compile(
          "(?:aan|de|het|een|van|voor|in|op|met|over|bij|door|naar|tot|uit|en|of|te|om|als)\\s");

  private Definitions() {}

  /** A definition: the acronym and its long form with their spans. */
  public record Definition(String acronym, Span acronymSpan, String longForm, Span longSpan) {}

  public static List<Definition> find(String text) {
    List<Definition> out = new ArrayList<>();
    Matcher m = PAREN.matcher(text);
    while (m.find()) {
      String inner = m.group(1).strip();
      int innerStart = m.start(1) + m.group(1).indexOf(inner);
      if (isAcronym(inner)) {
        longBefore(text, m.start(), inner)
            .ifPresent(
                longSpan ->
                    out.add(
                        new Definition(
                            inner,
                            new Span(innerStart, innerStart + inner.length()),
                            longSpan.of(text),
                            longSpan)));
      } else {
        acronymBefore(text, m.start())
            .ifPresent(
                acr -> {
                  if (matches(acr.of(text), inner)) {
                    out.add(
                        new Definition(
                            acr.of(text),
                            acr,
                            inner,
                            new Span(innerStart, innerStart + inner.length())));
                  }
                });
      }
    }
    return out;
  }

  static boolean isAcronym(String s) {
    if (!ACRONYM.matcher(s).matches()) {
      return false;
    }
    long upper = s.chars().filter(Character::isUpperCase).count();
    return upper >= 2 || (upper >= 1 && s.chars().anyMatch(Character::isDigit));
  }

  private static Optional<Span> acronymBefore(String text, int paren) {
    int end = paren;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0
        && !Character.isWhitespace(text.charAt(start - 1))
        && text.charAt(start - 1) != '(') {
      start--;
    }
    if (start == end || !isAcronym(text.substring(start, end))) {
      return Optional.empty();
    }
    return Optional.of(new Span(start, end));
  }

  /** The shortest run of words before the parenthesis that the acronym's letters spell. */
  private static Optional<Span> longBefore(String text, int paren, String acronym) {
    int end = paren;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int letters = (int) acronym.chars().filter(Character::isLetterOrDigit).count();
    int maxWords = Math.min(letters + 5, letters * 2);
    int start = end;
    for (int words = 0; words < maxWords && start > 0; words++) {
      int s = start;
      while (s > 0 && text.charAt(s - 1) == ' ') {
        s--;
      }
      int w = s;
      while (w > 0
          && !Character.isWhitespace(text.charAt(w - 1))
          && "(),;:.".indexOf(text.charAt(w - 1)) < 0) {
        w--;
      }
      if (w == s) {
        break;
      }
      start = w;
      String candidate = text.substring(start, end);
      if (matches(acronym, candidate) && !LEADING_FUNCTION_WORD.matcher(candidate).lookingAt()) {
        return Optional.of(new Span(start, end));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a definition agrees with the curated entity {@code known} it names: its long form is
   * one of that entity's names, and its acronym names that entity or nothing.
   */
  static boolean agree(Entity known, Entity byAcronym, Entity byLongForm) {
    return byLongForm != null
        && byLongForm.id().equals(known.id())
        && (byAcronym == null || byAcronym.id().equals(known.id()));
  }

  /**
   * Whether one of {@code known}'s names other than the long form found ends where it ends: the
   * finder cut the name short ("Europese Defensie Technologische en Industriële Basis (EDTIB)",
   * where the shortest long form the letters spell is "en Industriële Basis") or took words before
   * it ("aan de International Counterterrorism Academy (AILCT)"). The text then names the curated
   * entity, and the gazetteer finds it.
   */
  static boolean nameEndsAt(String text, Span longForm, Entity known) {
    List<String> names = new ArrayList<>(known.altLabels());
    names.add(known.label());
    int end = longForm.end();
    String found = Names.fold(Names.normalise(longForm.of(text)));
    String before = Names.fold(Names.normalise(text.substring(Math.max(0, end - 200), end)));
    for (String name : names) {
      String n = Names.fold(Names.normalise(name));
      if (n.length() != found.length()
          && before.endsWith(n)
          && (before.length() == n.length()
              || !Character.isLetterOrDigit(before.charAt(before.length() - n.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entity a definition names when it disagrees with the curated tables: named and keyed by its
   * long form, so its IRI is never the curated entity's.
   */
  static Entity entityOfItsOwn(Definition d, DefinitionKinds.Kind kind) {
    return new Entity(
        kind.type(),
        d.longForm().toLowerCase(Locale.ROOT),
        d.longForm(),
        Set.of(d.acronym()),
        kind.kind(),
        Set.of());
  }

  /** Whether the acronym's letters occur in order in the long form, the first at a word start. */
  static boolean matches(String acronym, String longForm) {
    String a = acronym.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]", "");
    String l = longForm.toLowerCase(Locale.ROOT);
    if (a.isEmpty()
        || l.isEmpty()
        || l.split("\\s+").length < 2 && a.length() > 1 && l.length() <= a.length()) {
      return false;
    }
    int li = l.length() - 1;
    for (int ai = a.length() - 1; ai >= 0; ai--) {
      char c = a.charAt(ai);
      while (li >= 0
          && (l.charAt(li) != c
              || (ai == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
        li--;
      }
      if (li < 0) {
        return false;
      }
      li--;
    }
    // the long form must start where its first matched letter is: no leading unrelated words
    String firstWord = l.strip().split("\\s+")[0];
    return firstWord.charAt(0) == a.charAt(0) || Character.isDigit(a.charAt(0));
  }
}
