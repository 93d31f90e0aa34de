package nl.kamergraaf.serve.feeds;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The entries of the feeds, read from the graph: what names an entity, what a fractie asked and
 * what it was answered, or the rows of a saved query. Each query reads inside one document's graph
 * at a time, where the paper's date is.
 */
public final class FeedQueries {
  /** The most entries a feed holds (the newest). */
  public static final int MAX_ENTRIES = 500;

  private static final String PAPER =
      """
        ?doc a kg:Document .
        OPTIONAL { ?doc dcterms:date ?date }
        OPTIONAL { ?doc kg:concerns/kg:meetingDate ?meetingDate }
        OPTIONAL { ?doc dcterms:title ?docTitle }
      """;
  private static final String ABOUT_ENTITY =
      """
      SELECT ?item ?kind ?date ?meetingDate ?docTitle ?n ?summary ?s ?p ?o ?modality WHERE {
        GRAPH ?g {
      """
          + PAPER
          + """
          {
            ?doc kg:mentions ?e . BIND(?doc AS ?item) BIND("paper" AS ?kind)
          } UNION {
            ?item a kg:Question ; kg:mentions ?e ; kg:number ?n . BIND("question" AS ?kind)
            OPTIONAL { ?item kg:text ?summary }
          } UNION {
            ?item a kg:RelationStatement ; rdf:subject ?sIri ; rdf:predicate ?pIri ; rdf:object ?oIri ;
                  kg:modality ?m .
            FILTER(?sIri = ?e || ?oIri = ?e)
            BIND("relation" AS ?kind)
            OPTIONAL { ?sIri skos:prefLabel ?s FILTER(lang(?s) != "en") }
            OPTIONAL { ?oIri skos:prefLabel ?o FILTER(lang(?o) != "en") }
            BIND(STRAFTER(STR(?pIri), STR(kg:)) AS ?p)
            OPTIONAL { ?item kg:exact ?summary }
          }
        }
        OPTIONAL { ?m skos:prefLabel ?modality FILTER(lang(?modality) != "en") }
      }""";
  private static final String OF_FRACTIE =
      """
      SELECT ?item ?kind ?date ?meetingDate ?docTitle ?n ?summary WHERE {
        GRAPH ?g {
      """
          + PAPER
          + """
          ?q a kg:Question ; kg:askedBy ?e ; kg:number ?n .
          # Each branch binds ?q itself: a group is evaluated on its own, before the join.
          {
            ?q a kg:Question . BIND(?q AS ?item) BIND("question" AS ?kind)
            OPTIONAL { ?q kg:text ?summary }
          } UNION {
            ?q kg:answer ?item . BIND("answer" AS ?kind) OPTIONAL { ?item kg:text ?summary }
          }
        }
      }""";

  private final DatasetGraph dsg;
  private final Duration timeout;

  public FeedQueries(DatasetGraph dsg, Duration timeout) {
    this.dsg = dsg;
    this.timeout = timeout;
  }

  /** Papers, questions and relation statements that name {@code entity}. */
  public List<FeedEntry> aboutEntity(Node entity, Function<Node, String> page) {
    return entries(ABOUT_ENTITY, entity, page);
  }

  /** The questions {@code fractie} asked, and their answers. */
  public List<FeedEntry> ofFractie(Node fractie, Function<Node, String> page) {
    return entries(OF_FRACTIE, fractie, page);
  }

  private List<FeedEntry> entries(String query, Node entity, Function<Node, String> page) {
    Map<Node, FeedEntry> out = new LinkedHashMap<>();
    for (Binding row : select(query, entity)) {
      Node item = row.get(Var.alloc("item"));
      out.putIfAbsent(
          item,
          new FeedEntry(
              item.getURI(),
              title(row),
              date(row),
              page.apply(item),
              text(row, "summary"),
              text(row, "kind")));
    }
    return new ArrayList<>(out.values());
  }

  private static String title(Binding row) {
    String paper = text(row, "docTitle") == null ? "a paper" : text(row, "docTitle");
    return switch (text(row, "kind")) {
      case "question" -> "Vraag " + text(row, "n") + " — " + paper;
      case "answer" -> "Antwoord op vraag " + text(row, "n") + " — " + paper;
      case "relation" ->
          text(row, "s")
              + " "
              + text(row, "p")
              + " "
              + text(row, "o")
              + (text(row, "modality") == null ? "" : " (" + text(row, "modality") + ")");
      default -> paper;
    };
  }

  /** The paper's date, or the date of the meeting it is about when it states none. */
  static LocalDate date(Binding row) {
    for (String var : new String[] {"date", "meetingDate"}) {
      String text = text(row, var);
      if (text != null && text.length() >= 10) {
        try {
          return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
          // not a day: try the next
        }
      }
    }
    return null;
  }

  static String text(Binding row, String var) {
    Node n = row.get(Var.alloc(var));
    return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  private List<Binding> select(String query, Node entity) {
    return Txn.calculateRead(
        dsg,
        () -> {
          List<Binding> rows = new ArrayList<>();
          try (QueryExec qe =
              QueryExec.dataset(dsg)
                  .query(Vocabularies.sparqlPrefixes() + query)
                  .substitution("e", entity)
                  .set(ARQ.httpServiceAllowed, false)
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .build()) {
            qe.select().forEachRemaining(rows::add);
          }
          return rows;
        });
  }
}
