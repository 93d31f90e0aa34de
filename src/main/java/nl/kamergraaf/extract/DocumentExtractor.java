package nl.kamergraaf.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kamergraaf.extract.amount.AmountLinker;
import nl.kamergraaf.extract.api.ApiEntities;
import nl.kamergraaf.extract.api.ApiFacts;
import nl.kamergraaf.extract.api.ApiFactsReader;
import nl.kamergraaf.extract.api.MemberLinker;
import nl.kamergraaf.extract.api.MemberNames;
import nl.kamergraaf.extract.clause.ClauseReader;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.metadata.MetadataExtractor;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;

import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import nl.kamergraaf.extract.nlp.Sentence;
import nl.kamergraaf.extract.quantity.QuantityFinder;
import nl.kamergraaf.extract.relation.RelationExtractor;
import nl.kamergraaf.extract.structure.StructureExtractor;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Span;
import nl.kamergraaf.ingest.api.People;

/**
 * Extracts every fact of one document and emits it to a {@link FactSink}: metadata, entity
 * mentions, questions and answers, amounts and percentages, relations.
 *
 * <p>A pure function of the document (and the rule and gazetteer files): the same document
 * gives the same facts. Loading the rules is the costly part: make one and reuse it. Not
 * thread-safe (the tokenizer keeps state): one per thread.
 *
 * <pre>
 * DocumentExtractor extractor = DocumentExtractor.load();
 * extractor.extract(document, new RdfFactWriter(Iris.defaults(), streamRdf));
 * </pre>
 */
public final class DocumentExtractor {
  private final DutchTokenizer tokenizer = DutchTokenizer.create();
  private final EntityRecognizer entities;
  private final MetadataExtractor metadata;
  private final StructureExtractor structure = new StructureExtractor();
  private final QuantityFinder quantities = QuantityFinder.load();
  private final AmountLinker amounts;
  private final RelationExtractor relations;
  private final RoleHolders roleHolders;
  private final ChamberFractions chamberFractions;
  private final Askers askers;
  private final MeetingParticipants participants = new MeetingParticipants();
  private final Entity eu;
  private final ApiFactsReader apiFacts;
  private final MemberLinker members;

  private DocumentExtractor(Gazetteer gazetteer, People people) {
    ApiEntities api = new ApiEntities(gazetteer, people);
    this.entities = new EntityRecognizer(gazetteer.withExtra(MemberNames.entries(people, api)));
    this.metadata = new MetadataExtractor(entities);
    this.relations = new RelationExtractor(entities, ClauseReader.load());
    this.roleHolders = new RoleHolders(entities);
    this.chamberFractions = new ChamberFractions(entities);
    this.askers = new Askers(entities);
    this.amounts = new AmountLinker(entities);
    this.eu = entities.lookupId(EntityType.ORGANIZATION, "eu");
    this.apiFacts = new ApiFactsReader(api);
    this.members = new MemberLinker(people, api);
  }

  /** Loads the gazetteers and rules from the classpath. */
  public static DocumentExtractor load() {
    return new DocumentExtractor(Gazetteer.load(), People.NONE);
  }

  /** As {@link #load()}, with the members of the people tables among the names recognised. */
  public static DocumentExtractor load(People people) {
    return new DocumentExtractor(Gazetteer.load(), people);
  }

  public void extract(Document doc, FactSink sink) {
    String text = doc.text();
    List<edu.stanford.nlp.util.CoreMap> tokenized = tokenizer.sentences(text);
    List<Sentence> split = DutchTokenizer.asSentences(tokenized);
    List<Span> sentenceSpans = split.stream().map(Sentence::span).toList();
    EntityRecognizer.Result recognised = entities.recognise(text, split);
    RoleHolders.Signed signed = roleHolders.signers(metadata.extract(doc));
    // The API's metadata, where fetch left it beside the paper, wins over the text's.
    ApiFacts api = apiFacts.read(doc.apiRecord());
    DocumentInfo info = api.overriding(signed.info());
    ChamberFractions.Placed placed = chamberFractions.place(recognised.mentions(), info);
    MemberLinker.Result linked = members.link(text, placed.mentions(), api.dateOr(info));
    api = api.withIdentified(linked.identified());
    List<Mention> mentions = new ArrayList<>(linked.mentions());
    Askers.Found asked = askers.find(text, mentions, info);
    mentions.addAll(asked.persons());
    mentions.sort(Comparator.comparingInt(m -> m.provenance().span().start()));
    Entity answerer = answerer(info, mentions);
    List<Question> questions = apiFacts.askedBy(structure.extract(doc, mentions, answerer), api);
    List<Relation> stated = new ArrayList<>(relations.extract(text, split, mentions));
    stated.addAll(signed.relations());
    stated.addAll(placed.relations());
    stated.addAll(asked.relations());
    stated.addAll(roleHolders.find(text, mentions, info));
    stated.addAll(participants.find(text, info, sentenceSpans, mentions));
    stated.addAll(motionAuthors(mentions));
    stated.addAll(partsOfWholes(mentions));
    stated.addAll(euMissions(mentions));
    stated = distinct(stated);
    java.time.LocalDate dated = api.dateOr(info);
    java.time.Year year = dated == null ? null : java.time.Year.of(dated.getYear());
    List<Quantity> found = amounts.link(text, split, mentions, questions.stream().map(Question::question).toList(),
        quantities.findInSentences(text, tokenized, year));

    sink.start(doc);
    sink.info(info);
    sink.api(api);
    for (DocumentInfo.Signatory s : info.signatories()) {
      sink.mention(new Mention(s.person(), s.provenance()));
    }
    mentions.forEach(sink::mention);
    // "deze lening", "dit voorstel": the programme they refer to is named there too.
    nl.kamergraaf.extract.relation.Anaphora.references(text, mentions).stream()
        .filter(m -> !m.provenance().quote().matches("(?i)(hier|daar)\\w+"))
        .forEach(sink::mention);
    questions.forEach(sink::question);
    found.forEach(sink::quantity);
    stated.forEach(sink::relation);
    sink.finish(doc);
  }

  /** "de motie Diederik van Dijk": the person named in a motion's name proposed it. */
  private static List<Relation> motionAuthors(List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    for (Mention motion : mentions) {
      if (!"motion".equals(motion.entity().kind())) {
        continue;
      }
      for (Mention m : mentions) {
        if (m.entity().type() == EntityType.PERSON && motion.provenance().span().contains(m.provenance().span())) {
          out.add(new Relation(m.entity(), "proposes", motion.entity(), Relation.Modality.ASSERTED, 0.9,
              new nl.kamergraaf.extract.model.Provenance(motion.provenance().span(), motion.provenance().quote(),
                  "relation/motion-author")));
        }
      }
    }
    return out;
  }

  /**
   * Names inside a programme's name: "artikel 4 van het Noord-Atlantisch Verdrag" is part of the
   * treaty, the EU leads the "EU-trainingsmissie EUMAM".
   */
  private static List<Relation> partsOfWholes(List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    // Nested mentions are few: look for the outer name of each of them only.
    for (Mention whole : mentions.stream().filter(EntityRecognizer::isNested).toList()) {
      for (Mention part : mentions) {
        if (part == whole || part.entity().type() != EntityType.PROGRAM || !EntityRecognizer.namesItsWhole(part, whole)) {
          continue;
        }
        var provenance = part.provenance();
        if (EntityRecognizer.isLeaderInName(whole)) {
          out.add(new Relation(whole.entity(), "leads", part.entity(), Relation.Modality.ASSERTED, 0.7,
              new nl.kamergraaf.extract.model.Provenance(provenance.span(), provenance.quote(), "relation/leader-in-name")));
        } else {
          out.add(new Relation(part.entity(), "part-of", whole.entity(), Relation.Modality.ASSERTED, 0.9,
              new nl.kamergraaf.extract.model.Provenance(provenance.span(), provenance.quote(), "relation/part-of-named-whole")));
        }
      }
    }
    return out;
  }

  // The EU names its CSDP missions and operations "EUTM Mali", "EUCAP Sahel", "EUNAVFOR Aspides".
  private static final java.util.regex.Pattern EU_MISSION =
      java.util.regex.Pattern.compile("^EU(?:TM|CAP|AM|BAM|LEX|FOR|NAVFOR|MAM|MM|MPM|PM)\\b.*");

  /** "EUTM Mali": a mission named the EU's way is led by the EU (once per mission and document). */
  private List<Relation> euMissions(List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (eu != null && m.entity().type() == EntityType.PROGRAM && EU_MISSION.matcher(m.provenance().quote()).matches()
          && done.add(m.entity().id())) {
        out.add(new Relation(eu, "leads", m.entity(), Relation.Modality.ASSERTED, 0.7,
            new nl.kamergraaf.extract.model.Provenance(m.provenance().span(), m.provenance().quote(), "relation/eu-mission-name")));
      }
    }
    return out;
  }

  /** One statement per (subject, predicate, object, span): two rules may find the same one. */
  private static List<Relation> distinct(List<Relation> relations) {
    java.util.Map<String, Relation> byKey = new java.util.LinkedHashMap<>();
    for (Relation r : relations) {
      byKey.putIfAbsent(r.subject().id() + "|" + r.predicate() + "|" + r.object().id() + "|"
          + r.provenance().span(), r);
    }
    return List.copyOf(byKey.values());
  }

  /**
   * Who answers the questions: the minister or state secretary who signs, else the first such
   * office the document names.
   */
  private static Entity answerer(DocumentInfo info, List<Mention> mentions) {
    for (DocumentInfo.Signatory s : info.signatories()) {
      if (s.role() != null && s.role().label().matches("(?i)(minister|staatssecretaris).*")) {
        return s.role();
      }
    }
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.ROLE && m.entity().label().matches("(?i)(minister|staatssecretaris) van .*")) {
        return m.entity();
      }
    }
    return null;
  }

}
