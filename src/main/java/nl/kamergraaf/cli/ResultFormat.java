package nl.kamergraaf.cli;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats {@code kamergraaf query --format} writes results in, as typed on the command line.
 */
enum ResultFormat {
  CSV(ResultSetLang.RS_CSV, Lang.TURTLE),
  TSV(ResultSetLang.RS_TSV, Lang.TURTLE),
  /** SPARQL results JSON; a graph (CONSTRUCT, DESCRIBE) as JSON-LD. */
  JSON(ResultSetLang.RS_JSON, Lang.JSONLD),
  XML(ResultSetLang.RS_XML, Lang.TURTLE),
  TEXT(ResultSetLang.RS_Text, Lang.TURTLE);

  /** For SELECT and ASK. */
  final Lang results;

  /** For CONSTRUCT and DESCRIBE. */
  final Lang graph;

  ResultFormat(Lang results, Lang graph) {
    this.results = results;
    this.graph = graph;
  }

  /** As typed and listed in the help: {@code csv}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
