package nl.kamergraaf.eval;

/** What is scored, one row of the report table each; the order is the table's order. */
public enum Category {
  /** Identifier, kind and date of each document: three items per document. */
  DOCUMENT("document"),
  /** (number, fractie) per question. */
  QUESTIONS("questions"),
  /** (number, who answers) per question. */
  ANSWERED_BY("questions.answered_by"),
  FRACTIONS("fractions"),
  COUNTRIES("countries"),
  PERSONS("persons"),
  PROGRAMS("programs"),
  ORGANIZATIONS("organizations"),
  /**
   * (number, entity) for each entity named in a question or its answer; where the gold gives the
   * question's own mentions apart ({@code question_mentions}), for each named in the question.
   */
  QUESTION_MENTIONS("question_mentions"),
  /** (number, entity) for each entity named in an answer; only where the gold gives them apart. */
  ANSWER_MENTIONS("answer_mentions"),
  /** (value, currency), one item per distinct value in a document. */
  AMOUNTS("amounts"),
  /** (value), one item per distinct value in a document. */
  PERCENTAGES("percentages"),
  /**
   * (value, programme) for each amount with a programme, one item per distinct pair in a document.
   */
  AMOUNT_PROGRAMS("amounts.program"),
  /** (value, who gives or spends it) for each amount with a giver, distinct pairs per document. */
  AMOUNT_GIVERS("amounts.giver"),
  /** (value, whose share it is) for each percentage with a subject, distinct pairs per document. */
  PERCENTAGE_SUBJECTS("percentages.subject"),
  /** (subject, predicate, object). */
  RELATIONS("relations"),
  /** (person, role or its organisation) for each holds-role fact. */
  ROLES("roles");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The category shown as {@code label}, e.g. {@code programs}. */
  public static Category ofLabel(String label) {
    for (Category c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new EvalException("no category '" + label + "' in the report");
  }

  /** The name shown in the report, e.g. {@code questions.answered_by}. */
  public String label() {
    return label;
  }
}
