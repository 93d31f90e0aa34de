package nl.kamergraaf.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The standard vocabularies kamergraaf reuses, and the prefixes it writes them with. */
public final class Vocabularies {
  public static final String OA = "http://www.w3.org/ns/oa#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String SCHEMA = "https://schema.org/";
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";
  public static final String ORG = "http://www.w3.org/ns/org#";
  public static final String TIME = "http://www.w3.org/2006/time#";

  public static final Node oaHasBody = uri(OA + "hasBody");
  public static final Node oaHasTarget = uri(OA + "hasTarget");
  public static final Node oaHasSource = uri(OA + "hasSource");
  public static final Node oaHasSelector = uri(OA + "hasSelector");
  public static final Node oaSpecificResource = uri(OA + "SpecificResource");
  public static final Node oaTextPositionSelector = uri(OA + "TextPositionSelector");
  public static final Node oaTextQuoteSelector = uri(OA + "TextQuoteSelector");
  public static final Node oaStart = uri(OA + "start");
  public static final Node oaEnd = uri(OA + "end");
  public static final Node oaExact = uri(OA + "exact");
  public static final Node provWasDerivedFrom = uri(PROV + "wasDerivedFrom");
  public static final Node schemaValue = uri(SCHEMA + "value");
  public static final Node schemaCurrency = uri(SCHEMA + "currency");
  // W3C ORG and OWL-Time: memberships of fracties over time (the Tweede Kamer's people tables).
  public static final Node orgMembership = uri(ORG + "Membership");
  public static final Node orgMember = uri(ORG + "member");
  public static final Node orgOrganization = uri(ORG + "organization");
  public static final Node orgMemberDuring = uri(ORG + "memberDuring");
  public static final Node timeInterval = uri(TIME + "Interval");
  public static final Node timeInstant = uri(TIME + "Instant");
  public static final Node timeHasBeginning = uri(TIME + "hasBeginning");
  public static final Node timeHasEnd = uri(TIME + "hasEnd");
  public static final Node timeInXSDDate = uri(TIME + "inXSDDate");

  /** Prefixes for Turtle/TriG output and for queries. */
  public static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefixes(PrefixMapping.Standard)
          .setNsPrefix("kg", KG.NS)
          .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
          .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
          .setNsPrefix("prov", PROV)
          .setNsPrefix("oa", OA)
          .setNsPrefix("org", ORG)
          .setNsPrefix("time", TIME)
          .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
          .setNsPrefix("schema", SCHEMA)
          .setNsPrefix("wd", WIKIDATA)
          .lock();

  private Vocabularies() {}

  /** The PREFIX lines of {@link #PREFIXES}, to put before a query written with them. */
  public static String sparqlPrefixes() {
    StringBuilder b = new StringBuilder();
    PREFIXES
        .getNsPrefixMap()
        .forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return b.toString();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
