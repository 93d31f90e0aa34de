package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * How much XML a Word package unpacks to, counted by inflating it (the sizes a ZIP names for its
 * entries can lie), before POI reads any of it. POI holds a part's XML as a tree many times its
 * size: a 4.1 MB .docx whose XML inflated 51 times (POI's own check stops at 100) ran a 2 GB heap
 * out, and the build stopped with nothing built.
 */
final class PackageSize {
  /** Far more than the text of any paper needs; a part tree of it still fits a small heap. */
  static final long MAX_XML_BYTES = 64L * 1024 * 1024;

  private PackageSize() {}

  /** Throws {@link BadFileException} when the XML parts of {@code file} inflate past the bound. */
  static void check(Path file) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException damaged) {
      return; // POI reports a damaged package in its own words
    }
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (zip) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
          continue; // images and fonts are never parsed
        }
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_XML_BYTES) {
              throw new BadFileException(
                  "its Word XML unpacks to more than "
                      + MAX_XML_BYTES / (1024 * 1024)
                      + " MiB (at "
                      + entry.getName()
                      + "), far more"
                      + " than a document's text needs; it is not read. Save it again without"
                      + " embedded content, or convert it to text.");
            }
          }
        }
      }
    }
  }
}
