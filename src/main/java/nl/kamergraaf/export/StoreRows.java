package nl.kamergraaf.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.graph.EntityClasses;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** What an export is made of, read from the store: documents, entity occurrences, statements. */
final class StoreRows {
  /** A document with its date (null if undated), file name and identifier. */
  record Doc(String iri, LocalDate date, String sourceFile, String identifier) {}

  /** An entity as typed in one document's graph. */
  record Occurrence(String entity, String type, String label, String doc) {}

  /** One statement supporting an edge, from one document. */
  record Support(String statement, String source, String type, String target, String doc) {}

  private static final String CLASSES = EntityClasses.valuesWithSegments("class", "type");
  private static final String DOCS =
      """
      SELECT ?doc ?date ?file ?identifier WHERE {
        ?doc a kg:Document . OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc kg:sourceFile ?file }
        OPTIONAL { ?doc dcterms:identifier ?identifier } }""";
  private static final String OCCURRENCES =
      "SELECT ?e ?type ?label ?doc WHERE {"
          + CLASSES
          + """
        GRAPH ?g { ?e a ?class . ?doc a kg:Document }
        OPTIONAL { ?e skos:prefLabel ?label FILTER(lang(?label) != "en") } }""";
  private static final String RELATIONS =
      """
      SELECT ?st ?s ?p ?o ?doc WHERE {
        ?st a kg:RelationStatement ; kg:modality kg:Asserted ; rdf:subject ?s ; rdf:predicate ?p ;
            rdf:object ?o ; prov:wasDerivedFrom ?doc . }""";
  private static final String QUESTIONS =
      """
      SELECT ?q ?s ?o ?doc WHERE {
        ?q a kg:Question ; kg:askedBy ?s ; kg:mentions ?o ; kg:inDocument ?doc . FILTER(?s != ?o) }""";

  private final DatasetGraph dsg;

  StoreRows(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  List<Doc> documents() {
    return select(DOCS).stream()
        .map(r -> new Doc(uri(r, "doc"), date(r), text(r, "file"), text(r, "identifier")))
        .toList();
  }

  List<Occurrence> occurrences() {
    return select(OCCURRENCES).stream()
        .map(r -> new Occurrence(uri(r, "e"), text(r, "type"), text(r, "label"), uri(r, "doc")))
        .toList();
  }

  /**
   * Asserted relation statements, then one support per question of a fractie per thing it names.
   */
  List<Support> supports() {
    List<Support> all = new ArrayList<>();
    for (Binding r : select(RELATIONS)) {
      String p = uri(r, "p");
      all.add(
          new Support(
              uri(r, "st"),
              uri(r, "s"),
              p.substring(p.lastIndexOf('#') + 1),
              uri(r, "o"),
              uri(r, "doc")));
    }
    for (Binding r : select(QUESTIONS)) {
      all.add(new Support(uri(r, "q"), uri(r, "s"), "asks-about", uri(r, "o"), uri(r, "doc")));
    }
    return all;
  }

  private List<Binding> select(String query) {
    StringBuilder prefixes = new StringBuilder();
    Vocabularies.PREFIXES
        .getNsPrefixMap()
        .forEach(
            (p, ns) -> prefixes.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return Txn.calculateRead(
        dsg,
        () -> {
          List<Binding> rows = new ArrayList<>();
          try (QueryExec qe = QueryExec.dataset(dsg).query(prefixes + query).build()) {
            // TDB2 resolves a row's terms lazily: copy them while the transaction is open.
            qe.select().forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
          }
          return rows;
        });
  }

  private static String uri(Binding r, String var) {
    Node n = r.get(Var.alloc(var));
    return n == null || !n.isURI() ? null : n.getURI();
  }

  private static String text(Binding r, String var) {
    Node n = r.get(Var.alloc(var));
    return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  private static LocalDate date(Binding r) {
    String text = text(r, "date");
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null; // an undated document is still exported; it just has no time attribute
    }
  }
}
