package nl.kamergraaf.extract;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.ingest.Span;

/**
 * Ties amounts and percentages to what the sentence says they belong to: the programme named
 * nearest to them, and the country or organisation the sentence is about (the nearest one
 * before the amount, else the first after it); a sentence without a programme borrows the one
 * its contribution relation points at.
 */
final class QuantityLinker {
  private QuantityLinker() {}

  static List<Quantity> link(List<Quantity> quantities, List<Span> sentences, List<Mention> mentions,
      List<nl.kamergraaf.extract.model.Relation> relations) {
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : quantities) {
      Span at = q.provenance().span();
      Span sentence = sentences.stream().filter(s -> s.contains(at)).findFirst().orElse(at);
      List<Mention> inside = mentions.stream()
          .filter(m -> sentence.contains(m.provenance().span()) && !m.provenance().span().overlaps(at)).toList();
      Entity program = nearest(inside, at, EntityType.PROGRAM);
      Entity subject = subject(inside, at);
      // "Nederland heeft in totaal €750 miljoen toegezegd" (to the PURL named before): the
      // sentence's contribution says what the money is for and whose it is
      for (var r : relations) {
        if ((r.predicate().equals("contributes-to") || r.predicate().equals("funds"))
            && r.provenance().span().contains(at) && r.object().type() == EntityType.PROGRAM) {
          program = program != null ? program : r.object();
          subject = subject != null ? subject : r.subject();
        }
      }
      out.add(new Quantity(q.kind(), q.value(), q.maxValue(), q.currency(), q.shareOf(), q.perYear(),
          q.subject() != null ? q.subject() : subject, q.program() != null ? q.program() : program,
          q.period(), q.provenance()));
    }
    return out;
  }

  private static Entity subject(List<Mention> inside, Span at) {
    Entity before = null;
    for (Mention m : inside) {
      EntityType t = m.entity().type();
      boolean fits = t == EntityType.COUNTRY || t == EntityType.ORGANIZATION;
      if (fits && m.provenance().span().end() <= at.start()) {
        before = m.entity();
      } else if (fits && before == null) {
        return m.entity();
      }
    }
    return before;
  }

  private static Entity nearest(List<Mention> inside, Span at, EntityType type) {
    Entity best = null;
    int distance = Integer.MAX_VALUE;
    for (Mention m : inside) {
      if (m.entity().type() != type) {
        continue;
      }
      Span s = m.provenance().span();
      int d = s.end() <= at.start() ? at.start() - s.end() : s.start() - at.end();
      if (d < distance) {
        distance = d;
        best = m.entity();
      }
    }
    return best;
  }
}
