package nl.kamergraaf.extract.relation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.model.Relation.Modality;
import nl.kamergraaf.ingest.Span;

/**
 * Finds relations stated in single sentences: a cue from {@code rules/relations.tsv} between
 * two entities of fitting types, with the sentence's negation or intention kept as modality.
 * "hierin"/"hieraan"/"daarin" without an object in the sentence refer to the last programme of
 * the sentence before.
 */
public final class RelationExtractor {
  /** Subject and object must stand this close to the cue (characters). */
  private static final int REACH = 120;
  private static final Pattern ANAPHOR = Pattern.compile("\\b(?:hierin|hieraan|hierbij|daarin|daaraan|daarbij)\\b",
      Pattern.CASE_INSENSITIVE);

  private final List<RelationCue> cues = new ArrayList<>();
  private final Pattern negated;
  private final Pattern intended;

  public RelationExtractor() {
    int i = 0;
    for (TsvTable.Row row : TsvTable.load("/nl/kamergraaf/extract/rules/relations.tsv")
        .require("predicate", "cue", "direction", "subject", "object", "confidence").rows()) {
      cues.add(RelationCue.of(row, ++i));
    }
    Properties p = new Properties();
    String resource = "/nl/kamergraaf/extract/rules/modality.properties";
    try (InputStream in = RelationExtractor.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new ExtractException("cannot read " + resource, e);
    }
    negated = Pattern.compile(p.getProperty("negated"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    intended = Pattern.compile(p.getProperty("intended"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Relations in the given sentences; {@code mentions} sorted by position. */
  public List<Relation> extract(String text, List<Span> sentences, List<Mention> mentions) {
    Map<String, Relation> out = new LinkedHashMap<>();
    Entity lastProgram = null;
    for (Span sentence : sentences) {
      List<Mention> inside = mentions.stream().filter(m -> sentence.contains(m.provenance().span())).toList();
      String s = sentence.of(text);
      for (RelationCue cue : cues) {
        Matcher m = cue.cue().matcher(s);
        while (m.find()) {
          Span at = new Span(sentence.start() + m.start(), sentence.start() + m.end());
          for (Relation r : relate(cue, at, inside, sentence, s, lastProgram)) {
            out.putIfAbsent(r.subject().id() + r.predicate() + r.object().id() + sentence.start(), r);
          }
        }
      }
      for (Mention m : inside) {
        if (m.entity().type() == EntityType.PROGRAM) {
          lastProgram = m.entity();
        }
      }
    }
    return List.copyOf(out.values());
  }

  private List<Relation> relate(RelationCue cue, Span at, List<Mention> inside, Span sentence, String s,
      Entity previousProgram) {
    List<Relation> found = new ArrayList<>();
    Modality modality = modality(s, at.start() - sentence.start(), at.end() - sentence.start());
    Provenance prov = new Provenance(sentence, s, cue.id());
    Mention before = nearest(inside, at, true, cue.direction() == RelationCue.Direction.PASSIVE ? cue.objectTypes() : cue.subjectTypes());
    Mention after = nearest(inside, at, false, cue.direction() == RelationCue.Direction.PASSIVE ? cue.subjectTypes() : cue.objectTypes());
    switch (cue.direction()) {
      case FORWARD -> {
        Entity object = after != null ? after.entity() : anaphor(s, previousProgram, cue);
        if (before != null && object != null) {
          add(found, before.entity(), cue, object, modality, prov);
        }
      }
      case PASSIVE -> {
        if (before != null && after != null) {
          add(found, after.entity(), cue, before.entity(), modality, prov);
        }
      }
      case COLEADS -> {
        Entity object = inside.stream().filter(m -> cue.objectTypes().contains(m.entity().type()))
            .map(Mention::entity).findFirst().orElse(anaphor(s, previousProgram, cue));
        if (object != null) {
          for (Mention m : inside) {
            if (cue.subjectTypes().contains(m.entity().type()) && !m.entity().id().equals(object.id())) {
              add(found, m.entity(), cue, object, modality, prov);
            }
          }
        }
      }
    }
    return found;
  }

  private static void add(List<Relation> found, Entity s, RelationCue cue, Entity o, Modality modality, Provenance prov) {
    if (!s.id().equals(o.id()) && found.stream().noneMatch(r -> r.subject().id().equals(s.id()))) {
      found.add(new Relation(s, cue.predicate(), o, modality, cue.confidence(), prov));
    }
  }

  private Entity anaphor(String sentence, Entity previousProgram, RelationCue cue) {
    return previousProgram != null && cue.objectTypes().contains(EntityType.PROGRAM)
        && ANAPHOR.matcher(sentence).find() ? previousProgram : null;
  }

  private static Mention nearest(List<Mention> inside, Span cue, boolean before, java.util.Set<EntityType> types) {
    Mention best = null;
    for (Mention m : inside) {
      Span s = m.provenance().span();
      if (!types.contains(m.entity().type())) {
        continue;
      }
      if (before && s.end() <= cue.start() && cue.start() - s.end() <= REACH) {
        best = m; // mentions are sorted: the last one before the cue is the nearest
      } else if (!before && s.start() >= cue.end() && s.start() - cue.end() <= REACH) {
        return m;
      }
    }
    return best;
  }

  private Modality modality(String s, int cueStart, int cueEnd) {
    String window = s.substring(Math.max(0, cueStart - 60), Math.min(s.length(), cueEnd + 60));
    if (negated.matcher(window).find()) {
      return Modality.NEGATED;
    }
    if (intended.matcher(window).find()) {
      return Modality.INTENDED;
    }
    return Modality.ASSERTED;
  }
}
