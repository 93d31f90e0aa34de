package nl.kamergraaf.eval;

import java.util.List;

/**
 * The contract queries the evaluation reads, with the result variables each one promises.
 *
 * <p>The query text lives in {@code queries/NAME.rq}; its author may change how the graph is
 * matched but not these variable names. Every query except {@code labels} has a {@code source}
 * variable holding the input file name.
 */
public enum ContractQuery {
  DOCUMENTS("documents", "source", "doc", "identifier", "kind", "date", "title"),
  QUESTIONS("questions", "source", "number", "fraction", "answeredBy"),
  ENTITIES("entities", "source", "entity", "type", "label"),
  LABELS("labels", "entity", "label"),
  QUESTION_MENTIONS("question-mentions", "source", "number", "label"),
  ANSWER_MENTIONS("answer-mentions", "source", "number", "label"),
  AMOUNTS("amounts", "source", "value", "currency", "subject", "program", "period", "recipient"),
  PERCENTAGES("percentages", "source", "value", "of", "subject", "year"),
  /** {@code via}: for a holds-role row whose object is the organisation of a role, that role. */
  RELATIONS("relations", "source", "subject", "predicate", "object", "via");

  private final String queryName;
  private final List<String> variables;

  ContractQuery(String queryName, String... variables) {
    this.queryName = queryName;
    this.variables = List.of(variables);
  }

  /** File name without {@code .rq}, e.g. {@code question-mentions}. */
  public String queryName() {
    return queryName;
  }

  /** The result variables, without {@code ?}. */
  public List<String> variables() {
    return variables;
  }
}
