package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;

/**
 * The system's facts read from a dataset through the contract queries, each run once.
 *
 * <pre>
 * Report report = new Evaluator(gold).evaluate(DatasetFacts.of(dataset));
 * </pre>
 */
public final class DatasetFacts implements SystemFacts {
  private final Dataset dataset;
  private final String folder;
  private final Map<ContractQuery, List<Map<String, String>>> cache =
      new EnumMap<>(ContractQuery.class);

  private DatasetFacts(Dataset dataset, String folder) {
    this.dataset = dataset;
    this.folder = folder;
  }

  /** Facts from {@code dataset} using the project's queries under {@code /queries/}. */
  public static DatasetFacts of(Dataset dataset) {
    return of(dataset, ContractQueries.DEFAULT_FOLDER);
  }

  /** Facts from {@code dataset} using the queries in another classpath folder. */
  public static DatasetFacts of(Dataset dataset, String folder) {
    if (dataset == null) {
      throw new IllegalArgumentException("dataset must not be null");
    }
    if (folder == null || !folder.startsWith("/")) {
      throw new IllegalArgumentException(
          "folder must be an absolute classpath folder like /queries/, got '" + folder + "'");
    }
    return new DatasetFacts(dataset, folder);
  }

  @Override
  public synchronized List<Map<String, String>> rows(ContractQuery query) {
    return cache.computeIfAbsent(query, this::runChecked);
  }

  private List<Map<String, String>> runChecked(ContractQuery contract) {
    Query query = ContractQueries.parse(folder, contract.queryName());
    List<String> missing = new ArrayList<>(contract.variables());
    missing.removeAll(query.getResultVars());
    if (!missing.isEmpty()) {
      throw new EvalException(
          folder
              + contract.queryName()
              + ".rq: does not select ?"
              + String.join(", ?", missing)
              + "; the contract requires the result variables ?"
              + String.join(" ?", contract.variables()));
    }
    return List.copyOf(ContractQueries.run(dataset, folder, contract.queryName()));
  }
}
