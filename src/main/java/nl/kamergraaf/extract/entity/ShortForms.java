package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * Short forms of {@code gazetteer/short-forms.tsv}: "de Commissie", "de Unie", "het
 * bondgenootschap" name the Europese Commissie, the EU, the NAVO in a paper that names that entity
 * (or its whole) in full, and nothing in one that does not.
 */
final class ShortForms {
  private record Form(Pattern words, Entity entity, Set<String> whenNamed) {}

  private final List<Form> forms = new ArrayList<>();

  ShortForms(CuratedNames names) {
    for (TsvTable.Row row :
        TsvTable.load("/gazetteer/short-forms.tsv")
            .require("form", "entity", "when-named")
            .rows()) {
      Entity e = byId(names, row.get("entity"), row.where());
      Set<String> when = new HashSet<>();
      for (String id : row.list("when-named")) {
        when.add(byId(names, id, row.where()).id());
      }
      forms.add(
          new Form(
              Pattern.compile(
                  "(?<![\\p{L}\\d-])" + Pattern.quote(row.get("form")) + "(?![\\p{L}\\d-])"),
              e,
              Set.copyOf(when)));
    }
  }

  private static Entity byId(CuratedNames names, String id, String where) {
    String[] parts = id.split("/", 2);
    Entity e = parts.length == 2 ? names.byKey(EntityType.parse(parts[0]), parts[1]) : null;
    if (e == null) {
      throw new ExtractException(where + ": no curated entity '" + id + "'");
    }
    return e;
  }

  /**
   * The short forms in {@code text} outside the mentions already found, for the entities the paper
   * names.
   */
  List<Mention> find(String text, List<Mention> found) {
    Set<String> named = new HashSet<>();
    found.forEach(m -> named.add(m.entity().id()));
    List<Mention> out = new ArrayList<>();
    for (Form f : forms) {
      if (f.whenNamed().stream().noneMatch(named::contains)) {
        continue;
      }
      Matcher m = f.words().matcher(text);
      while (m.find()) {
        Span span = new Span(m.start(), m.end());
        if (found.stream().noneMatch(x -> x.provenance().span().overlaps(span))) {
          out.add(new Mention(f.entity(), new Provenance(span, m.group(), "entity/short-form")));
        }
      }
    }
    return out;
  }
}
