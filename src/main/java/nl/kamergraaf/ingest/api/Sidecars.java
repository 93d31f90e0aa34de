package nl.kamergraaf.ingest.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.IngestException;

/**
 * Finds the API metadata {@code fetch} stores beside a paper ({@code 2025D01234.pdf} and {@code
 * 2025D01234.json}) and attaches it to the paper's {@link Document}. A sidecar that cannot be read
 * is reported as a warning and the paper is read from its text alone.
 */
public final class Sidecars {
  private Sidecars() {}

  /** The sidecar's path for {@code paper}: same folder, same name, {@code .json}. */
  public static Path of(Path paper) {
    String name = paper.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return paper.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
  }

  /** {@code document} with the metadata beside {@code paper}, or as it is without one. */
  public static Document attach(Path paper, Document document, Consumer<String> warnings) {
    Path sidecar = of(paper);
    if (sidecar.equals(paper) || !Files.isRegularFile(sidecar)) {
      return document;
    }
    try {
      return document.withRecord(ApiRecordReader.read(sidecar));
    } catch (IngestException e) {
      warnings.accept(e.getMessage() + " The paper is read from its text alone.");
      return document;
    }
  }
}
