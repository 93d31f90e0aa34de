package nl.kamergraaf.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.function.Consumer;
import nl.kamergraaf.ingest.format.Format;

/**
 * Reads one file into a {@link Document}: strict UTF-8 decoding, a check that it is text, then the
 * {@link Normaliser}. Every problem is an {@link IngestException} that names the file, the position
 * where there is one, and what to do.
 *
 * <p>A UTF-8 byte order mark is skipped: {@link Document#original()} and all offsets then count
 * from the first char after it (the mark is not part of the text). Decomposed text (NFD, as macOS
 * file names and some converters write it) is composed to NFC with a warning, so that "e" +
 * combining acute matches the gazetteers' "é"; offsets then count chars of the composed text. A
 * file larger than the maximum size is refused from its size alone, before any of it is read.
 *
 * <pre>
 * Document doc = new DocumentReader().read(Path.of("data/corpus/003_b076fc73ff532d15.txt"));
 * </pre>
 */
public final class DocumentReader {
  // Text files have a stray control char at most; more than this share (and more than a few
  // in a short file) means binary content.
  private static final double MAX_CONTROL_SHARE = 0.01;
  private static final int MAX_STRAY_CONTROLS = 3;
  // A Java array holds a little less than Integer.MAX_VALUE elements.
  private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  /** The default largest file read: the bundled documents are below 100 KiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 4L << 20;

  private static final String NOT_TEXT =
      "this is not a UTF-8 text file. Remove it from the "
          + "corpus, or convert it to plain UTF-8 text (e.g. with pdftotext) and run again.";

  private final Normaliser normaliser;
  private final long maxFileSize;

  public DocumentReader() {
    this(new Normaliser());
  }

  public DocumentReader(Normaliser normaliser) {
    this(normaliser, DEFAULT_MAX_FILE_SIZE);
  }

  /** A reader that refuses files of more than {@code maxFileSize} bytes. */
  public DocumentReader(Normaliser normaliser, long maxFileSize) {
    if (maxFileSize < 1 || maxFileSize > MAX_BYTES) {
      throw new IllegalArgumentException(
          "max file size must be 1 to " + MAX_BYTES + " bytes, not " + maxFileSize);
    }
    this.normaliser = normaliser;
    this.maxFileSize = maxFileSize;
  }

  /** The largest file this reader reads, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /** Reads {@code file}; the document's source is its file name. */
  public Document read(Path file) {
    Path name = file.getFileName();
    return read(file, name == null ? file.toString() : name.toString());
  }

  /**
   * Reads {@code file} as the document named {@code source}. PDF, Word and HTML files, told by
   * their content, are converted to text first ({@link ConvertedDocuments}).
   */
  public Document read(Path file, String source) {
    return read(file, source, warning -> {});
  }

  /**
   * Reads {@code file} as the document named {@code source}; what was repaired on the way (such as
   * decomposed text) goes to {@code warnings}, one message naming the file each.
   */
  public Document read(Path file, String source, Consumer<String> warnings) {
    checkSize(file);
    Format format = ConvertedDocuments.detect(file);
    if (format != Format.TEXT) {
      return ConvertedDocuments.read(file, source, format, normaliser);
    }
    String original = decode(file);
    checkIsText(file, original);
    if (!Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
      original = Normalizer.normalize(original, Normalizer.Form.NFC);
      warnings.accept(
          file
              + ": the text is decomposed (Unicode NFD); read as composed (NFC), "
              + "and its offsets count the composed chars.");
    }
    int forbidden = XmlText.firstForbidden(original);
    if (forbidden >= 0) {
      warnings.accept(
          file
              + ":"
              + TextPosition.of(original, forbidden)
              + ": "
              + XmlText.countForbidden(original)
              + " character(s) XML cannot hold (controls, U+FFFE,"
              + " U+FFFF) read as U+FFFD, a control as a space and a form feed as a line break;"
              + " positions are unchanged, and quotes in the graph show the replacement there.");
      original = XmlText.clean(original);
    }
    Document document;
    try {
      document = normaliser.normalise(source, original);
    } catch (RuntimeException e) {
      throw new IngestException(
          file
              + ": could not normalise the text ("
              + e
              + "). This is a "
              + "bug in kamergraaf: please report it together with the file.",
          e);
    }
    if (document.text().isEmpty()) {
      throw new IngestException(
          file
              + ": no text is left after removing markup and page "
              + "headers/footers. Check that the file holds the document's text.");
    }
    return document;
  }

  /** Refuses folders, empty and oversized files by their attributes, without reading them. */
  private void checkSize(Path file) {
    if (Files.isDirectory(file)) {
      throw new IngestException(file + ": is a folder, not a file.");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (size == 0) {
      throw new IngestException(
          file
              + ": the file is empty (0 bytes). Remove it from the "
              + "corpus or put the document's text in it.");
    }
    if (size > maxFileSize) {
      throw new IngestException(
          file
              + ": the file is too large ("
              + size
              + " bytes, more than "
              + "the maximum of "
              + maxFileSize
              + " bytes from byte offset "
              + maxFileSize
              + " on); "
              + "it was not read. Split it into smaller documents, or raise --max-file-size.");
    }
  }

  private static String decode(Path file) {
    try {
      return StrictUtf8.decode(file.toString(), file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static IngestException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new IngestException(file + ": no such file. Check the path.", e);
    }
    if (e instanceof AccessDeniedException) {
      return new IngestException(
          file + ": cannot read the file (permission denied). " + "Make it readable and run again.",
          e);
    }
    if (e.getMessage() != null && e.getMessage().contains("Too many levels of symbolic links")) {
      return new IngestException(
          file + ": is a symbolic link that points back to itself " + "(a loop). Remove the link.",
          e);
    }
    return new IngestException(file + ": cannot read the file (" + e.getMessage() + ").", e);
  }

  private static void checkIsText(Path file, String text) {
    if (text.isEmpty()) {
      throw new IngestException(
          file
              + ": the file is empty (it holds only a byte order mark). "
              + "Remove it from the corpus or put the document's text in it.");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new IngestException(
          file
              + ":"
              + TextPosition.of(text, nul)
              + ": NUL byte at byte "
              + "offset "
              + TextPosition.byteOffset(text, nul, bomLength(file))
              + ": "
              + NOT_TEXT);
    }
    int controls = 0;
    int first = -1;
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
        first = first < 0 ? i : first;
      }
      blank &= Spaces.isSpace(c) || Spaces.isLineBreak(c);
    }
    if (controls > Math.max(MAX_STRAY_CONTROLS, text.length() * MAX_CONTROL_SHARE)) {
      throw new IngestException(
          file
              + ":"
              + TextPosition.of(text, first)
              + ": "
              + controls
              + " control characters (binary content): "
              + NOT_TEXT);
    }
    if (blank) {
      throw new IngestException(
          file
              + ": the file holds only spaces and line breaks. Remove it "
              + "from the corpus or put the document's text in it.");
    }
  }

  private static int bomLength(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      boolean bom =
          head.length == 3
              && (head[0] & 0xFF) == 0xEF
              && (head[1] & 0xFF) == 0xBB
              && (head[2] & 0xFF) == 0xBF;
      return bom ? 3 : 0;
    } catch (IOException e) {
      return 0; // only used to make an error message more exact
    }
  }
}
