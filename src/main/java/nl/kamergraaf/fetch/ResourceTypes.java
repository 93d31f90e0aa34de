package nl.kamergraaf.fetch;

import java.nio.file.Path;
import java.util.Locale;
import nl.kamergraaf.ingest.format.Format;
import nl.kamergraaf.ingest.format.FormatSniffer;

/**
 * The files a paper comes as ({@code ContentType} of the API's Document) that kamergraaf reads:
 * PDF, Word (.docx) and old Word (.doc); and the check that downloaded bytes are what the type says
 * (a server error page saved as a PDF would otherwise reach the build).
 */
final class ResourceTypes {
  private ResourceTypes() {}

  /** The format of a content type, or null when kamergraaf does not read it. */
  static Format format(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/pdf" -> Format.PDF;
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> Format.DOCX;
      case "application/msword" -> Format.DOC;
      default -> null;
    };
  }

  /** The file name extension for a format: pdf, docx, doc. */
  static String extension(Format format) {
    return switch (format) {
      case PDF -> "pdf";
      case DOCX -> "docx";
      case DOC -> "doc";
      case HTML -> "html";
      case TEXT -> "txt";
    };
  }

  /** Why the bytes in {@code file} are not a {@code expected} file, or null when they are. */
  static String mismatch(Path file, Format expected) {
    FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(file);
    if (sniffed.format() == expected) {
      return null;
    }
    String found =
        sniffed.format() == null
            ? sniffed.unsupported()
            : sniffed.format() == Format.TEXT ? "text" : sniffed.format().label();
    return "the API says " + expected.label() + " but the bytes are " + found;
  }
}
