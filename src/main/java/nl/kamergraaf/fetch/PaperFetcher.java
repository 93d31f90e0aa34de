package nl.kamergraaf.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.kamergraaf.ingest.api.ApiJson;
import nl.kamergraaf.ingest.format.Format;

/**
 * Brings the folder in line with the API for one scope: lists the live papers, stores each new or
 * changed one (its file and its {@code .json}), rewrites the {@code .json} of papers whose metadata
 * alone changed, and takes out the papers the API deleted. A paper whose answer is bad (not JSON, a
 * file that is not what its type says, a download cut short) is reported and skipped; what the
 * folder held of it before stays.
 */
final class PaperFetcher {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final FetchSettings settings;
  private final ApiClient client;
  private final FetchListener listener;
  private final DocumentQuery query;
  private final ODataPages pages;
  private final PaperFolder folder;
  private final Tally tally = new Tally();

  PaperFetcher(FetchSettings settings, ApiClient client, FetchListener listener) {
    this.settings = settings;
    this.client = client;
    this.listener = listener;
    this.query = new DocumentQuery(settings.api());
    this.pages = new ODataPages(client, settings.api());
    this.folder = new PaperFolder(settings.output());
  }

  /** Counts of one run, filled as it goes. */
  static final class Tally {
    int listed;
    int downloaded;
    int upToDate;
    int updated;
    int removed;
    int outOfScope;
    long bytes;
    final List<String> failed = new ArrayList<>();
  }

  Tally run() {
    folder.removeLeftovers();
    Map<String, PaperFolder.Held> held = folder.held();
    Set<String> seen = new HashSet<>();
    Scope scope = settings.scope();
    try {
      pages.each(
          query.live(scope),
          entity -> {
            tally.listed++;
            handle(entity, held, seen);
            return settings.limit() == 0 || seen.size() < settings.limit();
          });
    } catch (FetchException e) {
      if (tally.listed == 0) {
        throw new FetchException(
            "could not list the papers: "
                + e.getMessage()
                + " Check --api "
                + "and the network; nothing was changed in "
                + settings.output()
                + ".",
            e);
      }
      fail(e.getMessage() + " The papers listed before it were handled.");
    }
    try {
      pages.each(
          query.deleted(scope),
          entity -> {
            removeIfHeld(entity, held);
            return true;
          });
    } catch (FetchException e) {
      fail(e.getMessage() + " Deleted papers were not looked for; run fetch again later.");
    }
    return tally;
  }

  private void handle(JsonNode entity, Map<String, PaperFolder.Held> held, Set<String> seen) {
    String id = ApiJson.text(entity, "Id");
    String number = ApiJson.text(entity, "DocumentNummer");
    if (!DocumentQuery.isGuid(id) || !PaperFolder.usableNumber(number)) {
      fail(
          "the API listed a Document with Id '"
              + id
              + "' and DocumentNummer '"
              + number
              + "', which cannot name a paper; it was skipped.");
      return;
    }
    if (ApiJson.isTrue(entity, "Verwijderd")) {
      removeIfHeld(entity, held);
      return;
    }
    String outside = settings.scope().outside(entity);
    if (outside != null) {
      tally.outOfScope++;
      listener.outOfScope(number, outside);
      return;
    }
    if (!seen.add(id)) {
      return;
    }
    Format format = ResourceTypes.format(ApiJson.text(entity, "ContentType"));
    if (format == null) {
      fail(
          number
              + ": its file is of type '"
              + ApiJson.text(entity, "ContentType")
              + "', which kamergraaf does not read (PDF, .docx, .doc); it was skipped.");
      return;
    }
    ObjectNode record;
    try {
      record = withAllActors((ObjectNode) entity.deepCopy(), id);
    } catch (FetchException e) {
      fail(
          number
              + ": its actors could not be fetched ("
              + e.getMessage()
              + "); the paper was skipped.");
      return;
    }
    String sidecar = text(record);
    PaperFolder.Held before = held.get(id);
    if (before != null && intact(before, record)) {
      if (before.record().json().equals(sidecar)) {
        tally.upToDate++;
        listener.upToDate(number);
      } else {
        folder.writeSidecar(number, sidecar);
        tally.updated++;
        listener.updated(number);
      }
      return;
    }
    download(id, number, format, record, sidecar);
  }

  /** Whether the held paper is the one the API has now: same change time, same whole file. */
  private static boolean intact(PaperFolder.Held held, JsonNode now) {
    Long length = ApiJson.number(now, "ContentLength");
    try {
      return held.paper() != null
          && Objects.equals(held.record().modified(), ApiJson.text(now, "GewijzigdOp"))
          && Objects.equals(held.record().contentLength(), length)
          && Objects.equals(held.record().number(), ApiJson.text(now, "DocumentNummer"))
          && (length == null || Files.size(held.paper()) == length);
    } catch (IOException e) {
      return false;
    }
  }

  private void download(String id, String number, Format format, JsonNode record, String sidecar) {
    String ext = ResourceTypes.extension(format);
    Path part = folder.part(number + "." + ext);
    long start = System.nanoTime();
    try {
      ApiClient.Download d = client.download(query.resource(id), part);
      Long expected = ApiJson.number(record, "ContentLength");
      if (expected != null && d.bytes() != expected) {
        throw new FetchException(
            number
                + ": the file arrived with "
                + d.bytes()
                + " bytes, the API "
                + "says "
                + expected
                + " (a download cut short, or a changed file); it was skipped.");
      }
      String mismatch = ResourceTypes.mismatch(part, format);
      if (mismatch != null) {
        throw new FetchException(number + ": " + mismatch + "; it was skipped.");
      }
      Path paper = folder.commit(part, number, ext, sidecar);
      tally.downloaded++;
      tally.bytes += d.bytes();
      listener.downloaded(
          paper.getFileName().toString(), d.bytes(), (System.nanoTime() - start) / 1_000_000);
    } catch (FetchException e) {
      folder.delete(part);
      fail(e.getMessage().startsWith(number) ? e.getMessage() : number + ": " + e.getMessage());
    }
  }

  /**
   * The entity with every actor: those expanded in the listing, the rest of a partial expansion
   * ({@code DocumentActor@odata.nextLink}), or all of them asked for separately when the listing
   * brought none.
   */
  private ObjectNode withAllActors(ObjectNode entity, String id) {
    JsonNode listed = entity.get("DocumentActor");
    JsonNode more = entity.remove("DocumentActor@odata.nextLink");
    if (listed != null && listed.isArray() && more == null) {
      return entity;
    }
    ArrayNode actors =
        listed != null && listed.isArray() ? (ArrayNode) listed : JSON.createArrayNode();
    URI next = more != null ? settings.api().resolve(more.asText()) : query.actors(id);
    if (more != null && !ODataPages.under(next, settings.api())) {
      throw new FetchException(
          "the DocumentActor@odata.nextLink " + next + " leads away from the API");
    }
    pages.each(
        next,
        actor -> {
          actors.add(actor);
          return true;
        });
    entity.set("DocumentActor", actors);
    return entity;
  }

  private void removeIfHeld(JsonNode entity, Map<String, PaperFolder.Held> held) {
    PaperFolder.Held h = held.remove(ApiJson.text(entity, "Id"));
    if (h != null) {
      folder.remove(h.record().number());
      tally.removed++;
      listener.removed(h.record().number());
    }
  }

  private void fail(String message) {
    tally.failed.add(message);
    listener.failed(message);
  }

  private static String text(JsonNode record) {
    try {
      return JSON.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new FetchException("cannot write the metadata as JSON: " + e.getMessage(), e);
    }
  }
}
