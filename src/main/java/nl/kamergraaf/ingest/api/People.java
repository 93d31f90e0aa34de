package nl.kamergraaf.ingest.api;

import static nl.kamergraaf.ingest.api.ApiJson.date;
import static nl.kamergraaf.ingest.api.ApiJson.list;
import static nl.kamergraaf.ingest.api.ApiJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.ingest.IngestException;

/**
 * The members of the Tweede Kamer and their fracties over time, as {@code fetch --people} stores
 * them in {@code people/}: one file per entity set ({@code Persoon.json}, {@code Fractie.json},
 * {@code FractieZetel.json}, {@code FractieZetelPersoon.json}), each the API's {@code {"value":
 * [...]}}.
 *
 * <pre>
 * People people = People.read(Path.of("data/tk"));      // People.NONE without a people/ folder
 * people.fractieOn(persoonId, LocalDate.of(2024, 5, 1)); // the fractie that member sat in then
 * </pre>
 */
public final class People {
  /** The folder under a corpus that holds the tables. */
  public static final String FOLDER = "people";

  /** The entity sets stored, in the order they are read. */
  public static final List<String> SETS =
      List.of("Persoon", "Fractie", "FractieZetel", "FractieZetelPersoon");

  /** No tables: a corpus without {@code people/}. */
  public static final People NONE = new People(Map.of(), Map.of(), List.of(), "");

  private final Map<String, ApiPerson> persons;
  private final Map<String, ApiFractie> fracties;
  private final List<Membership> memberships;
  private final String fingerprint;

  public People(
      Map<String, ApiPerson> persons,
      Map<String, ApiFractie> fracties,
      List<Membership> memberships,
      String fingerprint) {
    this.persons = Map.copyOf(persons);
    this.fracties = Map.copyOf(fracties);
    this.memberships = List.copyOf(memberships);
    this.fingerprint = fingerprint;
  }

  /** Reads {@code corpus/people/}; {@link #NONE} when the folder is not there. */
  public static People read(Path corpus) {
    Path dir = corpus.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return NONE;
    }
    MessageDigest digest = sha256();
    Map<String, List<JsonNode>> sets = new LinkedHashMap<>();
    for (String set : SETS) {
      Path file = dir.resolve(set + ".json");
      if (!Files.isRegularFile(file)) {
        throw new IngestException(
            file
                + ": missing; the people tables need all of "
                + String.join(", ", SETS)
                + ". Run kamergraaf fetch --people again.");
      }
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IngestException(file + ": cannot read (" + e.getMessage() + ").", e);
      }
      digest.update(json.getBytes(StandardCharsets.UTF_8));
      sets.put(set, list(ApiJson.parse(json, file.toString()), "value"));
    }
    return of(sets, HexFormat.of().formatHex(digest.digest()));
  }

  /** Tables from the entities of each set (deleted ones left out). */
  static People of(Map<String, List<JsonNode>> sets, String fingerprint) {
    Map<String, ApiPerson> persons = new LinkedHashMap<>();
    for (JsonNode p : live(sets.get("Persoon"))) {
      ApiPerson person = ApiJson.person(p, null);
      if (person.id() != null && person.hasName()) {
        persons.put(person.id(), person);
      }
    }
    Map<String, ApiFractie> fracties = new LinkedHashMap<>();
    for (JsonNode f : live(sets.get("Fractie"))) {
      ApiFractie fractie = ApiJson.fractie(f, null);
      if (fractie.id() != null && fractie.label() != null) {
        fracties.put(fractie.id(), fractie);
      }
    }
    Map<String, String> seatFractie = new LinkedHashMap<>();
    for (JsonNode z : live(sets.get("FractieZetel"))) {
      if (text(z, "Id") != null && text(z, "Fractie_Id") != null) {
        seatFractie.put(text(z, "Id"), text(z, "Fractie_Id"));
      }
    }
    List<Membership> memberships = new ArrayList<>();
    for (JsonNode m : live(sets.get("FractieZetelPersoon"))) {
      String person = text(m, "Persoon_Id");
      String fractie = seatFractie.get(text(m, "FractieZetel_Id"));
      if (text(m, "Id") != null && persons.containsKey(person) && fracties.containsKey(fractie)) {
        memberships.add(
            new Membership(
                text(m, "Id"),
                person,
                fractie,
                text(m, "Functie"),
                date(m, "Van"),
                date(m, "TotEnMet")));
      }
    }
    return new People(persons, fracties, memberships, fingerprint);
  }

  private static List<JsonNode> live(List<JsonNode> entities) {
    return entities == null
        ? List.of()
        : entities.stream().filter(e -> !ApiJson.isTrue(e, "Verwijderd")).toList();
  }

  public boolean isEmpty() {
    return persons.isEmpty();
  }

  /** A hash of the tables as read: what extraction with these names depends on. */
  public String fingerprint() {
    return fingerprint;
  }

  public Map<String, ApiPerson> persons() {
    return persons;
  }

  public Map<String, ApiFractie> fracties() {
    return fracties;
  }

  public List<Membership> memberships() {
    return memberships;
  }

  /** The person with this GUID, or null. */
  public ApiPerson person(String id) {
    return id == null ? null : persons.get(id);
  }

  /** The fractie with this GUID, or null. */
  public ApiFractie fractie(String id) {
    return id == null ? null : fracties.get(id);
  }

  /** The fractie the person sat in on {@code date}, or null. */
  public ApiFractie fractieOn(String persoonId, LocalDate date) {
    for (Membership m : memberships) {
      if (m.persoonId().equals(persoonId) && date != null && m.covers(date)) {
        return fracties.get(m.fractieId());
      }
    }
    return null;
  }

  /** Whether the person sat in the Kamer for some fractie on {@code date}. */
  public boolean sat(String persoonId, LocalDate date) {
    return fractieOn(persoonId, date) != null;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
