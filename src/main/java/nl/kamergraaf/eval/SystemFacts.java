package nl.kamergraaf.eval;

import java.util.List;
import java.util.Map;

/**
 * What the system claims: the rows of each contract query.
 *
 * <p>Each row maps a bound result variable (without {@code ?}) to its string form (lexical form of
 * a literal, IRI of a resource); unbound variables are absent. {@link DatasetFacts} reads them from
 * the graph, {@link RowFacts} holds rows given directly.
 */
public interface SystemFacts {

  /** The rows of one contract query, never null. */
  List<Map<String, String>> rows(ContractQuery query);
}
