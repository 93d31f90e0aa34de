package nl.kamergraaf.build;

import nl.kamergraaf.KamergraafException;

/** A document's extraction went over its {@link DocumentBudget}: it is rejected, the rest built. */
public final class DocumentBudgetException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  DocumentBudgetException(String message) {
    super(message);
  }
}
