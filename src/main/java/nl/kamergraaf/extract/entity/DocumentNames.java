package nl.kamergraaf.extract.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The names one document knows: the curated ones plus those it defines itself (acronyms, fracties,
 * persons). A surname alone refers to the person already named in full.
 */
public final class DocumentNames {
  private final NameIndex curated;
  private final NameIndex local = new NameIndex();
  private final Map<String, Entity> bySurname = new HashMap<>();

  DocumentNames(NameIndex curated) {
    this.curated = curated;
  }

  public Entity find(String name, boolean sentenceStart) {
    // Normalised once for both indexes: entity matching looks up every candidate span.
    String n = Names.normalise(name);
    String fold = Names.fold(n);
    Entity e = local.find(n, fold, sentenceStart);
    return e != null ? e : curated.find(n, fold, sentenceStart);
  }

  /** Whether a name may start with this word piece. */
  boolean mayStartWith(String piece) {
    String key = Names.firstPiece(piece);
    return local.mayStartWith(key, piece) || curated.mayStartWith(key, piece);
  }

  void define(String name, Entity e) {
    local.add(name, e);
  }

  boolean isCurated(Entity e) {
    for (String n : new String[] {e.label()}) {
      if (curated.find(n, false) != null && curated.find(n, false).id().equals(e.id())) {
        return true;
      }
    }
    return false;
  }

  /** The person with this name: a curated one, one named before, or a new one. */
  Entity person(String name) {
    String n = Names.normalise(name);
    String surname = surname(n);
    Entity known = bySurname.get(surname.toLowerCase(Locale.ROOT));
    if (known != null) {
      if (n.length() > known.label().length()) {
        // the fuller name becomes the label, the shorter stays a name
        Entity fuller =
            new Entity(EntityType.PERSON, known.key(), n, known.altLabels(), null, known.sameAs())
                .withAltLabel(known.label());
        bySurname.put(surname.toLowerCase(Locale.ROOT), fuller);
        local.add(n, fuller);
        return fuller;
      }
      return known;
    }
    Entity e = new Entity(EntityType.PERSON, surname.toLowerCase(Locale.ROOT).replace(' ', '-'), n);
    if (!n.equals(surname)) {
      e = e.withAltLabel(surname);
    }
    bySurname.put(surname.toLowerCase(Locale.ROOT), e);
    local.add(n, e);
    local.add(surname, e);
    return e;
  }

  int maxWords() {
    return curated.maxWords() + 2;
  }

  /** The surname: the last capitalised word with the particles before it ("van Weel"). */
  static String surname(String name) {
    String[] words = name.split(" ");
    int i = words.length - 1;
    while (i > 0 && !words[i - 1].isEmpty() && Character.isLowerCase(words[i - 1].charAt(0))) {
      i--;
    }
    return String.join(" ", Arrays.copyOfRange(words, i, words.length));
  }
}
