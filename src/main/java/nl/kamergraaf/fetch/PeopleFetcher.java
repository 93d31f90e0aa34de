package nl.kamergraaf.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kamergraaf.ingest.api.People;

/**
 * Fetches the members of the Tweede Kamer and their fracties over time into {@code people/}: the
 * sets {@code Persoon}, {@code Fractie}, {@code FractieZetel} and {@code FractieZetelPersoon}
 * (seats held since 2008), one {@code {"value": [...]}} file each. The four are written only when
 * all four arrived, so the tables on disk always belong together; a file is rewritten only when its
 * content changed.
 */
final class PeopleFetcher {
  /** Members since then are recognised in the papers (the API's papers start in 2008 too). */
  static final LocalDate SINCE = LocalDate.of(2008, 1, 1);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final FetchListener listener;
  private final DocumentQuery query;
  private final ODataPages pages;
  private final PaperFolder folder;
  private final Path dir;

  PeopleFetcher(FetchSettings settings, ApiClient client, FetchListener listener) {
    this.listener = listener;
    this.query = new DocumentQuery(settings.api());
    this.pages = new ODataPages(client, settings.api());
    this.dir = settings.output().resolve(People.FOLDER);
    this.folder = new PaperFolder(settings.output());
  }

  /** Fetches the four tables; returns the entities per table, or throws when one failed. */
  Map<String, Integer> run() {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String set : People.SETS) {
      ArrayNode value = JSON.createArrayNode();
      pages.each(
          query.people(set, filter(set), select(set)),
          entity -> {
            value.add(entity);
            return true;
          });
      ObjectNode table = JSON.createObjectNode();
      table.set("value", value);
      texts.put(set, text(table));
      counts.put(set, value.size());
    }
    for (var e : texts.entrySet()) {
      Path file = dir.resolve(e.getKey() + ".json");
      boolean changed = !e.getValue().equals(read(file));
      if (changed) {
        folder.writeAtomically(file, e.getValue());
      }
      listener.peopleTable(e.getKey(), counts.get(e.getKey()), changed);
    }
    return counts;
  }

  private static String filter(String set) {
    return set.equals("FractieZetelPersoon")
        ? "(TotEnMet eq null or TotEnMet ge " + ODataText.startOf(SINCE) + ")"
        : null;
  }

  private static String select(String set) {
    return switch (set) {
      case "Persoon" -> "Id,Initialen,Roepnaam,Tussenvoegsel,Achternaam,Functie";
      case "Fractie" -> "Id,Afkorting,NaamNL,DatumActief,DatumInactief";
      case "FractieZetel" -> "Id,Fractie_Id";
      case "FractieZetelPersoon" -> "Id,FractieZetel_Id,Persoon_Id,Functie,Van,TotEnMet";
      default -> throw new IllegalArgumentException("not a people set: " + set);
    };
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(ObjectNode table) {
    try {
      return JSON.writeValueAsString(table) + "\n";
    } catch (JsonProcessingException e) {
      throw new FetchException("cannot write a people table as JSON: " + e.getMessage(), e);
    }
  }
}
