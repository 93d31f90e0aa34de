package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.OntologyTerms;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.rules.RuleFile;

/**
 * Relations a name states by its form ({@code rules/name-relations.tsv}): the author in a motion's
 * name, the whole or the leader inside a programme's name, and the leader of a programme named the
 * way that leader names its own (the EU's "EUTM Mali"). Ids, predicates, confidences, leaders and
 * name patterns are data; the three mechanisms are code.
 *
 * <p>Thread-safe after construction.
 */
public final class NameRelations {
  static final String RESOURCE = "name-relations.tsv";
  private static final String MOTION_AUTHOR = "relation/motion-author";
  private static final String PART_OF_WHOLE = "relation/part-of-named-whole";
  private static final String LEADER_IN_NAME = "relation/leader-in-name";

  /** A row: its id, predicate and confidence; for a pattern row its subject and pattern. */
  private record Rule(
      String id, String predicate, double confidence, Entity subject, Pattern pattern) {}

  private final Map<String, Rule> rules = new LinkedHashMap<>();

  public NameRelations(CuratedNames names) {
    for (TsvTable.Row row :
        TsvTable.load(RuleFile.RULES + RESOURCE)
            .require("id", "predicate", "confidence", "subject", "pattern")
            .rows()) {
      Rule rule = rule(row, names);
      if (rules.put(rule.id(), rule) != null) {
        throw new ExtractException(row.where() + ": rule id " + rule.id() + " is used twice");
      }
    }
    for (String id : List.of(MOTION_AUTHOR, PART_OF_WHOLE, LEADER_IN_NAME)) {
      if (!rules.containsKey(id)) {
        throw new ExtractException(RuleFile.RULES + RESOURCE + ": no row " + id);
      }
    }
  }

  /** The relations the names among {@code mentions} state, in the order of the rules. */
  public List<Relation> find(List<Mention> mentions) {
    List<Relation> out = new ArrayList<>(motionAuthors(mentions));
    out.addAll(partsOfWholes(mentions));
    for (Rule rule : rules.values()) {
      if (rule.pattern() != null) {
        out.addAll(namedLikeTheirLeader(rule, mentions));
      }
    }
    return out;
  }

  /** "de motie Diederik van Dijk": the person named in a motion's name proposed it. */
  private List<Relation> motionAuthors(List<Mention> mentions) {
    Rule rule = rules.get(MOTION_AUTHOR);
    List<Relation> out = new ArrayList<>();
    for (Mention motion : mentions) {
      if (!"motion".equals(motion.entity().kind())) {
        continue;
      }
      for (Mention m : mentions) {
        if (m.entity().type() == EntityType.PERSON
            && motion.provenance().span().contains(m.provenance().span())) {
          out.add(relation(rule, m.entity(), motion.entity(), motion.provenance()));
        }
      }
    }
    return out;
  }

  /**
   * Names inside a programme's name: "artikel 4 van het Noord-Atlantisch Verdrag" is part of the
   * treaty, the EU leads the "EU-trainingsmissie EUMAM".
   */
  private List<Relation> partsOfWholes(List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    // Nested mentions are few: look for the outer name of each of them only.
    for (Mention whole : mentions.stream().filter(PartsAndWholes::isNested).toList()) {
      for (Mention part : mentions) {
        if (part == whole
            || part.entity().type() != EntityType.PROGRAM
            || !PartsAndWholes.namesItsWhole(part, whole)) {
          continue;
        }
        if (PartsAndWholes.isLeaderInName(whole)) {
          out.add(
              relation(
                  rules.get(LEADER_IN_NAME), whole.entity(), part.entity(), part.provenance()));
        } else {
          out.add(
              relation(rules.get(PART_OF_WHOLE), part.entity(), whole.entity(), part.provenance()));
        }
      }
    }
    return out;
  }

  /**
   * "EUTM Mali": a programme named the way its leader names them is led by it (once per programme).
   */
  private static List<Relation> namedLikeTheirLeader(Rule rule, List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.PROGRAM
          && rule.pattern().matcher(m.provenance().quote()).matches()
          && done.add(m.entity().id())) {
        out.add(relation(rule, rule.subject(), m.entity(), m.provenance()));
      }
    }
    return out;
  }

  private static Relation relation(Rule rule, Entity subject, Entity object, Provenance at) {
    return new Relation(
        subject,
        rule.predicate(),
        object,
        Relation.Modality.ASSERTED,
        rule.confidence(),
        new Provenance(at.span(), at.quote(), rule.id()));
  }

  private static Rule rule(TsvTable.Row row, CuratedNames names) {
    String where = row.where();
    String predicate = OntologyTerms.requireRelation(row.get("predicate"), where);
    double confidence;
    try {
      confidence = Double.parseDouble(row.get("confidence"));
    } catch (NumberFormatException e) {
      throw new ExtractException(
          where + ": confidence '" + row.get("confidence") + "' is no number");
    }
    if (confidence < 0 || confidence > 1) {
      throw new ExtractException(where + ": confidence " + confidence + " is not between 0 and 1");
    }
    if (row.get("pattern").isEmpty() != row.get("subject").isEmpty()) {
      throw new ExtractException(
          where + ": a pattern row gives both subject and pattern, others neither");
    }
    if (row.get("pattern").isEmpty()) {
      return new Rule(row.get("id"), predicate, confidence, null, null);
    }
    Entity subject = names.byId(row.get("subject"));
    if (subject == null) {
      throw new ExtractException(where + ": no curated entity '" + row.get("subject") + "'");
    }
    try {
      return new Rule(
          row.get("id"), predicate, confidence, subject, Pattern.compile(row.get("pattern")));
    } catch (PatternSyntaxException e) {
      throw new ExtractException(where + ": the pattern does not compile: " + e.getDescription());
    }
  }
}
