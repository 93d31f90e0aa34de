package nl.kamergraaf.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamergraaf.ingest.format.ConvertedText;
import nl.kamergraaf.ingest.format.Format;
import nl.kamergraaf.ingest.format.FormatReader;
import nl.kamergraaf.ingest.format.FormatSniffer;

/**
 * Reads the files that are not plain text: tells their format by content, converts them to text in
 * the shape the {@link Normaliser} reads, normalises that like a text file and keeps the {@link
 * SourceMap} back to pages or paragraphs with the document.
 */
final class ConvertedDocuments {
  private ConvertedDocuments() {}

  /**
   * The format of {@code file} by its content; TEXT also for files that cannot be opened (the text
   * reader reports those). A file whose content is of a kind kamergraaf does not read, or that is
   * named .pdf/.docx/.doc but holds something else, is an error.
   */
  static Format detect(Path file) {
    FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(file);
    if (sniffed.format() == null) {
      throw new IngestException(file + ": " + sniffed.unsupported() + ".");
    }
    Path name = file.getFileName();
    Format named = name == null ? null : Format.byName(name.toString());
    boolean binaryName = named == Format.PDF || named == Format.DOCX || named == Format.DOC;
    if (sniffed.format() == Format.TEXT && binaryName && !Files.isDirectory(file)) {
      throw new IngestException(
          file
              + ": is named like a "
              + named.label()
              + " file but does "
              + "not start like one; it is damaged or misnamed. Open it in its usual program and "
              + "save it again, or remove it from the corpus.");
    }
    return sniffed.format();
  }

  /** Converts and normalises {@code file}, a PDF, Word or HTML file. */
  static Document read(Path file, String source, Format format, Normaliser normaliser) {
    ConvertedText converted = FormatReader.read(file, format);
    Document document;
    try {
      // One char for one: the source map's positions stay right.
      document = normaliser.normalise(source, XmlText.clean(converted.text()));
    } catch (RuntimeException e) {
      throw new IngestException(
          file
              + ": could not normalise the text converted from "
              + format.label()
              + " ("
              + e
              + "). This is a bug in kamergraaf: please report it "
              + "together with the file.",
          e);
    }
    if (document.text().isEmpty()) {
      throw new IngestException(
          file
              + ": no text is left of the "
              + format.label()
              + " file after removing markup and page headers/footers. Check that the file holds "
              + "the document's text.");
    }
    return document.withSourceMap(converted.sourceMap());
  }
}
