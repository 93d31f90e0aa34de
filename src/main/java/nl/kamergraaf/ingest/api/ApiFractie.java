package nl.kamergraaf.ingest.api;

import java.time.LocalDate;

/**
 * A {@code Fractie} of the API.
 *
 * @param abbreviation {@code Afkorting} ("CDA", "GL-PvdA")
 * @param name {@code NaamNL}
 * @param activeFrom {@code DatumActief}, or null
 * @param activeUntil {@code DatumInactief}, or null while it sits
 */
public record ApiFractie(
    String id, String abbreviation, String name, LocalDate activeFrom, LocalDate activeUntil) {

  /** The name papers use for it: the abbreviation where there is one. */
  public String label() {
    return abbreviation != null && !abbreviation.isBlank() ? abbreviation : name;
  }
}
