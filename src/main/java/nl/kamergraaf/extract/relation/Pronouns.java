package nl.kamergraaf.extract.relation;

import java.util.Arrays;
import java.util.List;
import nl.kamergraaf.extract.clause.Unit;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;

/**
 * Who the pronouns of one document stand for: "ik", "wij" for the writer's country (a paper of the
 * government speaks for the Netherlands), "hij" for the last person named shortly before, "hier"
 * and "daar" of a split "hier ... aan" for the last programme named shortly before.
 */
final class Pronouns {
  /** How far back the person "hij" refers to may be named (characters). */
  private static final int REACH = 400;

  private final Entity writer;
  private final List<Mention> mentions;
  private final int[] sentenceStarts;

  /** {@code mentions} sorted by position; {@code sentenceStarts} ascending. */
  Pronouns(Entity writer, List<Mention> mentions, int[] sentenceStarts) {
    this.writer = writer;
    this.mentions = mentions;
    this.sentenceStarts = sentenceStarts;
  }

  /** Who "ik" and "wij" are, or null. */
  Entity writer() {
    return writer;
  }

  /** The entity a pronoun unit stands for, or null. */
  Entity resolve(Unit pronoun) {
    Mention person =
        pronoun.lower().equals("hij")
            ? lastBefore(pronoun.span().start(), EntityType.PERSON)
            : null;
    return person == null ? null : person.entity();
  }

  /**
   * The programme "hier ... aan", "daar ... in" refer to: the last one named before the clause in
   * its sentence or the one before, or null ("Voorop staat dat de hub wordt beschermd. Daar draagt
   * Nederland aan bij": the protection, no programme named earlier).
   */
  Entity programBefore(int position) {
    int k = Arrays.binarySearch(sentenceStarts, position);
    int sentence = k >= 0 ? k : -k - 2;
    int from = sentence >= 1 ? sentenceStarts[sentence - 1] : 0;
    Mention m = lastBefore(position, EntityType.PROGRAM);
    return m != null && m.provenance().span().start() >= from ? m.entity() : null;
  }

  private Mention lastBefore(int at, EntityType type) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) { // the first mention that does not end before the position
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).provenance().span().end() <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo - 1; k >= 0 && at - mentions.get(k).provenance().span().end() <= REACH; k--) {
      if (mentions.get(k).entity().type() == type) {
        return mentions.get(k);
      }
    }
    return null;
  }
}
