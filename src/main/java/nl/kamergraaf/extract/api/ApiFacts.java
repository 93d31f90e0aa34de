package nl.kamergraaf.extract.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;

/**
 * What the Tweede Kamer API says about one paper, ready for the graph: every value comes from the
 * API record named by {@code documentId}, not from a span of the text.
 *
 * @param documentId the API's Document GUID, or null for a paper without a record (then only {@code
 *     identified} may hold something)
 * @param number {@code DocumentNummer}
 * @param identifier the kamerstuk number ("21501-28-300") where the paper has one, else the
 *     DocumentNummer
 * @param soort the API's {@code Soort}
 * @param kind the local name of its kg:DocumentKind
 * @param date {@code Datum}, or null
 * @param title {@code Onderwerp} (else {@code Titel}), or null
 * @param chamber the chamber that handles it ({@code Organisatie}), or null
 * @param dossiers the dossier numbers, "21501-28"
 * @param actors the {@code DocumentActor}s with their entities
 * @param answers for an answer to written questions, the question paper it answers; else null
 * @param identified entities that are also entities of the API (actors, members linked in the text)
 */
public record ApiFacts(
    String documentId,
    String number,
    String identifier,
    String soort,
    String kind,
    LocalDate date,
    String title,
    Entity chamber,
    List<String> dossiers,
    List<Actor> actors,
    Answer answers,
    List<Identified> identified) {

  public ApiFacts {
    dossiers = List.copyOf(dossiers);
    actors = List.copyOf(actors);
    identified = List.copyOf(identified);
  }

  /** A paper without API metadata. */
  public static final ApiFacts NONE =
      new ApiFacts(
          null, null, null, null, null, null, null, null, List.of(), List.of(), null, List.of());

  /** Whether the paper came with an API record. */
  public boolean present() {
    return documentId != null;
  }

  /**
   * A {@code DocumentActor}: who ({@code agent}: a person, fractie or committee) had which part
   * ({@code relation}, the API's {@code Relatie}) in which office ({@code function}, and the
   * curated role it names, if any), on behalf of which fractie.
   */
  public record Actor(
      String id, Entity agent, String relation, String function, Entity role, Entity onBehalfOf) {}

  /**
   * The written questions an answer answers: the question paper's DocumentNummer and date, the days
   * between question and answer, whether a postponement was sent, whether it was late.
   */
  public record Answer(
      String zaakId,
      String questionNumber,
      LocalDate questionDate,
      long days,
      boolean postponed,
      boolean late) {}

  /** The date: the API's where there is one, else the text's. */
  public LocalDate dateOr(DocumentInfo info) {
    if (date != null) {
      return date;
    }
    return info.date() == null ? null : info.date().value();
  }

  /**
   * The text's metadata without what the API says better: the identifier, kind, date, title and
   * chamber the API gives replace those read from the text.
   */
  public DocumentInfo overriding(DocumentInfo info) {
    if (!present()) {
      return info;
    }
    return new DocumentInfo(
        null,
        null,
        date != null ? null : info.date(),
        title != null ? null : info.title(),
        info.meeting(),
        info.committee(),
        info.signatories(),
        chamber != null ? null : info.chamber());
  }

  /** These facts with more identified entities. */
  public ApiFacts withIdentified(List<Identified> more) {
    List<Identified> all = new ArrayList<>(identified);
    all.addAll(more);
    return new ApiFacts(
        documentId,
        number,
        identifier,
        soort,
        kind,
        date,
        title,
        chamber,
        dossiers,
        actors,
        answers,
        all);
  }
}
