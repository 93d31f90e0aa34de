package nl.kamergraaf.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.kamergraaf.ingest.Document;

/**
 * Content keys for incremental builds: the SHA-256 of what a document's graph depends on, namely
 * the code, rules and gazetteers that extract it, the IRI base, the document's source path and the
 * text read from its file. Equal keys mean the extracted quads would be equal.
 */
final class DocumentKeys {
  private final byte[] prefix;

  private DocumentKeys(byte[] prefix) {
    this.prefix = prefix;
  }

  /** Keys for documents extracted by this build of kamergraaf with IRIs under {@code base}. */
  static DocumentKeys forBase(String base) {
    return forBase(base, "");
  }

  /**
   * Keys for documents extracted with {@code context} as well, e.g. the fingerprint of the people
   * tables whose members extraction recognises.
   */
  static DocumentKeys forBase(String base, String context) {
    MessageDigest d = sha256();
    d.update(CodeFingerprint.VALUE);
    d.update(base.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    d.update(context.getBytes(StandardCharsets.UTF_8));
    return new DocumentKeys(d.digest());
  }

  String of(Document doc) {
    MessageDigest d = sha256();
    d.update(prefix);
    // The separators keep ("ab", "c") and ("a", "bc") apart.
    d.update(doc.source().getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    d.update(doc.original().getBytes(StandardCharsets.UTF_8));
    if (doc.apiRecord() != null) {
      // The API's metadata beside the paper is part of what its graph says.
      d.update((byte) 0);
      d.update(doc.apiRecord().json().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** The key of a graph that is not a document's, made from {@code name} and its content hash. */
  String ofGraph(String name, String contentHash) {
    MessageDigest d = sha256();
    d.update(prefix);
    d.update(name.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    d.update(contentHash.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * The hash of the kamergraaf jar (or class folder) itself: classes, rules, gazetteers and
   * ontology all live there, so a change to any of them makes every document extract again.
   */
  private static final class CodeFingerprint {
    static final byte[] VALUE = compute();

    private static byte[] compute() {
      MessageDigest d = sha256();
      try {
        CodeSource code = DocumentKeys.class.getProtectionDomain().getCodeSource();
        Path where = Path.of(code.getLocation().toURI());
        List<Path> files;
        if (Files.isDirectory(where)) {
          try (Stream<Path> walk = Files.walk(where)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
          }
        } else {
          files = List.of(where);
        }
        for (Path f : files) {
          d.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
              d.update(buf, 0, n);
            }
          }
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        // Without a fingerprint no cached result can be trusted: make this run's keys unique.
        d.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
      }
      return d.digest();
    }
  }
}
