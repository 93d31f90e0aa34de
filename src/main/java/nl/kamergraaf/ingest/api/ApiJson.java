package nl.kamergraaf.ingest.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.IngestException;

/**
 * Reads the API's JSON tolerantly: a property that is absent or {@code null} is null, never an
 * error, because entities come with more or fewer properties depending on {@code $select}. Text
 * that is not JSON is an error with line and column.
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  /** Parses {@code json}; {@code where} names the file or address for the message. */
  public static JsonNode parse(String json, String where) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String position = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new IngestException(
          where + position + ": not valid JSON (" + e.getOriginalMessage() + ").");
    }
  }

  /** The text of a property, or null when it is absent, null or blank. */
  public static String text(JsonNode entity, String property) {
    JsonNode v = entity == null ? null : entity.get(property);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** A whole number property, or null. */
  public static Long number(JsonNode entity, String property) {
    JsonNode v = entity == null ? null : entity.get(property);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.canConvertToLong()) {
      return v.asLong();
    }
    try {
      return Long.parseLong(v.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A date property read as a Dutch calendar date, or null. */
  public static LocalDate date(JsonNode entity, String property) {
    return ApiDates.localDate(text(entity, property));
  }

  /** Whether a boolean property is true. */
  public static boolean isTrue(JsonNode entity, String property) {
    JsonNode v = entity == null ? null : entity.get(property);
    return v != null && v.asBoolean(false);
  }

  /**
   * The entities of a navigation property: the array's elements, the one object for a single-valued
   * navigation, nothing when absent.
   */
  public static List<JsonNode> list(JsonNode entity, String property) {
    JsonNode v = entity == null ? null : entity.get(property);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(out::add);
    } else if (v.isObject()) {
      out.add(v);
    }
    return out;
  }

  /** The object of a single-valued navigation property, or null. */
  public static JsonNode object(JsonNode entity, String property) {
    JsonNode v = entity == null ? null : entity.get(property);
    return v != null && v.isObject() ? v : null;
  }

  /** A {@code Persoon} entity, or one with only the id when just {@code idProperty} is known. */
  public static ApiPerson person(JsonNode persoon, String fallbackId) {
    if (persoon == null) {
      return fallbackId == null ? null : new ApiPerson(fallbackId, null, null, null, null);
    }
    return new ApiPerson(
        text(persoon, "Id"),
        text(persoon, "Initialen"),
        text(persoon, "Roepnaam"),
        text(persoon, "Tussenvoegsel"),
        text(persoon, "Achternaam"));
  }

  /** A {@code Fractie} entity, or one with only the id. */
  public static ApiFractie fractie(JsonNode fractie, String fallbackId) {
    if (fractie == null) {
      return fallbackId == null ? null : new ApiFractie(fallbackId, null, null, null, null);
    }
    return new ApiFractie(
        text(fractie, "Id"),
        text(fractie, "Afkorting"),
        text(fractie, "NaamNL"),
        date(fractie, "DatumActief"),
        date(fractie, "DatumInactief"));
  }
}
