package nl.kamergraaf.ingest.api;

import static nl.kamergraaf.ingest.api.ApiJson.date;
import static nl.kamergraaf.ingest.api.ApiJson.list;
import static nl.kamergraaf.ingest.api.ApiJson.number;
import static nl.kamergraaf.ingest.api.ApiJson.object;
import static nl.kamergraaf.ingest.api.ApiJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.IngestException;

/**
 * Reads a paper's sidecar {@code {DocumentNummer}.json}: the API's {@code Document} entity with its
 * expanded {@code DocumentActor} (each with {@code Persoon}, {@code Fractie}, {@code Commissie}),
 * {@code Kamerstukdossier} and {@code Zaak} (with its {@code Document}s).
 *
 * <pre>
 * ApiRecord r = ApiRecordReader.read(Path.of("data/tk/2025D01234.json"));
 * </pre>
 */
public final class ApiRecordReader {
  private ApiRecordReader() {}

  /** Reads the sidecar at {@code file}; a file that is not such a record is an error. */
  public static ApiRecord read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IngestException(
          file + ": cannot read the API metadata (" + e.getMessage() + ").", e);
    }
    return parse(json, file.getFileName().toString(), file.toString());
  }

  /** Parses sidecar text; {@code source} is the sidecar's name, {@code where} for messages. */
  public static ApiRecord parse(String json, String source, String where) {
    JsonNode doc = ApiJson.parse(json, where);
    String id = text(doc, "Id");
    String number = text(doc, "DocumentNummer");
    if (!doc.isObject() || id == null || number == null) {
      throw new IngestException(
          where
              + ": not a Document of the Tweede Kamer API (it needs an "
              + "\"Id\" and a \"DocumentNummer\"). Fetch the paper again with kamergraaf fetch.");
    }
    Long volgnummer = number(doc, "Volgnummer");
    return new ApiRecord(
        id,
        number,
        text(doc, "Soort"),
        text(doc, "Titel"),
        text(doc, "Onderwerp"),
        date(doc, "Datum"),
        text(doc, "GewijzigdOp"),
        text(doc, "ContentType"),
        number(doc, "ContentLength"),
        volgnummer == null ? null : volgnummer.intValue(),
        text(doc, "Organisatie"),
        dossiers(doc),
        actors(doc),
        zaken(doc),
        source,
        json);
  }

  private static List<ApiRecord.Dossier> dossiers(JsonNode doc) {
    List<ApiRecord.Dossier> out = new ArrayList<>();
    for (JsonNode d : list(doc, "Kamerstukdossier")) {
      Long nummer = number(d, "Nummer");
      if (nummer != null) {
        out.add(
            new ApiRecord.Dossier(text(d, "Id"), nummer, text(d, "Toevoeging"), text(d, "Titel")));
      }
    }
    return out;
  }

  private static List<ApiRecord.Actor> actors(JsonNode doc) {
    List<ApiRecord.Actor> out = new ArrayList<>();
    for (JsonNode a : list(doc, "DocumentActor")) {
      if (ApiJson.isTrue(a, "Verwijderd")) {
        continue;
      }
      JsonNode commissie = object(a, "Commissie");
      String commissieId = text(a, "Commissie_Id");
      ApiCommittee committee =
          commissie != null
              ? new ApiCommittee(
                  text(commissie, "Id"), text(commissie, "Afkorting"), text(commissie, "NaamNL"))
              : commissieId == null ? null : new ApiCommittee(commissieId, null, null);
      out.add(
          new ApiRecord.Actor(
              text(a, "Id"),
              text(a, "ActorNaam"),
              text(a, "Relatie"),
              text(a, "Functie"),
              text(a, "ActorFractie"),
              ApiJson.person(object(a, "Persoon"), text(a, "Persoon_Id")),
              ApiJson.fractie(object(a, "Fractie"), text(a, "Fractie_Id")),
              committee));
    }
    return out;
  }

  private static List<ApiRecord.Zaak> zaken(JsonNode doc) {
    List<ApiRecord.Zaak> out = new ArrayList<>();
    for (JsonNode z : list(doc, "Zaak")) {
      List<ApiRecord.ZaakDocument> documents = new ArrayList<>();
      for (JsonNode d : list(z, "Document")) {
        if (!ApiJson.isTrue(d, "Verwijderd") && text(d, "DocumentNummer") != null) {
          documents.add(
              new ApiRecord.ZaakDocument(
                  text(d, "Id"), text(d, "DocumentNummer"), text(d, "Soort"), date(d, "Datum")));
        }
      }
      out.add(new ApiRecord.Zaak(text(z, "Id"), text(z, "Nummer"), text(z, "Soort"), documents));
    }
    return out;
  }
}
