package nl.kamergraaf.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.api.ApiJson;

/**
 * One way a paper can be in scope: it belongs to a dossier, it belongs to a zaak addressed to an
 * office ("minister van Defensie"), or to a zaak a committee leads. Knows its OData filter clause
 * and how to check an answer against it.
 *
 * @param id the row's stable id, for messages
 */
public record ScopeRule(String id, Kind kind, String value) {
  private static final Pattern DOSSIER = Pattern.compile("(\\d{1,6})(?:-([A-Za-z0-9]{1,10}))?");

  /** The kinds of row of the scope file. */
  public enum Kind {
    DOSSIER("dossier"),
    ADDRESSED_TO("addressed-to"),
    COMMITTEE("committee");

    private final String name;

    Kind(String name) {
      this.name = name;
    }

    /** The kind as written in the scope file. */
    public String fileName() {
      return name;
    }

    /** The kind written {@code name} in the scope file, or null. */
    public static Kind parse(String name) {
      for (Kind k : values()) {
        if (k.name.equals(name)) {
          return k;
        }
      }
      return null;
    }
  }

  public ScopeRule {
    if (kind == Kind.DOSSIER && !DOSSIER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a dossier number: give the number "
              + "with an optional toevoeging after a dash, e.g. 21501-28, 36410-X or 28676");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException("scope row " + id + " has no value");
    }
  }

  /** A rule for one dossier given on the command line. */
  public static ScopeRule dossier(String number) {
    return new ScopeRule("dossier-" + number, Kind.DOSSIER, number);
  }

  /** The OData {@code $filter} clause that selects the papers of this rule. */
  public String filterClause() {
    return switch (kind) {
      case DOSSIER -> {
        Matcher m = matchDossier();
        String clause = "d:d/Nummer eq " + m.group(1);
        if (m.group(2) != null) {
          clause += " and d/Toevoeging eq " + ODataText.quote(m.group(2));
        }
        yield "Kamerstukdossier/any(" + clause + ")";
      }
      case ADDRESSED_TO ->
          "Zaak/any(z:z/ZaakActor/any(a:a/Relatie eq 'Gericht aan' and a/Functie eq "
              + ODataText.quote(value)
              + "))";
      case COMMITTEE ->
          "Zaak/any(z:z/ZaakActor/any(a:a/Relatie eq 'Voortouwcommissie' and "
              + "a/ActorAfkorting eq "
              + ODataText.quote(value)
              + "))";
    };
  }

  /**
   * Whether the API's {@code Document} entity belongs to this rule, judged from its expanded
   * navigation properties; an entity without the expansion needed is taken on the server's word.
   */
  public boolean admits(JsonNode document) {
    return switch (kind) {
      case DOSSIER -> {
        if (!document.has("Kamerstukdossier")) {
          yield true;
        }
        Matcher m = matchDossier();
        boolean found = false;
        for (JsonNode d : ApiJson.list(document, "Kamerstukdossier")) {
          Long nummer = ApiJson.number(d, "Nummer");
          boolean sameNumber = nummer != null && nummer == Long.parseLong(m.group(1));
          boolean sameSuffix =
              m.group(2) == null || m.group(2).equalsIgnoreCase(ApiJson.text(d, "Toevoeging"));
          found |= sameNumber && sameSuffix;
        }
        yield found;
      }
      case ADDRESSED_TO -> zaakActor(document, "Gericht aan", "Functie");
      case COMMITTEE -> zaakActor(document, "Voortouwcommissie", "ActorAfkorting");
    };
  }

  private boolean zaakActor(JsonNode document, String relation, String property) {
    if (!document.has("Zaak")) {
      return true;
    }
    for (JsonNode zaak : ApiJson.list(document, "Zaak")) {
      if (!zaak.has("ZaakActor")) {
        return true;
      }
      for (JsonNode actor : ApiJson.list(zaak, "ZaakActor")) {
        if (relation.equalsIgnoreCase(ApiJson.text(actor, "Relatie"))
            && value.toLowerCase(Locale.ROOT).equals(lower(ApiJson.text(actor, property)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private Matcher matchDossier() {
    Matcher m = DOSSIER.matcher(value);
    if (!m.matches()) {
      throw new IllegalStateException("checked in the constructor");
    }
    return m;
  }
}
