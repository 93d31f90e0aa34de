package nl.kamergraaf.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Runs a SELECT query from the classpath ({@code /queries/NAME.rq}) against a dataset and returns
 * its rows as plain strings.
 *
 * <pre>
 * List&lt;Map&lt;String, String&gt;&gt; rows = ContractQueries.run(dataset, "questions");
 * String fraction = rows.get(0).get("fraction");
 * </pre>
 *
 * <p>A row maps each bound variable (without {@code ?}) to the literal's lexical form, the IRI, or
 * the blank node's label; unbound variables are absent from the map.
 */
public final class ContractQueries {
  /** Where the contract queries sit on the classpath. */
  public static final String DEFAULT_FOLDER = "/queries/";

  private ContractQueries() {}

  /** Runs {@code /queries/NAME.rq} in a read transaction. */
  public static List<Map<String, String>> run(Dataset dataset, String name) {
    return run(dataset, DEFAULT_FOLDER, name);
  }

  /**
   * Runs {@code FOLDER + NAME + ".rq"} from the classpath in a read transaction, every row of it: a
   * query whose answer grows with the corpus asks for one page ({@code LIMIT}, {@code OFFSET}), and
   * the evaluation reads the whole answer, so the page is lifted here.
   */
  public static List<Map<String, String>> run(Dataset dataset, String folder, String name) {
    Query query = parse(folder, name);
    if (!query.isSelectType()) {
      throw new EvalException(
          location(folder, name) + ": is not a SELECT query; contract queries must return rows");
    }
    query.setLimit(Query.NOLIMIT);
    query.setOffset(Query.NOLIMIT);
    return Txn.calculateRead(dataset, () -> select(dataset, query));
  }

  /** Parses the query file; the result variables can be read from the returned query. */
  public static Query parse(String folder, String name) {
    String text = read(folder, name);
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new EvalException(
          location(folder, name)
              + ":"
              + e.getLine()
              + ":"
              + e.getColumn()
              + ": "
              + e.getMessage()
              + "; fix the SPARQL syntax",
          e);
    }
  }

  private static List<Map<String, String>> select(Dataset dataset, Query query) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
      ResultSet results = execution.execSelect();
      while (results.hasNext()) {
        rows.add(toRow(results.next()));
      }
    }
    return rows;
  }

  private static Map<String, String> toRow(QuerySolution solution) {
    Map<String, String> row = new LinkedHashMap<>();
    for (Iterator<String> names = solution.varNames(); names.hasNext(); ) {
      String name = names.next();
      RDFNode node = solution.get(name);
      if (node != null) {
        row.put(name, asString(node));
      }
    }
    return row;
  }

  private static String asString(RDFNode node) {
    if (node.isLiteral()) {
      return node.asLiteral().getLexicalForm();
    }
    if (node.isURIResource()) {
      return node.asResource().getURI();
    }
    return node.asResource().getId().getLabelString();
  }

  private static String read(String folder, String name) {
    String path = location(folder, name);
    try (InputStream in = ContractQueries.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new EvalException(
            path
                + ": no such query on the classpath; add queries/"
                + name
                + ".rq to the project (it is copied onto the classpath by the build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(path + ": cannot read the query: " + e.getMessage(), e);
    }
  }

  private static String location(String folder, String name) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return prefix + name + ".rq";
  }
}
