package nl.kamergraaf.eval;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/**
 * Finds where in the original file a spurious item was read, so that rule work can start from the
 * text: the first mention of a spurious entity, the sentence of a spurious relation, the span of a
 * spurious amount or percentage. Missed items have no span of the system's.
 */
public final class SpanLookup {
  private static final Pattern IRI = Pattern.compile("<(https?://[^>]+)>");
  private static final Pattern RELATION = Pattern.compile("^(.+) --([a-z-]+)--> (.+)$");
  private static final Pattern VALUE = Pattern.compile("^(-?[0-9.]+)");
  private static final String PREFIXES =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <https://schema.org/>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      """;
  private static final String WHERE =
      """
      ?f prov:wasDerivedFrom/kg:sourceFile ?source ; kg:exact ?quote .
      { ?f kg:start ?start ; kg:end ?end }
      UNION
      { ?f kg:span ?span .
        BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
        BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end) }
      """;

  private final Dataset dataset;

  public SpanLookup(Dataset dataset) {
    this.dataset = dataset;
  }

  /** " @start-end “quote”" for a spurious finding whose source can be found, else "". */
  public String where(Finding f) {
    if (f.kind() != Finding.Kind.SPURIOUS) {
      return "";
    }
    ParameterizedSparqlString q = query(f);
    if (q == null) {
      return "";
    }
    q.setLiteral("source", f.doc());
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
            var rs = qe.execSelect();
            if (!rs.hasNext()) {
              return "";
            }
            QuerySolution s = rs.next();
            String quote = s.getLiteral("quote").getString().replaceAll("\\s+", " ");
            if (quote.length() > 100) {
              quote = quote.substring(0, 97) + "...";
            }
            return " @"
                + s.getLiteral("start").getInt()
                + "-"
                + s.getLiteral("end").getInt()
                + " \u201c"
                + quote
                + "\u201d";
          }
        });
  }

  private static ParameterizedSparqlString query(Finding f) {
    String item = f.item();
    Matcher iri = IRI.matcher(item);
    Matcher rel = RELATION.matcher(item);
    Matcher value = VALUE.matcher(item);
    ParameterizedSparqlString q = new ParameterizedSparqlString();
    q.setCommandText(
        PREFIXES
            + "SELECT ?start ?end ?quote WHERE { "
            + pattern(f.category(), iri.find(), rel.matches(), value.find())
            + WHERE
            + "} ORDER BY ?start LIMIT 1");
    if (f.category() == Category.RELATIONS && rel.matches()) {
      q.setLiteral("s", rel.group(1));
      q.setIri("pred", "https://w3id.org/kamergraaf/def#" + rel.group(2));
      q.setLiteral("o", rel.group(3));
    } else if (iri.find(0)) {
      q.setIri("entity", iri.group(1));
    } else if ((f.category() == Category.AMOUNTS || f.category() == Category.PERCENTAGES)
        && value.find(0)) {
      q.setLiteral("value", new BigDecimal(value.group(1)).toPlainString(), XSDDatatype.XSDdecimal);
    } else {
      return null;
    }
    return q;
  }

  private static String pattern(Category c, boolean hasIri, boolean isRelation, boolean hasValue) {
    if (c == Category.RELATIONS) {
      return "?f rdf:subject/skos:prefLabel ?s ; rdf:predicate ?pred ; rdf:object/skos:prefLabel ?o . "
          + "FILTER(lang(?s) != \"en\" && lang(?o) != \"en\") ";
    }
    if (c == Category.AMOUNTS) {
      return "?f schema:value ?v . FILTER(?v = ?value) ";
    }
    if (c == Category.PERCENTAGES) {
      return "?f kg:percentage ?v . FILTER(?v = ?value) ";
    }
    return "?f oa:hasBody ?entity . ";
  }
}
