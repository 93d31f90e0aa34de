package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's format from its first bytes, not its name: {@code %PDF-} starts a PDF, a ZIP
 * archive holding {@code word/document.xml} is a .docx, an OLE2 compound file is an old Word file
 * (or an encrypted .docx: the reader tells them apart), and markup that opens with a doctype or an
 * {@code <html>}, {@code <head>} or {@code <body>} tag is HTML. Anything else is text, for the text
 * reader to accept or reject.
 *
 * <pre>
 * Sniffed s = FormatSniffer.sniff(Path.of("kamerstuk.pdf"));   // s.format() == Format.PDF
 * </pre>
 */
public final class FormatSniffer {
  // PDF readers accept the header anywhere in the first KiB (some files have junk before it).
  private static final int HEAD = 8192;
  private static final int PDF_WINDOW = 1024;
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  // A .docx lists word/document.xml among its first entries; do not walk a huge archive.
  private static final int MAX_ZIP_ENTRIES = 200;

  /** What sniffing found: the format, or a reason the file is none of ours. */
  public record Sniffed(Format format, String unsupported) {}

  private FormatSniffer() {}

  /**
   * The format of {@code file}. A file that cannot be read sniffs as {@link Format#TEXT}: the text
   * reader then reports the problem with its usual message.
   */
  public static Sniffed sniff(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return new Sniffed(Format.TEXT, null);
    }
    int pdf = indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_WINDOW);
    if (pdf >= 0 && isJunk(head, pdf)) {
      return new Sniffed(Format.PDF, null);
    }
    if (startsWith(head, OLE2)) {
      return new Sniffed(Format.DOC, null);
    }
    if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
      return isWordArchive(file)
          ? new Sniffed(Format.DOCX, null)
          : new Sniffed(null, "a ZIP archive that is not a Word document (no word/document.xml)");
    }
    if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
      return new Sniffed(
          null,
          "Rich Text Format (RTF), which kamergraaf does not read: save it " + "as .docx or .txt");
    }
    return new Sniffed(looksLikeHtml(head) ? Format.HTML : Format.TEXT, null);
  }

  private static boolean isWordArchive(Path file) {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
        if (entry.getName().equals("word/document.xml")) {
          return true;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return false; // a broken archive: the .docx reader would say the same, less clearly
    }
    return false;
  }

  /** Markup after an optional byte order mark, spaces and comments: a doctype or html tag. */
  private static boolean looksLikeHtml(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1);
    int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i);
        if (close < 0) {
          return false;
        }
        i = close + 3;
      } else if (s.startsWith("<?xml", i)) {
        int close = s.indexOf("?>", i);
        if (close < 0) {
          return false;
        }
        i = close + 2;
      } else {
        break;
      }
    }
    String rest = s.substring(i, Math.min(s.length(), i + 15)).toLowerCase(Locale.ROOT);
    return rest.startsWith("<!doctype html")
        || rest.startsWith("<html")
        || rest.startsWith("<head")
        || rest.startsWith("<body");
  }

  /**
   * Whether the bytes before a PDF header are the kind readers skip: spaces, or binary junk (a
   * control byte). Text before it means a text file that mentions "%PDF-".
   */
  private static boolean isJunk(byte[] data, int end) {
    boolean onlySpace = true;
    for (int i = 0; i < end; i++) {
      int b = data[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
        return true;
      }
      onlySpace &= Character.isWhitespace(b);
    }
    return onlySpace;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, byte[] needle, int window) {
    int last = Math.min(data.length - needle.length, window);
    for (int i = 0; i <= last; i++) {
      boolean match = true;
      for (int j = 0; j < needle.length && match; j++) {
        match = data[i + j] == needle[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
