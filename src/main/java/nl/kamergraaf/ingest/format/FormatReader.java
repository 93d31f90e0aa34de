package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import nl.kamergraaf.ingest.IngestException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;

/**
 * Reads a PDF, Word or HTML file into {@link ConvertedText}: the entry point of this package. Every
 * failure, including a library's own, becomes an {@link IngestException} that names the file, says
 * what is wrong with it and what to do; nothing a hostile file does escapes as another exception
 * (out-of-memory aside).
 *
 * <pre>
 * ConvertedText t = FormatReader.read(Path.of("kamerstuk.pdf"), Format.PDF);
 * </pre>
 */
public final class FormatReader {
  private FormatReader() {}

  /** Converts {@code file}, whose content was sniffed as {@code format} (not TEXT). */
  public static ConvertedText read(Path file, Format format) {
    try {
      ConvertedText text =
          switch (format) {
            case PDF -> PdfConverter.convert(file);
            case DOCX -> DocxConverter.convert(file);
            case DOC -> DocConverter.convert(file);
            case HTML -> HtmlConverter.convert(file);
            case TEXT -> throw new IllegalArgumentException("plain text is read by DocumentReader");
          };
      if (text.text().isBlank()) {
        throw new IngestException(
            file
                + ": the "
                + format.label()
                + " file holds no text. "
                + "Check that it is the document, or remove it from the corpus.");
      }
      return text;
    } catch (BadFileException e) {
      throw new IngestException(file + ": " + e.getMessage(), e);
    } catch (EncryptedDocumentException e) {
      throw new IngestException(
          file
              + ": the "
              + format.label()
              + " file is password-"
              + "protected. Open it with the password, save a copy without one, and run again.",
          e);
    } catch (UnsupportedFileFormatException e) {
      throw new IngestException(
          file
              + ": not a "
              + format.label()
              + " file this version of "
              + "Word can be read from ("
              + e.getMessage()
              + "). Save it as .docx and run again.",
          e);
    } catch (IOException e) {
      if (mentionsDoctype(e)) {
        throw new IngestException(file + ": " + DOCTYPE, e);
      }
      throw new IngestException(
          file
              + ": cannot read the "
              + format.label()
              + " file ("
              + e.getMessage()
              + "). "
              + advice(e),
          e);
    } catch (IngestException e) {
      throw e;
    } catch (RuntimeException e) {
      if (mentionsDoctype(e)) {
        throw new IngestException(file + ": " + DOCTYPE, e);
      }
      // Libraries throw their own runtime exceptions on damaged files; none may stop a build.
      throw new IngestException(
          file
              + ": the "
              + format.label()
              + " file is damaged or "
              + "unusual and could not be converted ("
              + e
              + "). Open it and save it again, or "
              + "convert it to text, and run again.",
          e);
    }
  }

  private static final String DOCTYPE =
      "the file's XML has a document type declaration "
          + "(DOCTYPE), which Word never writes and XML entity attacks need; it is not read. Open "
          + "the file in Word and save it again if it is a genuine document.";

  private static boolean mentionsDoctype(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("DOCTYPE is disallowed")) {
        return true;
      }
    }
    return false;
  }

  private static String advice(IOException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("zip bomb") || m.contains("inflate") || m.contains("max entry size")) {
      return "The file unpacks to far more than it holds, as a zip bomb does: it is not read.";
    }
    return "Check that the file is complete and opens in its usual program.";
  }
}
