package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Names of programmes and organisations the curated tables lack, found by the word they end in
 * ({@code rules/headed-names.tsv}): "het Tallinn Mechanism", "de Drone Coalition". Two or more
 * capitalised words, the last a head of the table; names already found (curated, defined) win.
 */
final class HeadedNames {
  private static final String RESOURCE = "/nl/kamergraaf/extract/rules/headed-names.tsv";

  /** Capitalised words with lower-case joiners between them, ending in a capitalised word. */
  private static final Pattern RUN =
      Pattern.compile(
          "(?<![\\p{L}\\d-])\\p{Lu}[\\p{L}\\d'’&-]*(?:\\s+(?:(?:of|for|and|the|on|to|van|voor|en|de|het|der|tegen)\\s+)?"
              + "\\p{Lu}[\\p{L}\\d'’&-]*)+");

  /**
   * Words that start a sentence, a phrase or a paper's title ("Kamerbrief Update ..."), not a name.
   */
  private static final Set<String> NOT_FIRST =
      Set.of(
          "de",
          "het",
          "een",
          "dit",
          "deze",
          "die",
          "dat",
          "the",
          "in",
          "op",
          "voor",
          "met",
          "bij",
          "van",
          "aan",
          "als",
          "ook",
          "zo",
          "daarnaast",
          "tevens",
          "zie",
          "kamerbrief",
          "brief",
          "nota",
          "verslag",
          "rapport",
          "update");

  private record Head(EntityType type, String kind) {}

  private final Map<String, Head> heads = new HashMap<>();

  HeadedNames() {
    for (TsvTable.Row row : TsvTable.load(RESOURCE).require("id", "head", "type", "kind").rows()) {
      EntityType type = EntityType.parse(row.get("type"));
      if (type != EntityType.PROGRAM && type != EntityType.ORGANIZATION) {
        throw new ExtractException(
            row.where() + ": a headed name is a Program or an Organization, not " + type);
      }
      heads.put(
          row.get("head").toLowerCase(Locale.ROOT),
          new Head(type, row.get("kind").isEmpty() ? null : row.get("kind")));
    }
  }

  /**
   * Headed names in {@code text} that overlap no mention already found; defined in {@code local}.
   */
  List<Mention> find(String text, List<Mention> found, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      int start = m.start();
      String name = m.group();
      String[] words = name.split("\\s+");
      // drop a leading word that only starts the sentence ("Het Tallinn Mechanism")
      while (words.length > 1 && NOT_FIRST.contains(words[0].toLowerCase(Locale.ROOT))) {
        int skip = name.indexOf(words[1], words[0].length());
        start += skip;
        name = name.substring(skip);
        words = name.split("\\s+");
      }
      Head head = heads.get(words[words.length - 1].toLowerCase(Locale.ROOT));
      Span span = new Span(start, start + name.length());
      if (head == null || words.length < 2 || overlaps(found, span)) {
        continue;
      }
      Entity e = local.find(name, false);
      if (e == null) {
        e = new Entity(head.type(), name, name, Set.of(), head.kind(), Set.of());
        local.define(name, e);
      }
      out.add(new Mention(e, new Provenance(span, name, "entity/headed-name")));
    }
    return out;
  }

  private static boolean overlaps(List<Mention> found, Span span) {
    for (Mention x : found) {
      if (x.provenance().span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
