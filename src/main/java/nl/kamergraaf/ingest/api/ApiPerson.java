package nl.kamergraaf.ingest.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code Persoon} of the API: its GUID and the parts of its name.
 *
 * @param firstName {@code Roepnaam}, the name the person goes by ("Kati"), or null
 * @param prefix {@code Tussenvoegsel} ("van", "van der"), or null
 * @param surname {@code Achternaam} ("Dijk", "Piri")
 */
public record ApiPerson(
    String id, String initials, String firstName, String prefix, String surname) {

  /** "Inge van Dijk"; with initials ("I. van Dijk") when there is no first name. */
  public String fullName() {
    return join(firstName != null ? firstName : initials, prefix, surname);
  }

  /** "I. van Dijk", or null without initials. */
  public String initialsName() {
    return initials == null ? null : join(initials, prefix, surname);
  }

  /** "van Dijk": the surname with its prefix, as Dutch papers write it after "het lid". */
  public String surnameWithPrefix() {
    return join(null, prefix, surname);
  }

  /** Whether there is a name to show at all. */
  public boolean hasName() {
    return surname != null && !surname.isBlank();
  }

  private static String join(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p.strip());
      }
    }
    return String.join(" ", kept);
  }
}
