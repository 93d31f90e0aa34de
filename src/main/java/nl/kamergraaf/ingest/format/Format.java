package nl.kamergraaf.ingest.format;

import java.util.List;
import java.util.Locale;

/** The kinds of file kamergraaf reads, with the file name extensions each usually has. */
public enum Format {
  /** UTF-8 text: plain, Markdown, or text converted by another tool. */
  TEXT("plain text", List.of(".txt", ".md")),
  /** Portable Document Format, with a text layer. */
  PDF("PDF", List.of(".pdf")),
  /** Word 2007 and later (Office Open XML). */
  DOCX("Word (.docx)", List.of(".docx")),
  /** Word 97–2003 (OLE2 compound file). */
  DOC("Word 97-2003 (.doc)", List.of(".doc")),
  /** A web page. */
  HTML("HTML", List.of(".html", ".htm"));

  private final String label;
  private final List<String> extensions;

  Format(String label, List<String> extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  /** A name for messages: "PDF", "Word (.docx)". */
  public String label() {
    return label;
  }

  /** The format a file name's extension suggests, if it is one of ours. */
  public static Format byName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return f;
        }
      }
    }
    return null;
  }

  /** Every extension kamergraaf reads, for messages: ".txt, .md, .pdf, …". */
  public static String extensionList() {
    StringBuilder s = new StringBuilder();
    for (Format f : values()) {
      for (String ext : f.extensions) {
        s.append(s.length() == 0 ? "" : ", ").append(ext);
      }
    }
    return s.toString();
  }
}
