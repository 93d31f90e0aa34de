package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of a page, chosen by the request's {@code Accept-Language}: its interface texts
 * (from {@code interface_nl.properties} / {@code interface_en.properties} beside this class), the
 * {@code lang} of its {@code <html>} and the language of the names it shows.
 *
 * <p>{@code nl} gives Dutch texts and names, {@code en} English texts and the English names the
 * curated tables give (the Dutch name where there is none). A request that names neither, or no
 * language at all, gets the pages as they were before languages were chosen: Dutch names in an
 * English interface, {@code lang="nl"} for the papers' language. Every page varies on the header,
 * so the response cache keeps one copy per header value.
 *
 * <pre>
 * PageTexts texts = PageTexts.of(request);
 * h.element("h2", texts.text("entity.relations", out, in));
 * </pre>
 */
final class PageTexts {
  private static final String BUNDLE = "nl.kamergraaf.serve.pages.interface";
  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  static final PageTexts DUTCH = new PageTexts("nl", bundle("nl"), false);
  static final PageTexts ENGLISH = new PageTexts("en", bundle("en"), true);

  /** No language asked for: English interface, Dutch names, as the pages always were. */
  static final PageTexts DEFAULT = new PageTexts("nl", bundle("en"), false);

  private final String lang;
  private final ResourceBundle texts;
  private final boolean englishNames;

  private PageTexts(String lang, ResourceBundle texts, boolean englishNames) {
    this.lang = lang;
    this.texts = texts;
    this.englishNames = englishNames;
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), EXACT);
  }

  /**
   * The first of {@code nl} and {@code en} in the request's languages, in the client's order of
   * preference (the servlet container parses the header, q-values included).
   */
  static PageTexts of(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return DEFAULT;
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      switch (locale.getLanguage()) {
        case "nl" -> {
          return DUTCH;
        }
        case "en" -> {
          return ENGLISH;
        }
        default -> {}
      }
    }
    return DEFAULT;
  }

  /** The value of {@code <html lang>}. */
  String lang() {
    return lang;
  }

  /** Whether names are shown in English where the data has an English one. */
  boolean englishNames() {
    return englishNames;
  }

  /** The interface text {@code key}, with {@code args} put in its {@code %s} places. */
  String text(String key, Object... args) {
    String text;
    try {
      text = texts.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "no interface text '" + key + "' for " + texts.getLocale(), e);
    }
    return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
  }

  /** The interface text {@code key}, or {@code fallback} for a key the texts lack (a new term). */
  String textOr(String key, String fallback) {
    return texts.containsKey(key) ? texts.getString(key) : fallback;
  }

  /**
   * A SPARQL group binding {@code ?label} to the name of {@code ?thing} in this page's language:
   * the English name where one is asked for and the data has it, else the Dutch (untagged) one.
   * Unbound when the thing has no name.
   */
  String labelOf(String thing, String label) {
    String dutch = "OPTIONAL { ?%s skos:prefLabel ?%s FILTER(lang(?%s) != \"en\") }";
    if (!englishNames) {
      return dutch.formatted(thing, label, label);
    }
    return (dutch
            + " OPTIONAL { ?%s skos:prefLabel ?%s_en FILTER(langMatches(lang(?%s_en), \"en\")) }"
            + " BIND(COALESCE(?%s_en, ?%s_nl) AS ?%s)")
        .formatted(thing, label + "_nl", label + "_nl", thing, label, label, label, label, label);
  }
}
