package nl.kamergraaf.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.Entity;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the IRIs of documents, their graphs, facts and entities under one base.
 *
 * <p>Scheme (base {@code https://w3id.org/kamergraaf/} by default):
 *
 * <pre>
 * {base}id/{type}/{key}               an entity, e.g. id/country/NL, id/program/edip
 * {base}id/doc/{doc}                  a document; {doc} is a slug of its source file name
 * {base}id/doc/{doc}/{kind}/{local}   a fact in it, e.g. id/doc/001-bba4/question/3
 * {base}graph/{doc}                   the named graph holding one document's facts
 * {base}graph/ontology                the ontology
 * </pre>
 *
 * IRIs are deterministic: the same input gives the same IRIs on every build.
 */
public final class Iris {
  public static final String DEFAULT_BASE = "https://w3id.org/kamergraaf/";

  private final String base;

  public Iris(String base) {
    if (base == null
        || !(base.startsWith("http://") || base.startsWith("https://"))
        || !base.endsWith("/")) {
      throw new IllegalArgumentException(
          "IRI base must be an http(s) IRI ending in '/', got: " + base);
    }
    this.base = base;
  }

  public static Iris defaults() {
    return new Iris(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  public Node entity(Entity entity) {
    return NodeFactory.createURI(
        base + "id/" + entity.type().pathSegment() + "/" + slug(entity.key()));
  }

  public Node document(String source) {
    return NodeFactory.createURI(base + "id/doc/" + docSlug(source));
  }

  public Node graph(String source) {
    return NodeFactory.createURI(base + "graph/" + docSlug(source));
  }

  public Node ontologyGraph() {
    return NodeFactory.createURI(base + "graph/ontology");
  }

  /** A fact inside a document, e.g. {@code fact(src, "mention", "120-124")}. */
  public Node fact(String source, String kind, String local) {
    return NodeFactory.createURI(
        base + "id/doc/" + docSlug(source) + "/" + kind + "/" + slug(local));
  }

  /** The document part of IRIs: the file name without extension, as a slug. */
  public static String docSlug(String source) {
    String name = source.replace('\\', '/');
    int dot = name.lastIndexOf('.');
    if (dot > name.lastIndexOf('/') + 1) {
      name = name.substring(0, dot);
    }
    return slug(name.replace('/', '-'));
  }

  // Compiled once: String.replaceAll compiles its pattern on every call, and every fact has slugs.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9._-]+");
  private static final Pattern DASHES = Pattern.compile("-{2,}");
  private static final Pattern ENDS = Pattern.compile("^[-.]+|[-.]+$");

  /**
   * A lowercase ASCII slug safe in an IRI path: accents dropped, anything else than letters,
   * digits, '-', '_' and '.' becomes '-'. Text with no letter or digit to keep ("‽‽") gets a slug
   * from a hash of it, {@code h-} and 16 hex digits, so every text has a valid, stable IRI.
   */
  public static String slug(String text) {
    // Pure and asked for the same few thousand names and spans again and again while writing.
    String known = SLUGS.get(text);
    if (known != null) {
      return known;
    }
    String s = computeSlug(text);
    if (SLUGS.size() < MAX_SLUGS) {
      SLUGS.put(text, s);
    }
    return s;
  }

  private static String computeSlug(String text) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String s = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = DASHES.matcher(s).replaceAll("-");
    s = ENDS.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      return hashSlug(text);
    }
    return s;
  }

  private static final int MAX_SLUGS = 100_000;
  private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

  private static String hashSlug(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "h-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
