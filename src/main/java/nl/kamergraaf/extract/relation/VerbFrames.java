package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.OntologyTerms;
import nl.kamergraaf.extract.clause.VerbLexicon;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The verb frames of {@code rules/predicates.tsv} by verb id. Every row is checked when it loads: a
 * unique id, a verb of {@code verbs.tsv}, a predicate of the ontology, known types.
 */
final class VerbFrames {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/predicates.tsv";

  private final Map<String, List<VerbFrame>> byVerb = new HashMap<>();
  private final List<VerbFrame> all = new ArrayList<>();

  private VerbFrames() {}

  static VerbFrames load(VerbLexicon verbs) {
    VerbFrames frames = new VerbFrames();
    Set<String> ids = new HashSet<>();
    for (TsvTable.Row row :
        TsvTable.load(RESOURCE)
            .require(
                "id",
                "verb",
                "noun",
                "object",
                "predicate",
                "subject",
                "objects",
                "together",
                "inverse",
                "confidence")
            .rows()) {
      VerbFrame f = parse(row, verbs);
      if (!ids.add(f.id())) {
        throw new ExtractException(row.where() + ": frame id '" + f.id() + "' is used twice");
      }
      frames.byVerb.computeIfAbsent(f.verbId(), v -> new ArrayList<>()).add(f);
      frames.all.add(f);
    }
    return frames;
  }

  private static VerbFrame parse(TsvTable.Row row, VerbLexicon verbs) {
    String verb = row.get("verb");
    if (!verbs.has(verb)) {
      throw new ExtractException(row.where() + ": verb '" + verb + "' is not in verbs.tsv");
    }
    try {
      return new VerbFrame(
          row.get("id"),
          verb,
          row.list("noun").stream()
              .map(s -> s.toLowerCase(Locale.ROOT))
              .collect(Collectors.toUnmodifiableSet()),
          Set.copyOf(row.list("object")),
          OntologyTerms.requireRelation(row.get("predicate"), row.where()),
          types(row.get("subject")),
          types(row.get("objects")),
          row.get("together").isEmpty()
              ? VerbFrame.Together.NONE
              : VerbFrame.Together.valueOf(
                  row.get("together").toUpperCase(Locale.ROOT).replace('-', '_')),
          inverse(row),
          Double.parseDouble(row.get("confidence")));
    } catch (IllegalArgumentException e) {
      throw new ExtractException(row.where() + ": bad verb frame: " + e.getMessage(), e);
    }
  }

  private static boolean inverse(TsvTable.Row row) {
    String v = row.get("inverse");
    if (!v.isEmpty() && !v.equals("yes")) {
      throw new ExtractException(row.where() + ": inverse is 'yes' or empty, not '" + v + "'");
    }
    return v.equals("yes");
  }

  static Set<EntityType> types(String cell) {
    return Arrays.stream(cell.split("\\|"))
        .map(EntityType::parse)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The frames of a verb, empty if it has none. */
  List<VerbFrame> of(String verbId) {
    return byVerb.getOrDefault(verbId, List.of());
  }

  /** Every frame, in the file's order. */
  List<VerbFrame> all() {
    return all;
  }
}
