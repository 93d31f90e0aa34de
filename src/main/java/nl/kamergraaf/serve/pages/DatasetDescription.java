package nl.kamergraaf.serve.pages;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.kamergraaf.graph.Vocabularies;
import nl.kamergraaf.serve.KamergraafServer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset described in VoID and DCAT: size, entities per class, the SPARQL endpoint, the dumps,
 * the licence and the vocabularies used. Links name the server being browsed.
 */
final class DatasetDescription {
  static final String VOID = "http://rdfs.org/ns/void#";
  static final String DCAT = "http://www.w3.org/ns/dcat#";

  /** The papers are public records of the Dutch parliament, published as open data (CC0). */
  static final String LICENCE = "http://creativecommons.org/publicdomain/zero/1.0/";

  static final List<String[]> DUMPS =
      List.of(
          new String[] {"/dumps/kamergraaf.trig", "application/trig"},
          new String[] {"/dumps/kamergraaf.nq.gz", "application/n-quads"});

  private final LinkedDataSite site;
  private volatile IndexStatistics.Counts counts;
  private volatile TreeSet<String> vocabularies;

  DatasetDescription(LinkedDataSite site) {
    this.site = site;
  }

  /** Counts once: the served database does not change while it is served. */
  private synchronized void count() {
    if (counts != null) {
      return;
    }
    IndexStatistics.Counts c = IndexStatistics.count(site.sparql().dataset());
    TreeSet<String> vocab = new TreeSet<>();
    for (String p : c.predicates()) {
      vocab.add(p.substring(0, Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1));
    }
    vocabularies = vocab;
    counts = c;
  }

  Map<Node, Long> classes() {
    count();
    return counts.classes();
  }

  long triples() {
    count();
    return counts.triples();
  }

  Graph describe(String origin) {
    count();
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping()
        .setNsPrefixes(Vocabularies.PREFIXES)
        .setNsPrefix("void", VOID)
        .setNsPrefix("dcat", DCAT);
    Node ds = uri(origin + "/.well-known/void#kamergraaf");
    Node sparql = uri(origin + KamergraafServer.SPARQL_PATH);
    add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
    add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
    add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("kamergraaf", "en"));
    add(
        g,
        ds,
        DCTerms.description.asNode(),
        NodeFactory.createLiteralLang(
            "Who asks what about which defence programmes, organisations and countries, and how much "
                + "money is involved, read from Dutch parliamentary papers; every fact points to the "
                + "span of text it was read from.",
            "en"));
    add(g, ds, DCTerms.license.asNode(), uri(LICENCE));
    add(g, ds, uri(DCAT + "landingPage"), uri(origin + "/"));
    add(g, ds, uri(VOID + "triples"), integer(counts.triples()));
    add(g, ds, uri(VOID + "distinctSubjects"), integer(counts.subjects()));
    add(g, ds, uri(VOID + "distinctObjects"), integer(counts.objects()));
    add(g, ds, uri(VOID + "classes"), integer(counts.classes().size()));
    add(
        g,
        ds,
        uri(VOID + "uriSpace"),
        NodeFactory.createLiteralString(site.links().base() + "id/"));
    add(g, ds, uri(VOID + "sparqlEndpoint"), sparql);
    add(g, ds, uri(VOID + "rootResource"), uri(origin + "/"));
    vocabularies.forEach(v -> add(g, ds, uri(VOID + "vocabulary"), uri(v)));
    int i = 0;
    for (Map.Entry<Node, Long> c : counts.classes().entrySet()) {
      Node part = uri(origin + "/.well-known/void#class-" + i++);
      add(g, ds, uri(VOID + "classPartition"), part);
      add(g, part, uri(VOID + "class"), c.getKey());
      add(g, part, uri(VOID + "entities"), integer(c.getValue()));
    }
    for (String[] dump : DUMPS) {
      Node file = uri(origin + dump[0]);
      Node dist =
          uri(origin + "/.well-known/void#dump-" + dump[0].substring(dump[0].indexOf('.') + 1));
      add(g, ds, uri(VOID + "dataDump"), file);
      add(g, ds, uri(DCAT + "distribution"), dist);
      add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
      add(g, dist, uri(DCAT + "downloadURL"), file);
      add(
          g,
          dist,
          uri(DCAT + "mediaType"),
          uri("https://www.iana.org/assignments/media-types/" + dump[1]));
      if (dump[0].endsWith(".gz")) {
        add(
            g,
            dist,
            uri(DCAT + "compressFormat"),
            uri("https://www.iana.org/assignments/media-types/application/gzip"));
      }
      add(g, dist, DCTerms.license.asNode(), uri(LICENCE));
    }
    Node service = uri(origin + "/.well-known/void#sparql");
    add(g, ds, uri(DCAT + "distribution"), service);
    add(g, service, RDF.type.asNode(), uri(DCAT + "DataService"));
    add(g, service, uri(DCAT + "endpointURL"), sparql);
    add(g, service, uri(DCAT + "servesDataset"), ds);
    add(g, service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
    return g;
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(s, p, o);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
