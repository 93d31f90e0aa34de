package nl.kamergraaf.extract;

import static nl.kamergraaf.extract.Annotator.Layer.API;
import static nl.kamergraaf.extract.Annotator.Layer.INFO;
import static nl.kamergraaf.extract.Annotator.Layer.MENTIONS;
import static nl.kamergraaf.extract.Annotator.Layer.QUANTITIES;
import static nl.kamergraaf.extract.Annotator.Layer.QUESTIONS;
import static nl.kamergraaf.extract.Annotator.Layer.REFERENCES;
import static nl.kamergraaf.extract.Annotator.Layer.RELATIONS;
import static nl.kamergraaf.extract.Annotator.Layer.TOKENS;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.amount.AmountLinker;
import nl.kamergraaf.extract.api.ApiEntities;
import nl.kamergraaf.extract.api.ApiFactsReader;
import nl.kamergraaf.extract.api.MemberLinker;
import nl.kamergraaf.extract.api.MemberNames;
import nl.kamergraaf.extract.clause.ClauseReader;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.entity.NameRelations;
import nl.kamergraaf.extract.metadata.MetadataExtractor;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import nl.kamergraaf.extract.nlp.Sentence;
import nl.kamergraaf.extract.people.Answerer;
import nl.kamergraaf.extract.people.Askers;
import nl.kamergraaf.extract.people.ChamberFractions;
import nl.kamergraaf.extract.people.MeetingParticipants;
import nl.kamergraaf.extract.people.RoleHolders;
import nl.kamergraaf.extract.quantity.QuantityFinder;
import nl.kamergraaf.extract.relation.Anaphora;
import nl.kamergraaf.extract.relation.RelationExtractor;
import nl.kamergraaf.extract.structure.StructureExtractor;
import nl.kamergraaf.ingest.api.People;

/**
 * Extraction's annotators in the order they run, each a thin step over one stage's component: the
 * one place that says what reads what. Loading the components (rules, gazetteers, the tokenizer) is
 * the costly part of making an extractor.
 */
final class Annotators {
  private Annotators() {}

  /** The annotators over the curated tables and the members of {@code people}. */
  static List<Annotator> standard(Gazetteer gazetteer, People people) {
    ApiEntities api = new ApiEntities(gazetteer, people);
    CuratedNames names = new CuratedNames(gazetteer.withExtra(MemberNames.entries(people, api)));
    DutchTokenizer tokenizer = DutchTokenizer.create();
    EntityRecognizer entities = new EntityRecognizer(names);
    MetadataExtractor metadata = new MetadataExtractor(names);
    RoleHolders roleHolders = new RoleHolders(names);
    ApiFactsReader apiFacts = new ApiFactsReader(api);
    ChamberFractions chamberFractions = new ChamberFractions(names);
    MemberLinker members = new MemberLinker(people, api);
    Askers askers = new Askers(names);
    Answerer answerer = new Answerer();
    StructureExtractor structure = new StructureExtractor();
    RelationExtractor relations = new RelationExtractor(entities, ClauseReader.load());
    MeetingParticipants participants = new MeetingParticipants();
    NameRelations nameRelations = new NameRelations(names);
    AmountLinker amounts = new AmountLinker(names);
    QuantityFinder quantities = QuantityFinder.load();

    return List.of(
        Annotator.of(
            "tokens",
            Set.of(),
            Set.of(TOKENS),
            a -> {
              a.tokens = tokenizer.sentences(a.text());
              a.sentences = DutchTokenizer.asSentences(a.tokens);
            }),
        Annotator.of(
            "entities",
            Set.of(TOKENS),
            Set.of(MENTIONS),
            a -> a.mentions = entities.recognise(a.text(), a.sentences).mentions()),
        Annotator.of(
            "metadata and signers",
            Set.of(),
            Set.of(INFO, RELATIONS),
            a -> {
              RoleHolders.Signed signed = roleHolders.signers(metadata.extract(a.doc));
              a.info = signed.info();
              a.relations.addAll(signed.relations());
            }),
        // The API's metadata, where fetch left it beside the paper, wins over the text's.
        Annotator.of(
            "API record",
            Set.of(INFO),
            Set.of(API, INFO),
            a -> {
              a.api = apiFacts.read(a.doc.apiRecord());
              a.info = a.api.overriding(a.info);
            }),
        Annotator.of(
            "chamber fracties",
            Set.of(MENTIONS, INFO),
            Set.of(MENTIONS, RELATIONS),
            a -> {
              ChamberFractions.Placed placed = chamberFractions.place(a.mentions, a.info);
              a.mentions = placed.mentions();
              a.relations.addAll(placed.relations());
            }),
        Annotator.of(
            "members",
            Set.of(MENTIONS, INFO, API),
            Set.of(MENTIONS, API),
            a -> {
              MemberLinker.Result linked = members.link(a.text(), a.mentions, a.api.dateOr(a.info));
              a.api = a.api.withIdentified(linked.identified());
              a.mentions = linked.mentions();
            }),
        Annotator.of(
            "askers",
            Set.of(MENTIONS, INFO),
            Set.of(MENTIONS, RELATIONS),
            a -> {
              Askers.Found asked = askers.find(a.text(), a.mentions, a.info);
              List<Mention> all = new ArrayList<>(a.mentions);
              all.addAll(asked.persons());
              all.sort(Comparator.comparingInt(m -> m.provenance().span().start()));
              a.mentions = all;
              a.relations.addAll(asked.relations());
            }),
        Annotator.of(
            "questions",
            Set.of(MENTIONS, INFO, API),
            Set.of(QUESTIONS),
            a ->
                a.questions =
                    apiFacts.askedBy(
                        structure.extract(a.doc, a.mentions, answerer.of(a.info, a.mentions)),
                        a.api)),
        // The clause reading's statements go first: where another annotator states the same
        // relation at the same place, the extractor keeps the clause reading's (with its modality).
        Annotator.of(
            "clause relations",
            Set.of(TOKENS, MENTIONS),
            Set.of(RELATIONS),
            a -> a.relations.addAll(0, relations.extract(a.text(), a.sentences, a.mentions))),
        Annotator.of(
            "role holders",
            Set.of(MENTIONS, INFO),
            Set.of(RELATIONS),
            a -> a.relations.addAll(roleHolders.find(a.text(), a.mentions, a.info))),
        Annotator.of(
            "meeting participants",
            Set.of(TOKENS, MENTIONS, INFO),
            Set.of(RELATIONS),
            a ->
                a.relations.addAll(
                    participants.find(
                        a.text(),
                        a.info,
                        a.sentences.stream().map(Sentence::span).toList(),
                        a.mentions))),
        Annotator.of(
            "name relations",
            Set.of(MENTIONS),
            Set.of(RELATIONS),
            a -> a.relations.addAll(nameRelations.find(a.mentions))),
        Annotator.of(
            "amounts",
            Set.of(TOKENS, MENTIONS, INFO, API, QUESTIONS),
            Set.of(QUANTITIES),
            a -> {
              LocalDate dated = a.api.dateOr(a.info);
              Year year = dated == null ? null : Year.of(dated.getYear());
              a.quantities =
                  amounts.link(
                      a.text(),
                      a.sentences,
                      a.mentions,
                      a.questions.stream().map(Question::question).toList(),
                      quantities.findInSentences(a.text(), a.tokens, year));
            }),
        // "deze lening", "dit voorstel": the programme they refer to is named there too; "hier"
        // and "daar" only serve the clause reading.
        Annotator.of(
            "references",
            Set.of(MENTIONS),
            Set.of(REFERENCES),
            a ->
                a.references =
                    Anaphora.references(a.text(), a.mentions).stream()
                        .filter(m -> !m.provenance().quote().matches("(?i)(hier|daar)\\w+"))
                        .toList()));
  }
}
