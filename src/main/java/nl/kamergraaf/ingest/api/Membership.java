package nl.kamergraaf.ingest.api;

import java.time.LocalDate;

/**
 * A seat in a fractie held by one person for a time: a {@code FractieZetelPersoon} joined with its
 * {@code FractieZetel}.
 *
 * @param id the FractieZetelPersoon's GUID
 * @param function {@code Functie}, e.g. "Lid", "Fractievoorzitter", or null
 * @param from {@code Van}, or null
 * @param until {@code TotEnMet}, or null while the seat is held
 */
public record Membership(
    String id,
    String persoonId,
    String fractieId,
    String function,
    LocalDate from,
    LocalDate until) {

  /** Whether the person held this seat on {@code date} (both ends included). */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }
}
