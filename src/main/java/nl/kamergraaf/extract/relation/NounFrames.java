package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.OntologyTerms;
import nl.kamergraaf.extract.entity.TsvTable;

/** The nominal frames of {@code rules/nominal-predicates.tsv} by noun, checked when they load. */
final class NounFrames {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/nominal-predicates.tsv";

  private final Map<String, List<NounFrame>> byNoun = new HashMap<>();
  private final List<NounFrame> all = new ArrayList<>();

  private NounFrames() {}

  static NounFrames load() {
    NounFrames frames = new NounFrames();
    Set<String> ids = new HashSet<>();
    for (TsvTable.Row row :
        TsvTable.load(RESOURCE)
            .require(
                "id", "noun", "modifier", "object", "predicate", "subject", "objects", "confidence")
            .rows()) {
      NounFrame f;
      try {
        f =
            new NounFrame(
                row.get("id"),
                row.list("noun").stream()
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet()),
                row.get("modifier").toLowerCase(Locale.ROOT),
                Set.copyOf(row.list("object")),
                OntologyTerms.requireRelation(row.get("predicate"), row.where()),
                VerbFrames.types(row.get("subject")),
                VerbFrames.types(row.get("objects")),
                Double.parseDouble(row.get("confidence")));
      } catch (IllegalArgumentException e) {
        throw new ExtractException(row.where() + ": bad nominal frame: " + e.getMessage(), e);
      }
      if (!ids.add(f.id())) {
        throw new ExtractException(row.where() + ": frame id '" + f.id() + "' is used twice");
      }
      f.nouns().forEach(n -> frames.byNoun.computeIfAbsent(n, k -> new ArrayList<>()).add(f));
      frames.all.add(f);
    }
    return frames;
  }

  /**
   * The frames of a noun given the word before it: those whose modifier stands there, else those
   * without a modifier.
   */
  List<NounFrame> of(String noun, String before) {
    List<NounFrame> candidates = byNoun.getOrDefault(noun, List.of());
    List<NounFrame> modified =
        candidates.stream().filter(f -> f.modifier().equals(before)).toList();
    return modified.isEmpty()
        ? candidates.stream().filter(f -> f.modifier().isEmpty()).toList()
        : modified;
  }

  List<NounFrame> all() {
    return all;
  }
}
