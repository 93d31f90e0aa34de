package nl.kamergraaf.fetch;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The requests of a fetch, in the API's documented forms: the entity set {@code Document} with
 * {@code $filter} and {@code $expand}, {@code Document({id})/DocumentActor} for actors asked for
 * separately, {@code Document({id})/resource} for the file, and the people sets.
 */
final class DocumentQuery {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Who took part in a paper, with the person, fractie and committee named. */
  static final String ACTOR_EXPAND =
      "Persoon($select=Id,Initialen,Roepnaam,Tussenvoegsel,Achternaam),"
          + "Fractie($select=Id,Afkorting,NaamNL),Commissie($select=Id,Afkorting,NaamNL)";

  /**
   * What a paper's sidecar holds besides the Document's own properties: its actors, dossiers, and
   * zaken with their actors (to check the scope) and documents (to pair a written question with its
   * answer).
   */
  static final String DOCUMENT_EXPAND =
      "DocumentActor($expand="
          + ACTOR_EXPAND
          + "),"
          + "Kamerstukdossier($select=Id,Nummer,Toevoeging,Titel),"
          + "Zaak($select=Id,Nummer,Soort;$expand=ZaakActor($select=Relatie,Functie,ActorNaam,ActorAfkorting),"
          + "Document($select=Id,DocumentNummer,Soort,Datum,Verwijderd))";

  private final URI root;

  DocumentQuery(URI root) {
    this.root = root;
  }

  /** The live papers of the scope, with everything the sidecar keeps. */
  URI live(Scope scope) {
    return at(
        "Document?"
            + ODataText.option("$filter", scope.filter())
            + "&"
            + ODataText.option("$expand", DOCUMENT_EXPAND)
            + "&"
            + ODataText.option("$orderby", "Datum"));
  }

  /** The deleted papers in the scope's dates and kinds: just enough to recognise them. */
  URI deleted(Scope scope) {
    return at(
        "Document?"
            + ODataText.option("$filter", scope.deletedFilter())
            + "&"
            + ODataText.option("$select", "Id,DocumentNummer,Verwijderd"));
  }

  /** The actors of one paper, when its listing did not bring them. */
  URI actors(String documentId) {
    return at(
        "Document("
            + guid(documentId)
            + ")/DocumentActor?"
            + ODataText.option("$expand", ACTOR_EXPAND));
  }

  /** The file of one paper. */
  URI resource(String documentId) {
    return at("Document(" + guid(documentId) + ")/resource");
  }

  /** One of the people sets, live entities only, with {@code extra} and-ed to the filter. */
  URI people(String set, String extraFilter, String select) {
    String filter = "Verwijderd eq false" + (extraFilter == null ? "" : " and " + extraFilter);
    return at(
        set
            + "?"
            + ODataText.option("$filter", filter)
            + "&"
            + ODataText.option("$select", select));
  }

  /** Whether {@code id} is a GUID, as the API's ids are. */
  static boolean isGuid(String id) {
    return id != null && GUID.matcher(id).matches();
  }

  private static String guid(String id) {
    if (!isGuid(id)) {
      throw new FetchException("'" + id + "' is not a GUID; the API's ids are");
    }
    return id;
  }

  private URI at(String relative) {
    return URI.create(root + relative);
  }
}
