package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.clause.ClauseArguments;
import nl.kamergraaf.extract.clause.ClauseReader;
import nl.kamergraaf.extract.clause.ParsedSentence;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.nlp.Sentence;

/**
 * Finds the relations each sentence states: read from its clauses (verbs of {@code predicates.tsv},
 * see {@link ClauseRelations}), from nouns that state relations ({@code nominal-predicates.tsv},
 * {@link NounRelations}), from phrase cues ({@code phrase-relations.tsv}, {@link PhraseRelations})
 * and from memberships of groups the curated table knows ({@link Memberships}). "hierin", "dit
 * voorstel" reach the programme named before (see {@link Anaphora}); "het kabinet" acts for the
 * Netherlands ({@link ActingFor}).
 *
 * <p>Thread-safe after construction.
 */
public final class RelationExtractor {
  /** Predicates that say more than another one: a financial contribution funds. */
  private static final Map<String, String> NARROWS =
      Map.of("funds", "contributes-to", "co-leads", "leads");

  private final ClauseReader reader;
  private final ClauseRelations verbs;
  private final NounRelations nouns;
  private final ParticipleRelations participles;
  private final PhraseRelations phrases;
  private final Memberships memberships;
  private final ActingFor actingFor;
  private final Entity writer;

  public RelationExtractor(EntityRecognizer names, ClauseReader reader) {
    this.reader = reader;
    VerbFrames frames = VerbFrames.load(reader.verbs());
    this.verbs = new ClauseRelations(frames, reader.words());
    this.participles = new ParticipleRelations(frames, reader.words());
    this.nouns = new NounRelations(NounFrames.load(), reader.words());
    this.phrases = new PhraseRelations(reader.words());
    this.memberships = new Memberships(names);
    this.actingFor = new ActingFor(names);
    // "ik", "wij" in a paper of the government: the minister speaks for the Netherlands
    this.writer = names.lookupId(EntityType.COUNTRY, "nl");
  }

  /** Relations in the given sentences; {@code mentions} sorted by position. */
  public List<Relation> extract(String text, List<Sentence> sentences, List<Mention> mentions) {
    // Names inside names ("Duits" in "het Duits geleide inkoopproject") relate through their
    // outer name only.
    List<Mention> reachable =
        withoutOverlaps(
            Anaphora.resolve(
                text, mentions.stream().filter(m -> !EntityRecognizer.isNested(m)).toList()));
    Map<String, Relation> out = new LinkedHashMap<>();
    Pronouns pronouns =
        new Pronouns(
            writer, reachable, sentences.stream().mapToInt(x -> x.span().start()).toArray());
    int first = 0;
    for (Sentence sentence : sentences) {
      while (first < reachable.size()
          && reachable.get(first).provenance().span().start() < sentence.span().start()) {
        first++;
      }
      int last = first;
      while (last < reachable.size()
          && sentence.span().contains(reachable.get(last).provenance().span())) {
        last++;
      }
      List<Mention> inside = reachable.subList(first, last);
      if (inside.isEmpty()) {
        continue;
      }
      String quote = sentence.span().of(text);
      ParsedSentence parsed = reader.read(text, sentence.span(), sentence.tokens(), inside);
      ClauseArguments args = reader.arguments(parsed);
      List<Relation> found = new ArrayList<>(memberships.find(text, sentence.span(), inside));
      found.addAll(verbs.read(parsed, args, pronouns, quote));
      found.addAll(nouns.read(parsed, args, pronouns, quote));
      found.addAll(participles.read(parsed, quote));
      found.addAll(phrases.read(text, parsed, inside));
      for (Relation r : mostSpecific(found)) {
        Entity subject = actingFor.subject(r.subject());
        if (!subject.id().equals(r.object().id())) {
          Relation stated =
              new Relation(
                  subject, r.predicate(), r.object(), r.modality(), r.confidence(), r.provenance());
          out.putIfAbsent(
              subject.id()
                  + " "
                  + r.predicate()
                  + " "
                  + r.object().id()
                  + " "
                  + sentence.span().start(),
              stated);
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** Of two statements on the same pair in one sentence, the one that says more. */
  private static List<Relation> mostSpecific(List<Relation> found) {
    Set<String> said = new HashSet<>();
    found.forEach(r -> said.add(r.subject().id() + " " + r.predicate() + " " + r.object().id()));
    List<Relation> kept = new ArrayList<>();
    for (Relation r : found) {
      boolean narrower =
          NARROWS.entrySet().stream()
              .anyMatch(
                  n ->
                      n.getValue().equals(r.predicate())
                          && said.contains(
                              r.subject().id() + " " + n.getKey() + " " + r.object().id()));
      if (!narrower) {
        kept.add(r);
      }
    }
    return kept;
  }

  /** Sorted mentions without one that starts inside the one before (a reference inside a name). */
  private static List<Mention> withoutOverlaps(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    int end = -1;
    for (Mention m : sorted) {
      if (m.provenance().span().start() >= end) {
        out.add(m);
        end = m.provenance().span().end();
      }
    }
    return out;
  }
}
