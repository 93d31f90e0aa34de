package nl.kamergraaf.build;

import nl.kamergraaf.KamergraafException;

/** Hears how a corpus build goes: each document done or rejected, as it happens. */
public interface BuildListener {
  /** A document was extracted, validated and written; {@code quads} it contributed. */
  void built(String source, long quads, long millis);

  /** A document had not changed since the last build: its quads were reused, not extracted. */
  default void reused(String source) {}

  /** A document was reported and skipped; the others go on. */
  void rejected(KamergraafException problem);

  /** A document was read, but something in it was repaired on the way (the message says what). */
  default void warned(String warning) {}

  /** A listener that hears nothing. */
  static BuildListener quiet() {
    return new BuildListener() {
      @Override
      public void built(String source, long quads, long millis) {}

      @Override
      public void rejected(KamergraafException problem) {}
    };
  }
}
