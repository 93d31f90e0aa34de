package nl.kamergraaf.ingest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the Tweede Kamer API says about one paper: its {@code Document} entity as {@code fetch}
 * stored it in {@code {DocumentNummer}.json} beside the paper.
 *
 * @param id the Document's GUID ({@code Id})
 * @param number {@code DocumentNummer}, e.g. {@code 2025D01234}
 * @param soort {@code Soort}, e.g. "Brief regering", "Schriftelijke vragen"
 * @param title {@code Titel} (for kamerstukken the dossier's title), or null
 * @param subject {@code Onderwerp}, or null
 * @param date {@code Datum} as a date in Dutch time, or null
 * @param modified {@code GewijzigdOp} as the API wrote it, or null
 * @param contentType {@code ContentType} of the file, or null
 * @param contentLength {@code ContentLength} of the file in bytes, or null
 * @param volgnummer {@code Volgnummer} within its dossier, or null
 * @param chamber {@code Organisatie}, e.g. "Tweede Kamer", or null
 * @param dossiers the expanded {@code Kamerstukdossier}s
 * @param actors the {@code DocumentActor}s, in the API's order
 * @param zaken the expanded {@code Zaak}s with their documents
 * @param source the sidecar's file name, for messages and provenance
 * @param json the sidecar's text as read, for content keys
 */
public record ApiRecord(
    String id,
    String number,
    String soort,
    String title,
    String subject,
    LocalDate date,
    String modified,
    String contentType,
    Long contentLength,
    Integer volgnummer,
    String chamber,
    List<Dossier> dossiers,
    List<Actor> actors,
    List<Zaak> zaken,
    String source,
    String json) {

  public ApiRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    dossiers = List.copyOf(dossiers);
    actors = List.copyOf(actors);
    zaken = List.copyOf(zaken);
    Objects.requireNonNull(json, "json");
  }

  /**
   * The kamerstuk number "21501-28-300" (dossier, toevoeging, volgnummer) when the paper is
   * numbered in one dossier; else null.
   */
  public String kamerstukNumber() {
    if (dossiers.isEmpty() || volgnummer == null) {
      return null;
    }
    return dossiers.get(0).number() + "-" + volgnummer;
  }

  /** A {@code Kamerstukdossier}: {@code Nummer}, {@code Toevoeging} and {@code Titel}. */
  public record Dossier(String id, long nummer, String toevoeging, String title) {
    /** "21501-28", "36600-X", "27830": the dossier as Dutch papers cite it. */
    public String number() {
      // Toevoegingen in brackets ("(R2172)") mark a kingdom act, not a sub-dossier.
      boolean plain = toevoeging != null && !toevoeging.isBlank() && !toevoeging.contains("(");
      return plain ? nummer + "-" + toevoeging.strip() : Long.toString(nummer);
    }
  }

  /**
   * A {@code DocumentActor}: who had a part in the paper and how.
   *
   * @param name {@code ActorNaam} as the API writes it ("R.P. Brekelmans")
   * @param relation {@code Relatie}, e.g. "Eerste ondertekenaar"
   * @param function {@code Functie}, e.g. "minister van Defensie", "Tweede Kamerlid"
   * @param fractieName {@code ActorFractie}, e.g. "CDA", or null
   * @param person the expanded {@code Persoon} (or one with only the id from {@code Persoon_Id}),
   *     or null
   * @param fractie the expanded {@code Fractie} (or only its id), or null
   * @param committee the expanded {@code Commissie} (or only its id), or null
   */
  public record Actor(
      String id,
      String name,
      String relation,
      String function,
      String fractieName,
      ApiPerson person,
      ApiFractie fractie,
      ApiCommittee committee) {}

  /** A {@code Zaak} the paper belongs to, with the other documents of that zaak. */
  public record Zaak(String id, String nummer, String soort, List<ZaakDocument> documents) {
    public Zaak {
      documents = List.copyOf(documents);
    }
  }

  /** A document of a zaak: {@code Id}, {@code DocumentNummer}, {@code Soort}, {@code Datum}. */
  public record ZaakDocument(String id, String number, String soort, LocalDate date) {}
}
