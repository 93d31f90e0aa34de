package nl.kamergraaf.extract.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.ingest.api.ApiFractie;
import nl.kamergraaf.ingest.api.ApiRecord;

/**
 * Reads a paper's API record into {@link ApiFacts}: identifier, kind, date and title; every actor
 * as a person, fractie or committee with the fractie it acted for (the one the API names, else the
 * one the person sat in on the paper's date); and for an answer to written questions the question
 * it answers, found through their shared zaak, with the days it took and whether that was late
 * (rules/api-metadata.properties).
 */
public final class ApiFactsReader {
  private final ApiEntities entities;
  private final ApiRules rules = ApiRules.load();

  public ApiFactsReader(ApiEntities entities) {
    this.entities = entities;
  }

  /** The facts of {@code record}; {@link ApiFacts#NONE} for null. */
  public ApiFacts read(ApiRecord record) {
    if (record == null) {
      return ApiFacts.NONE;
    }
    List<ApiFacts.Actor> actors = new ArrayList<>();
    List<Identified> identified = new ArrayList<>();
    for (ApiRecord.Actor a : record.actors()) {
      Entity fractie = fractieOf(a, record.date());
      Entity agent;
      if (a.person() != null) {
        agent = entities.person(a.person(), a.name());
        identified.addAll(ApiEntities.identities(agent, "Persoon", a.person().id()));
      } else if (a.committee() != null) {
        agent = entities.committee(a.committee(), a.name());
        identified.addAll(ApiEntities.identities(agent, "Commissie", a.committee().id()));
      } else {
        agent = fractie;
      }
      if (fractie != null && a.fractie() != null) {
        identified.addAll(ApiEntities.identities(fractie, "Fractie", a.fractie().id()));
      }
      if (agent != null) {
        actors.add(
            new ApiFacts.Actor(
                a.id(),
                agent,
                a.relation(),
                a.function(),
                entities.role(a.function()),
                fractie == agent ? null : fractie));
      }
    }
    List<String> dossiers = record.dossiers().stream().map(ApiRecord.Dossier::number).toList();
    String identifier =
        record.kamerstukNumber() != null ? record.kamerstukNumber() : record.number();
    String title = record.subject() != null ? record.subject() : record.title();
    Entity chamber = record.chamber() == null ? null : entities.organization(record.chamber());
    return new ApiFacts(
        record.id(),
        record.number(),
        identifier,
        record.soort(),
        rules.kind(record.soort()),
        record.date(),
        title,
        chamber,
        dossiers,
        actors,
        answers(record),
        identified);
  }

  /**
   * The fractie an actor acted for: as the API names it, else, for a member acting as one (no
   * function, or a member function), the fractie the person sat in that day.
   */
  private Entity fractieOf(ApiRecord.Actor a, LocalDate date) {
    if (a.fractie() != null || a.fractieName() != null) {
      return entities.fractie(a.fractie(), a.fractieName());
    }
    boolean asMember =
        a.function() == null || rules.memberFunctions.contains(ApiRules.fold(a.function()));
    if (a.person() != null && date != null && asMember) {
      ApiFractie sat = entities.people().fractieOn(a.person().id(), date);
      return sat == null ? null : entities.fractie(sat, null);
    }
    return null;
  }

  /** The fracties of the members who asked the paper's questions (rules: asker-relations). */
  List<Entity> askers(ApiFacts facts) {
    List<Entity> out = new ArrayList<>();
    for (ApiFacts.Actor a : facts.actors()) {
      Entity fractie =
          a.onBehalfOf() != null
              ? a.onBehalfOf()
              : a.agent().type() == EntityType.FRACTION ? a.agent() : null;
      if (fractie != null
          && a.relation() != null
          && rules.askerRelations.contains(ApiRules.fold(a.relation()))
          && !out.contains(fractie)) {
        out.add(fractie);
      }
    }
    return out;
  }

  /**
   * The questions of a paper with, where the text names no fractie, the fractie of the member who
   * asked them according to the API (written questions); unchanged when the API names none or
   * several.
   */
  public List<Question> askedBy(List<Question> questions, ApiFacts facts) {
    List<Entity> askers = askers(facts);
    if (askers.size() != 1) {
      return questions;
    }
    List<Question> out = new ArrayList<>();
    for (Question q : questions) {
      out.add(
          q.fraction() != null
              ? q
              : new Question(
                  q.number(),
                  q.numbered(),
                  askers.get(0),
                  q.answeredBy(),
                  q.question(),
                  q.answer(),
                  q.seeAlso(),
                  q.provenance(),
                  q.answerProvenance()));
    }
    return out;
  }

  private ApiFacts.Answer answers(ApiRecord record) {
    if (record.date() == null || !rules.answerSoorten.contains(ApiRules.fold(record.soort()))) {
      return null;
    }
    for (ApiRecord.Zaak zaak : record.zaken()) {
      boolean postponed =
          zaak.documents().stream()
              .anyMatch(d -> rules.postponementSoort.equals(ApiRules.fold(d.soort())));
      for (ApiRecord.ZaakDocument d : zaak.documents()) {
        if (rules.questionSoort.equals(ApiRules.fold(d.soort())) && d.date() != null) {
          long days = ChronoUnit.DAYS.between(d.date(), record.date());
          int allowed = postponed ? rules.answerDaysAfterPostponement : rules.answerDays;
          return new ApiFacts.Answer(
              zaak.id(), d.number(), d.date(), days, postponed, days > allowed);
        }
      }
    }
    return null;
  }
}
