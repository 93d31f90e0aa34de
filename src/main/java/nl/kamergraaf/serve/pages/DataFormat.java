package nl.kamergraaf.serve.pages;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;

/** The RDF forms a resource's data document is served in, with their media type and extension. */
enum DataFormat {
  TURTLE(WebContent.contentTypeTurtle, "ttl", Lang.TURTLE),
  JSONLD(WebContent.contentTypeJSONLD, "jsonld", Lang.JSONLD),
  NTRIPLES(WebContent.contentTypeNTriples, "nt", Lang.NTRIPLES),
  RDFXML(WebContent.contentTypeRDFXML, "rdf", Lang.RDFXML);

  /** What {@code /id/…} can answer with: the HTML page first, so {@code *}{@code /*} gets it. */
  static final String HTML = WebContent.contentTypeHTML;

  private static final AcceptList ID_OFFER =
      AcceptList.create(
          HTML,
          TURTLE.mediaType,
          JSONLD.mediaType,
          NTRIPLES.mediaType,
          RDFXML.mediaType,
          "application/xhtml+xml");
  private static final AcceptList DATA_OFFER =
      AcceptList.create(TURTLE.mediaType, JSONLD.mediaType, NTRIPLES.mediaType, RDFXML.mediaType);

  final String mediaType;
  final String extension;
  final Lang lang;

  DataFormat(String mediaType, String extension, Lang lang) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.lang = lang;
  }

  static Optional<DataFormat> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }

  static Optional<DataFormat> byMediaType(String mediaType) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
  }

  /**
   * What an {@code /id/…} request asks for by its Accept header: {@link #HTML}, one of the data
   * media types, or empty when it accepts none of them. No header counts as {@code *}{@code /*}.
   */
  static Optional<String> negotiateId(String accept) {
    MediaType chosen = AcceptList.match(acceptList(accept), ID_OFFER);
    if (chosen == null) {
      return Optional.empty();
    }
    String type = chosen.getContentTypeStr();
    return Optional.of(type.equals("application/xhtml+xml") ? HTML : type);
  }

  /** The data form an Accept header asks for, among the RDF forms only. */
  static Optional<DataFormat> negotiateData(String accept) {
    MediaType chosen = AcceptList.match(acceptList(accept), DATA_OFFER);
    return chosen == null ? Optional.empty() : byMediaType(chosen.getContentTypeStr());
  }

  /** The media types offered, for a 406 message. */
  static String offered() {
    return HTML
        + ", "
        + TURTLE.mediaType
        + ", "
        + JSONLD.mediaType
        + ", "
        + NTRIPLES.mediaType
        + ", "
        + RDFXML.mediaType;
  }

  private static AcceptList acceptList(String accept) {
    return new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
  }
}
