package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.clause.CompoundHeads;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.ingest.Span;

/**
 * Finds the subjects and objects around one phrase cue in one sentence: the nearest fitting
 * entities, with coordinated ones ("zowel de NAVO als de EU", "Nederland en Duitsland") taken
 * along.
 */
final class CueMatch {
  /** Subject and object must stand this close to the cue (characters). */
  static final int REACH = 120;

  /** What may stand between two coordinated entities. */
  private static final Pattern COORDINATION =
      Pattern.compile(
          "[\\s,]*(?:(?:en|als|of|alsmede|evenals|zowel|noch)\\b)?[\\s,]*(?:(?:op|aan|in|voor|met|van|bij)\\s+)?(?:(?:de|het)\\s+)?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COORDINATOR =
      Pattern.compile(",|\\b(?:en|als|of|alsmede|evenals|noch)\\b", Pattern.CASE_INSENSITIVE);

  /** What may stand between a cue and the entity right after it, or right before it. */
  private static final Pattern ADJACENT = Pattern.compile("[\\s,'‘’\"“”(]*(?:(?:de|het|een)\\s+)?");

  /**
   * A relative clause or a new clause between an entity and the cue: the entity is not its
   * argument.
   */
  private static final Pattern BARRIER =
      Pattern.compile(
          ",\\s*(?:die|dat|welke|waarbij|waarin|waarmee|wat)\\b|\\s(?:die|welke)\\s",
          Pattern.CASE_INSENSITIVE);

  /**
   * "samenwerking tussen de EU en ...": what follows "tussen" takes part in the thing, it is not
   * the object.
   */
  private static final Pattern PARTIES = Pattern.compile("\\btussen\\b", Pattern.CASE_INSENSITIVE);

  private final List<Mention> inside;
  private final Span cue;
  private final String text;

  /** The mentions within reach of the cue are inside[lo, hi): no method looks further. */
  private final int lo;

  private final int hi;

  /** {@code candidates}: the sentence's mentions from {@link #parties}, sorted, not overlapping. */
  CueMatch(String text, List<Mention> candidates, Span cue) {
    this.text = text;
    this.inside = candidates;
    this.cue = cue;
    this.lo = firstEndingAfter(candidates, cue.start() - REACH - 1);
    this.hi = firstEndingAfter(candidates, cue.end() + 2 * REACH);
  }

  /**
   * The mentions of a sentence that can be parties to a relation (no modifiers glued to a noun).
   */
  static List<Mention> parties(String text, List<Mention> inside) {
    return inside.stream().filter(m -> !CompoundHeads.modifierOnly(text, m)).toList();
  }

  private static int firstEndingAfter(List<Mention> sorted, int position) {
    int a = 0;
    int b = sorted.size();
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (sorted.get(mid).provenance().span().end() <= position) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  /** Whether a relative clause stands between two positions. */
  private boolean barrier(int from, int to) {
    return from < to && BARRIER.matcher(text.substring(from, to)).find();
  }

  /** The nearest fitting mention before the cue, with those coordinated with it. */
  List<Mention> before(Set<EntityType> types) {
    Mention nearest = null;
    for (Mention m : inside.subList(lo, hi)) {
      Span s = m.provenance().span();
      if (types.contains(m.entity().type())
          && s.end() <= cue.start()
          && cue.start() - s.end() <= REACH) {
        nearest = m; // mentions are sorted: the last one before the cue is the nearest
      }
    }
    if (nearest != null && barrier(nearest.provenance().span().end(), cue.start())) {
      return List.of();
    }
    return nearest == null ? List.of() : withCoordinated(nearest, types, -1);
  }

  /** The nearest fitting mention after the cue, with those coordinated with it. */
  List<Mention> after(Set<EntityType> types) {
    for (Mention m : inside.subList(lo, hi)) {
      Span s = m.provenance().span();
      if (types.contains(m.entity().type())
          && s.start() >= cue.end()
          && s.start() - cue.end() <= REACH) {
        boolean party = PARTIES.matcher(text.substring(cue.end(), s.start())).find();
        return barrier(cue.end(), s.start()) || party ? List.of() : withCoordinated(m, types, +1);
      }
    }
    return List.of();
  }

  /** The fitting mention standing right against the cue on one side, or null. */
  Mention adjacent(Set<EntityType> types, boolean beforeCue) {
    for (Mention m : inside.subList(lo, hi)) {
      Span s = m.provenance().span();
      if (!types.contains(m.entity().type())) {
        continue;
      }
      String between =
          beforeCue
              ? (s.end() <= cue.start() ? text.substring(s.end(), cue.start()) : null)
              : (s.start() >= cue.end() ? text.substring(cue.end(), s.start()) : null);
      if (between != null && between.length() <= 8 && ADJACENT.matcher(between).matches()) {
        return m;
      }
    }
    return null;
  }

  /** The text between two mentions, the first before the second ("" when they touch or overlap). */
  String between(Mention first, Mention second) {
    int from = first.provenance().span().end();
    int to = second.provenance().span().start();
    return from < to ? text.substring(from, to) : "";
  }

  /**
   * The first fitting mention after {@code from} that names another entity than {@code not}, within
   * reach.
   */
  Mention firstAfter(Span from, Set<EntityType> types, Mention not) {
    for (Mention m : inside.subList(firstEndingAfter(inside, from.end()), hi)) {
      Span s = m.provenance().span();
      if (types.contains(m.entity().type())
          && s.start() >= from.end()
          && s.start() - from.end() <= REACH
          && (not == null || !m.entity().id().equals(not.entity().id()))) {
        return m;
      }
    }
    return null;
  }

  private List<Mention> withCoordinated(Mention anchor, Set<EntityType> types, int step) {
    List<Mention> out = new ArrayList<>();
    out.add(anchor);
    int i = firstEndingAfter(inside, anchor.provenance().span().start()); // the anchor itself
    Mention current = anchor;
    for (int j = i + step; j >= 0 && j < inside.size(); j += step) {
      Mention next = inside.get(j);
      if (!types.contains(next.entity().type())) {
        break;
      }
      Span a = step < 0 ? next.provenance().span() : current.provenance().span();
      Span b = step < 0 ? current.provenance().span() : next.provenance().span();
      String between = a.end() <= b.start() ? text.substring(a.end(), b.start()) : null;
      if (between == null
          || !COORDINATION.matcher(between).matches()
          || !COORDINATOR.matcher(between).find()) {
        break;
      }
      out.add(next);
      current = next;
    }
    return out;
  }
}
