package nl.kamergraaf.ingest.api;

/**
 * The addresses of the Tweede Kamer API's entities, which the graph links to as their source:
 * {@code https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Persoon(<guid>)}, the documented form
 * of one entity. They name the entity whichever server a fetch used.
 */
public final class ApiAddresses {
  /** The documented root of the OData v4 API. */
  public static final String ROOT = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";

  private ApiAddresses() {}

  /** The address of one entity: {@code ROOT + set + "(" + id + ")"}. */
  public static String entity(String set, String id) {
    return ROOT + set + "(" + id + ")";
  }
}
