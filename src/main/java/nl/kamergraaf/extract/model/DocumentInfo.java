package nl.kamergraaf.extract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says about itself.
 *
 * @param identifier the full Kamerstuk identifier, dossier[-sub]-nr, e.g. {@code 21501-28-300} or
 *     {@code 36410-X-C}; null when the paper prints none
 * @param kind e.g. "verslag schriftelijk overleg"
 * @param meeting the meeting it concerns, or null
 * @param committee the committee involved, or null
 * @param chamber the chamber the paper belongs to (the Eerste or the Tweede Kamer), or null
 */
public record DocumentInfo(
    Field<String> identifier,
    Field<String> kind,
    Field<LocalDate> date,
    Field<String> title,
    Meeting meeting,
    Entity committee,
    List<Signatory> signatories,
    Field<Entity> chamber) {

  public DocumentInfo {
    signatories = List.copyOf(signatories);
  }

  /** A value with the provenance it was read from. */
  public record Field<T>(T value, Provenance provenance) {}

  /** The meeting a document concerns. */
  public record Meeting(Entity meeting, LocalDate date, String place, Provenance provenance) {}

  /** Someone who signed the document, in a role. */
  public record Signatory(Entity person, Entity role, Provenance provenance) {}
}
