package nl.kamergraaf.cli;

import java.io.OutputStream;
import nl.kamergraaf.KamergraafException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;

/** Runs one SPARQL query against a dataset and writes its results in a chosen format. */
final class StoreQueries {
  private StoreQueries() {}

  static Query parse(String text, String name) {
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new KamergraafException(
          name + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
    }
  }

  static void run(DatasetGraph dsg, Query query, ResultFormat format, OutputStream out) {
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.create().dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            if (query.isSelectType()) {
              ResultsWriter.create().lang(format.results).write(out, qe.execSelect());
            } else if (query.isAskType()) {
              ResultsWriter.create().lang(format.results).write(out, qe.execAsk());
            } else if (query.isConstructType() || query.isDescribeType()) {
              var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
              RDFDataMgr.write(out, model, format.graph);
            } else {
              throw new KamergraafException(
                  "only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
            }
          }
        });
  }
}
