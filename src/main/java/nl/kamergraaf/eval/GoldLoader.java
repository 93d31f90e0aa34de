package nl.kamergraaf.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every {@code *.json} file of a gold directory into {@link GoldDocument}s.
 *
 * <pre>
 * List&lt;GoldDocument&gt; gold = GoldLoader.load(Path.of("/work/shared/gold"));
 * </pre>
 */
public final class GoldLoader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private GoldLoader() {}

  /** All gold documents of {@code directory}, sorted by file name; other files are skipped. */
  public static List<GoldDocument> load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new EvalException(
          directory + ": not a directory; give the directory that holds the gold *.json files");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new EvalException(directory + ": cannot list the directory: " + e.getMessage(), e);
    }
    List<GoldDocument> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(loadFile(file));
    }
    return documents;
  }

  /** One gold file; its {@code doc} field must name the source document. */
  public static GoldDocument loadFile(Path file) {
    GoldDocument gold;
    try {
      gold = MAPPER.readValue(file.toFile(), GoldDocument.class);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
      throw new EvalException(
          file
              + position
              + ": not a valid gold file ("
              + e.getOriginalMessage()
              + "); fix the JSON, see SCHEMA.md next to the gold files",
          e);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (gold == null || gold.doc() == null || gold.doc().isBlank()) {
      throw new EvalException(
          file
              + ":1:1: the gold file has no \"doc\" field; add the source file name, e.g."
              + " \"doc\": \"004_62cc81db4921119a.txt\"");
    }
    return gold;
  }
}
