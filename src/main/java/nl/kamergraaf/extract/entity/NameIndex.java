package nl.kamergraaf.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.model.Entity;

/**
 * Looks up entities by name: one-word names and acronyms by their exact case, longer names with
 * case folded. A one-word name written in lower case also matches at the start of a sentence in
 * capitals.
 */
public final class NameIndex {
  private final Map<String, Entity> exact = new HashMap<>();
  private final Map<String, Entity> folded = new HashMap<>();
  private final Set<String> firstPieces = new HashSet<>();
  private int maxWords = 1;

  /** Adds a name; the first entity to claim a name keeps it (curated lists go first). */
  public void add(String name, Entity entity) {
    String n = Names.normalise(name);
    if (n.isEmpty()) {
      return;
    }
    maxWords = Math.max(maxWords, n.split("[ /-]").length + 1);
    firstPieces.add(Names.firstPiece(n));
    if (Names.caseSensitive(n)) {
      exact.putIfAbsent(n, entity);
    } else {
      folded.putIfAbsent(Names.fold(n), entity);
    }
  }

  /** The entity with this name as written, or null. */
  public Entity find(String written, boolean sentenceStart) {
    String n = Names.normalise(written);
    return find(n, Names.fold(n), sentenceStart);
  }

  /** As {@link #find(String, boolean)}, given the normalised name and its fold. */
  Entity find(String n, String fold, boolean sentenceStart) {
    Entity e = exact.get(n);
    if (e == null) {
      e = folded.get(fold);
    }
    if (e == null && sentenceStart && !n.isEmpty() && Character.isUpperCase(n.charAt(0))) {
      e = exact.get(Character.toLowerCase(n.charAt(0)) + n.substring(1));
    }
    return e;
  }

  /** Whether some name starts with this word piece (case folded): else no match can start there. */
  public boolean mayStartWith(String piece) {
    return mayStartWith(Names.firstPiece(piece), piece);
  }

  /** As {@link #mayStartWith(String)}, given the piece's {@link Names#firstPiece}. */
  boolean mayStartWith(String key, String piece) {
    // A name may open with a bracket or quote ("(counter)-drone systemen"); other punctuation
    // starts none.
    return key.isEmpty() ? piece.matches("[(\\[‘'\"“]") : firstPieces.contains(key);
  }

  /** How many word pieces the longest name has, bounding the match window. */
  public int maxWords() {
    return maxWords;
  }
}
