package nl.kamergraaf.extract.amount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.nlp.Sentence;
import nl.kamergraaf.extract.relation.Anaphora;
import nl.kamergraaf.ingest.Span;

/**
 * Gives every amount and percentage of a document what its clause says about it — the programme it
 * is for, who gives or spends it (or whose share it is), who receives it — and recognises the
 * statements of one fact and the parts of a total.
 *
 * <p>The words it reads clauses with are data ({@code rules/amount-roles.tsv}), each reading names
 * the row that made it ({@link Quantity#readBy()}).
 *
 * <pre>
 * AmountLinker linker = new AmountLinker(entityRecognizer);
 * List&lt;Quantity&gt; linked = linker.link(text, sentences, mentions, questionTexts, found);
 * </pre>
 */
public final class AmountLinker {
  private final AmountLexicon lexicon;
  private final Actors actors;
  private final ProgramReader programs;
  private final GiverReader givers;

  /** Loads the lexicon and checks every entity it names against {@code names}' gazetteers. */
  public AmountLinker(CuratedNames names) {
    this.lexicon = AmountLexicon.load();
    this.actors = new Actors(names, lexicon);
    this.programs = new ProgramReader(lexicon, actors);
    this.givers = new GiverReader(lexicon, actors);
  }

  /**
   * The quantities of one document with their roles, in text order.
   *
   * @param mentions the document's entity mentions
   * @param questionTexts the spans of the fracties' questions: their "wij" is no government
   * @param found the quantities as found, each inside one of {@code sentences}
   */
  public List<Quantity> link(
      String text,
      List<Sentence> sentences,
      List<Mention> mentions,
      List<Span> questionTexts,
      List<Quantity> found) {
    List<Mention> named = new ArrayList<>(mentions);
    // "dit voorstel", "hiervoor": the programme they refer to is named there too
    named.addAll(Anaphora.references(text, mentions));
    Map<Integer, List<TotalsAndParts.Placed>> bySentence = new LinkedHashMap<>();
    Map<Integer, SentenceView> views = new HashMap<>();
    Map<Integer, List<int[]>> placed = new HashMap<>();
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : found) {
      int index = sentenceOf(sentences, q.provenance().span());
      if (index < 0) {
        out.add(q);
        continue;
      }
      SentenceView s =
          views.computeIfAbsent(
              index, i -> new SentenceView(sentences.get(i), named, lexicon, actors));
      Span at = q.provenance().span();
      placed
          .computeIfAbsent(index, i -> new ArrayList<>())
          .add(new int[] {s.tokenAt(at.start()), s.tokenAt(at.end() - 1) + 1});
    }
    placed.forEach((i, ranges) -> views.get(i).placeQuantities(ranges));
    for (Quantity q : found) {
      int index = sentenceOf(sentences, q.provenance().span());
      if (index < 0) {
        continue;
      }
      SentenceView s = views.get(index);
      Span at = q.provenance().span();
      int from = s.tokenAt(at.start());
      int to = s.tokenAt(at.end() - 1) + 1;
      // a sentence before that states its own amount has said what that amount was for
      SentenceView previous =
          index > 0
                  && !placed.containsKey(index - 1)
                  && sameParagraph(text, sentences.get(index - 1).span(), s.span)
              ? views.computeIfAbsent(
                  index - 1, i -> new SentenceView(sentences.get(i), named, lexicon, actors))
              : null;
      boolean inQuestion = questionTexts.stream().anyMatch(span -> span.contains(at));
      Quantity read = read(q, s, from, to, previous, inQuestion);
      bySentence
          .computeIfAbsent(index, i -> new ArrayList<>())
          .add(new TotalsAndParts.Placed(read, from, to));
    }
    for (Map.Entry<Integer, List<TotalsAndParts.Placed>> e : bySentence.entrySet()) {
      out.addAll(TotalsAndParts.mark(views.get(e.getKey()), e.getValue()));
    }
    out.sort(Comparator.comparing(q -> q.provenance().span()));
    Map<Provenance, Boolean> definite = new HashMap<>();
    bySentence.forEach(
        (i, statements) ->
            statements.forEach(
                p -> definite.put(p.quantity().provenance(), views.get(i).refersBack(p.from()))));
    return totalsOfFacts(
        Restatements.group(out, q -> definite.getOrDefault(q.provenance(), false)));
  }

  private Quantity read(
      Quantity q, SentenceView s, int from, int to, SentenceView previous, boolean inQuestion) {
    boolean giving = GiverReader.giving(s, from);
    boolean money = q.kind() == Quantity.Kind.AMOUNT;
    Reading program = programs.program(s, from, to, money, previous, giving);
    Entity programEntity = program == null ? null : program.entity();
    Reading giver = givers.giver(s, from, to, money, inQuestion, program);
    // a share has no recipient; "aan Defensie" after Nederland spends is no one else's money
    Reading recipient =
        !money
            ? null
            : GiverReader.receiving(s, from)
                ? givers.receiver(s, from, to, inQuestion)
                : programs.recipient(s, from);
    if (recipient != null
        && giver != null
        && actors.actingFor(recipient.entity()).equals(giver.entity())) {
      recipient = null;
    }
    return q.withRoles(
        entity(giver),
        programEntity,
        entity(recipient),
        new Quantity.ReadBy(rule(giver), rule(program), rule(recipient)));
  }

  /** Parts point at the first statement of their total's fact. */
  private static List<Quantity> totalsOfFacts(List<Quantity> statements) {
    Map<Provenance, Provenance> factOf = new HashMap<>();
    statements.forEach(
        q -> factOf.put(q.provenance(), q.restates() != null ? q.restates() : q.provenance()));
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : statements) {
      out.add(q.partOf() == null ? q : q.partOfTotal(factOf.getOrDefault(q.partOf(), q.partOf())));
    }
    return out;
  }

  private static int sentenceOf(List<Sentence> sentences, Span at) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().contains(at)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameParagraph(String text, Span before, Span after) {
    return before.end() <= after.start()
        && text.substring(before.end(), after.start()).indexOf('\n') < 0;
  }

  private static Entity entity(Reading r) {
    return r == null ? null : r.entity();
  }

  private static String rule(Reading r) {
    return r == null ? null : r.rule();
  }
}
