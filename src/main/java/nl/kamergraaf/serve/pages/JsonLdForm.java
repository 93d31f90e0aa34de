package nl.kamergraaf.serve.pages;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * JSON-LD that names the published context by its URL instead of repeating it: the graph is written
 * by Jena, compacted by Titanium (Jena's own JSON-LD engine) against {@value #CONTEXT_RESOURCE},
 * and the inline context replaced by the URL where the server publishes it.
 */
final class JsonLdForm {
  /** The context on the class path; also served at {@code /context.jsonld}. */
  static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

  private JsonLdForm() {}

  static void write(Graph graph, String contextUrl, Writer out) {
    String expanded = RDFWriter.source(graph).format(RDFFormat.JSONLD11_FLAT).asString();
    try (InputStream context = JsonLdForm.class.getResourceAsStream(CONTEXT_RESOURCE)) {
      JsonObject compact =
          JsonLd.compact(JsonDocument.of(new StringReader(expanded)), JsonDocument.of(context))
              .get();
      JsonObjectBuilder withUrl = Json.createObjectBuilder().add("@context", contextUrl);
      compact.forEach(
          (key, value) -> {
            if (!key.equals("@context")) {
              withUrl.add(key, value);
            }
          });
      StringWriter text = new StringWriter();
      try (JsonWriter json =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(text)) {
        json.writeObject(withUrl.build());
      }
      out.write(text.toString().strip());
      out.write('\n');
    } catch (JsonLdError e) {
      throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
