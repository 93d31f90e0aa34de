package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;

/**
 * The verbs of {@code rules/verbs.tsv} by every written form: "droeg" is a form of dragen and of
 * bijdragen, "stelt" of stellen, voorstellen and beschikbaar stellen.
 */
public final class VerbLexicon {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/verbs.tsv";
  private static final Set<String> ROLES =
      Set.of(
          "perfect",
          "passive",
          "copula",
          "modal",
          "possibility",
          "future",
          "intent",
          "control",
          "object-control");

  private final Map<String, List<VerbForm>> byForm = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  private VerbLexicon() {}

  /** The bundled verb table. */
  public static VerbLexicon load() {
    VerbLexicon lexicon = new VerbLexicon();
    for (TsvTable.Row row :
        TsvTable.load(RESOURCE)
            .require("id", "lemma", "stem", "present", "past", "participle", "class")
            .rows()) {
      lexicon.add(row);
    }
    return lexicon;
  }

  private void add(TsvTable.Row row) {
    String id = row.get("id");
    if (!ids.add(id)) {
      throw new ExtractException(row.where() + ": verb id '" + id + "' is used twice");
    }
    Set<String> roles = Set.copyOf(row.list("class"));
    for (String role : roles) {
      if (!ROLES.contains(role)) {
        throw new ExtractException(
            row.where() + ": unknown verb class '" + role + "' (known: " + ROLES + ")");
      }
    }
    String[] parts = row.get("lemma").toLowerCase(Locale.ROOT).split("\\|", -1);
    if (parts.length > 2 || parts[parts.length - 1].isBlank()) {
      throw new ExtractException(
          row.where() + ": lemma '" + row.get("lemma") + "' is not verb or particle|verb");
    }
    String particle = parts.length == 2 ? parts[0] : "";
    String verb = parts[parts.length - 1];
    VerbForms.of(
            particle,
            verb,
            row.get("stem"),
            row.list("present"),
            row.list("past"),
            row.get("participle"))
        .forEach(
            (form, kinds) ->
                byForm
                    .computeIfAbsent(form, f -> new ArrayList<>())
                    .add(new VerbForm(id, particle, Set.copyOf(kinds), roles)));
  }

  /** The verbs this word is a form of (lower case), empty if none. */
  public List<VerbForm> forms(String word) {
    return byForm.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether the table has a verb with this id. */
  public boolean has(String verbId) {
    return ids.contains(verbId);
  }
}
