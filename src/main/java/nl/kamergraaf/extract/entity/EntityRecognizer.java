package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.nlp.Sentence;
import nl.kamergraaf.extract.rules.RuleFile;
import nl.kamergraaf.ingest.Span;

/**
 * Finds the entities named in one document: curated names (longest match over word pieces), names
 * defined in the text as acronyms, fracties ("de X-fractie", "Groep X"), and persons found by the
 * TokensRegex rules in {@code rules/persons.rules}.
 *
 * <p>Thread-safe after construction; each call keeps its own document-local names.
 */
public final class EntityRecognizer {
  private static final Pattern FRACTIE =
      Pattern.compile("(?<![\\p{L}\\d])(\\p{L}[\\p{L}\\d]*(?:[-/]\\p{L}[\\p{L}\\d]*)*)-fractie");
  private static final Pattern GROEP =
      Pattern.compile(
          "\\b(Groep|Fractie|Lid) (\\p{Lu}[\\p{L}'’]+(?:[ -](?:[Vv]an|de|der|den)?\\s?\\p{Lu}[\\p{L}'’]+)?)");

  private static final Pattern NAME_AFTER_ROLE =
      Pattern.compile(
          "[ ,]{1,2}((?:(?:\\p{Lu}\\.)+ ?)?(?:(?:van|de|der|den|ter|von) )*\\p{Lu}[\\p{L}'’-]+(?: (?:(?:van|de|der|den|ter) )*\\p{Lu}[\\p{L}'’-]+)?)");
  private static final Set<String> NOT_NAMES = loadNotNames();

  private final CuratedNames names;
  private final PatternRules personRules =
      PatternRules.load("/nl/kamergraaf/extract/rules/persons.rules");
  private final DefinitionKinds kinds = new DefinitionKinds();
  private final ShortForms shortForms;
  private final HeadedNames headedNames = new HeadedNames();
  private final GivenNames givenNames = new GivenNames();

  public EntityRecognizer(CuratedNames names) {
    this.names = names;
    this.shortForms = new ShortForms(names);
  }

  /** A recognizer of the names of {@code gazetteer}. */
  public EntityRecognizer(Gazetteer gazetteer) {
    this(new CuratedNames(gazetteer));
  }

  /** The curated names this recognizer finds. */
  public CuratedNames names() {
    return names;
  }

  /**
   * The curated entity with this type and key, or null: {@link CuratedNames#byKey}, for the classes
   * of extract.relation that still ask the recognizer (the others take CuratedNames).
   */
  public Entity lookupId(EntityType type, String key) {
    return names.byKey(type, key);
  }

  /** The mentions in a document, sorted by position, overlaps resolved to the longest. */
  public Result recognise(String text, List<Sentence> sentences) {
    DocumentNames local = new DocumentNames(names.index());
    List<Mention> found = new ArrayList<>();
    definitions(text, local, found);
    fractions(text, local, found);
    for (Sentence s : sentences) {
      persons(text, s, local, found);
    }
    for (Sentence s : sentences) {
      names(text, s, local, found);
    }
    found.addAll(givenNames.find(text, local));
    List<Mention> kept = resolveOverlaps(found);
    kept = resolveOverlaps(concat(kept, namesAfterRoles(text, kept, local)));
    kept = resolveOverlaps(concat(kept, PartsAndWholes.articles(text, kept, local)));
    kept = resolveOverlaps(concat(kept, PartsAndWholes.wholes(text, kept, local)));
    kept = resolveOverlaps(concat(kept, PartsAndWholes.bodiesInRoles(text, kept, local)));
    kept = resolveOverlaps(concat(kept, PartsAndWholes.leadersInNames(text, kept, local)));
    kept = resolveOverlaps(concat(kept, shortForms.find(text, kept)));
    kept = resolveOverlaps(concat(kept, headedNames.find(text, kept, local)));
    return new Result(withSurfaceForms(kept, text), local);
  }

  /** True for a mention found inside a longer one's name ("SEDE" in "SEDE-voorzitter"). */
  public static boolean isNested(Mention m) {
    return PartsAndWholes.isNested(m);
  }

  /** Mentions plus the names this document defined (for later stages). */
  public record Result(List<Mention> mentions, DocumentNames names) {}

  private void definitions(String text, DocumentNames local, List<Mention> out) {
    for (Definitions.Definition d : Definitions.find(text)) {
      Entity byAcronym = local.find(d.acronym(), false);
      Entity byLongForm = local.find(d.longForm(), false);
      Entity known = byAcronym != null ? byAcronym : byLongForm;
      Entity e;
      if (known != null
          && local.isCurated(known)
          && Definitions.nameEndsAt(text, d.longSpan(), known)) {
        continue; // the long form was cut short: the curated name stands there whole
      }
      if (known != null
          && local.isCurated(known)
          && !Definitions.agree(known, byAcronym, byLongForm)) {
        if (!Character.isUpperCase(d.longForm().codePointAt(0))) {
          continue; // "EU (eventueel inclusief het VK)": a gloss, not a name; the gazetteer has it
        }
        // A text never renames what the curated tables define: "Commissie Defensie
        // Aanschaffingen (CDA)" names something of its own, not the CDA fractie. The acronym
        // keeps its curated meaning elsewhere in the text.
        e = Definitions.entityOfItsOwn(d, kinds.classify(d.longForm()));
        local.define(d.longForm(), e);
        out.add(mention(e, d.acronymSpan(), text, "entity/definition-acronym"));
        out.add(mention(e, d.longSpan(), text, "entity/definition-long-form"));
        continue;
      }
      if (known != null && known.type() != EntityType.PERSON) {
        e = known.withAltLabel(d.acronym()).withAltLabel(d.longForm());
      } else if (known == null) {
        DefinitionKinds.Kind k = kinds.classify(d.longForm());
        e =
            new Entity(
                k.type(), d.acronym(), d.acronym(), Set.of(d.longForm()), k.kind(), Set.of());
      } else {
        continue;
      }
      local.define(d.acronym(), e);
      local.define(d.longForm(), e);
      if (e.type() == EntityType.MEETING) {
        // "Defence Ministers Meeting (DMM)": the metadata has the meeting; the names stay
        // defined so that "DMM" is no programme further on
        continue;
      }
      out.add(mention(e, d.acronymSpan(), text, "entity/definition-acronym"));
      out.add(mention(e, d.longSpan(), text, "entity/definition-long-form"));
    }
  }

  private void fractions(String text, DocumentNames local, List<Mention> out) {
    Matcher m = FRACTIE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      Entity e = local.find(name, false);
      if (e == null || e.type() != EntityType.FRACTION) {
        e = new Entity(EntityType.FRACTION, name.toLowerCase(Locale.ROOT), name);
        local.define(name, e);
      }
      out.add(
          mention(
              e.withAltLabel(m.group()),
              new Span(m.start(), m.end()),
              text,
              "entity/fractie-suffix"));
    }
    Matcher g = GROEP.matcher(text);
    while (g.find()) {
      String name = g.group(1) + " " + g.group(2);
      Entity e = local.find(name, false);
      if (e == null) {
        e = new Entity(EntityType.FRACTION, name.toLowerCase(Locale.ROOT), name);
        local.define(name, e);
      }
      if (e.type() == EntityType.FRACTION) {
        out.add(mention(e, new Span(g.start(), g.end()), text, "entity/groep"));
      }
    }
  }

  private void persons(String text, Sentence s, DocumentNames local, List<Mention> out) {
    for (PatternRules.Match m : personRules.match(s.tokens(), s.span().of(text))) {
      String name = m.name().of(text);
      // "de motie Koekkoek/Dassen": a motion of two members names both as its authors
      List<Span> authors = coAuthors(m.name(), text);
      if (authors.size() > 1
          && (m.rule().equals("person/motion") || m.rule().equals("person/amendment"))) {
        for (Span author : authors) {
          Entity e = local.find(author.of(text), false);
          if (e == null || e.type() == EntityType.PERSON) {
            out.add(
                mention(
                    e != null ? e : local.person(author.of(text)),
                    author,
                    text,
                    m.rule() + "/co-author"));
          }
        }
      } else {
        Entity e = local.find(name, false);
        if (e != null && e.type() != EntityType.PERSON) {
          continue;
        }
        if (e == null) {
          e = local.person(name);
        }
        out.add(mention(e, m.name(), text, "person/" + m.rule().replaceFirst("^person/", "")));
      }
      if (m.rule().equals("person/motion") && local.find(m.whole().of(text), false) == null) {
        // "de motie Diederik van Dijk" names a motion as well as its author
        String label = "motie " + name;
        Entity motion =
            new Entity(
                EntityType.PROGRAM,
                label.toLowerCase(Locale.ROOT),
                label,
                Set.of(),
                "motion",
                Set.of());
        local.define(label, motion);
        out.add(mention(motion, m.whole(), text, "entity/motion"));
      }
    }
  }

  /** The parts of "Koekkoek/Dassen" (one part when there is no slash). */
  private static List<Span> coAuthors(Span name, String text) {
    List<Span> parts = new ArrayList<>();
    int start = name.start();
    for (int i = name.start(); i <= name.end(); i++) {
      if (i == name.end() || text.charAt(i) == '/') {
        if (i > start) {
          parts.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  private void names(String text, Sentence s, DocumentNames local, List<Mention> out) {
    List<Span> pieces = WordPieces.of(s.tokens());
    int window = local.maxWords();
    for (int i = 0; i < pieces.size(); i++) {
      if (!local.mayStartWith(pieces.get(i).of(text))) {
        continue;
      }
      for (int j = Math.min(pieces.size() - 1, i + window); j >= i; j--) {
        Span span = new Span(pieces.get(i).start(), pieces.get(j).end());
        Entity e = local.find(span.of(text), i == 0);
        if (e != null && e.type() != EntityType.MEETING) {
          out.add(
              mention(
                  e, span, text, local.isCurated(e) ? "entity/gazetteer" : "entity/defined-name"));
          i = j;
          break;
        }
      }
    }
  }

  /**
   * "de Oekraïense Minister van Defensie Umerov", "VN USG Lacroix": a capitalised name right after
   * a role title names a person.
   */
  private List<Mention> namesAfterRoles(String text, List<Mention> kept, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : kept) {
      if (m.entity().type() != EntityType.ROLE) {
        continue;
      }
      int from = m.provenance().span().end();
      Matcher after =
          NAME_AFTER_ROLE.matcher(text).region(from, Math.min(text.length(), from + 80));
      if (after.lookingAt() && !NOT_NAMES.contains(after.group(1).split(" ")[0])) {
        String name = after.group(1);
        Entity known = local.find(name, false);
        if ((known == null || known.type() == EntityType.PERSON)
            && !namesSomethingElse(name, local)) {
          Entity e = known != null ? known : local.person(name);
          out.add(mention(e, new Span(after.start(1), after.end(1)), text, "person/after-role"));
        }
      }
    }
    return out;
  }

  /**
   * "lid van de NAVO": what follows a role word is no surname when, without its particles, it is an
   * acronym or a name the curated tables give to something that is not a person.
   */
  private static boolean namesSomethingElse(String name, DocumentNames local) {
    String core = name.replaceFirst("^(?:(?:van|de|der|den|ter|von) )+", "");
    if (core.equals(name)) {
      return false;
    }
    if (core.length() >= 2 && core.equals(core.toUpperCase(Locale.ROOT))) {
      return true;
    }
    Entity known = local.find(core, false);
    return known != null && known.type() != EntityType.PERSON;
  }

  private static List<Mention> concat(List<Mention> a, List<Mention> b) {
    List<Mention> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> loadNotNames() {
    return RuleFile.rules("not-names.txt").lines().stream()
        .map(RuleFile.Line::stripped)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Keeps the longest of overlapping mentions (the earliest on a tie); a person inside a motion's
   * name ("de motie Diederik van Dijk") and a treaty inside its article's name are kept as well.
   *
   * <p>In O(n log n): mentions come longest first, so a kept one that overlaps the next holds its
   * first or its last character. The kept mentions no other kept one contains never overlap each
   * other and are found by position; the few kept inside one of them are checked with it. The first
   * version compared each mention with every kept one, and a single-line text of 400 KB spent
   * minutes here.
   */
  static List<Mention> resolveOverlaps(List<Mention> found) {
    List<Mention> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Mention m) -> -m.provenance().span().length())
            .thenComparingInt(m -> m.provenance().span().start()));
    TreeMap<Integer, List<Mention>> outermost = new TreeMap<>();
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      Span span = m.provenance().span();
      List<Mention> atFirst = keptAround(outermost, span.start());
      List<Mention> atLast = keptAround(outermost, Math.max(span.start(), span.end() - 1));
      if (atFirst == null && atLast == null) {
        List<Mention> group = new ArrayList<>();
        group.add(m);
        outermost.put(span.start(), group);
        kept.add(m);
      } else if (atFirst == atLast && !clashes(atFirst, m)) {
        atFirst.add(m); // inside its group's outermost mention, which allows it
        kept.add(m);
      }
      // else it clashes, or it spans two groups and so cannot lie inside both
    }
    kept.sort(Comparator.comparing(m -> m.provenance().span()));
    return kept;
  }

  /** The group (outermost mention first) whose outermost mention holds {@code position}. */
  private static List<Mention> keptAround(TreeMap<Integer, List<Mention>> outermost, int position) {
    Map.Entry<Integer, List<Mention>> before = outermost.floorEntry(position);
    if (before == null) {
      return null;
    }
    return before.getValue().get(0).provenance().span().end() > position ? before.getValue() : null;
  }

  private static boolean clashes(List<Mention> group, Mention m) {
    for (Mention k : group) {
      if (k.provenance().span().overlaps(m.provenance().span())
          && !namesItsAuthor(k, m)
          && !PartsAndWholes.namesItsWhole(k, m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesItsAuthor(Mention outer, Mention inner) {
    return "motion".equals(outer.entity().kind())
        && inner.entity().type() == EntityType.PERSON
        && outer.provenance().span().contains(inner.provenance().span());
  }

  /** Every surface form an entity is written with in this document becomes one of its names. */
  private static List<Mention> withSurfaceForms(List<Mention> mentions, String text) {
    Map<String, Entity> merged = new HashMap<>();
    for (Mention m : mentions) {
      String form = Names.normalise(m.provenance().quote());
      merged.merge(m.entity().id(), m.entity().withAltLabel(form), EntityRecognizer::union);
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      out.add(new Mention(merged.get(m.entity().id()), m.provenance()));
    }
    return out;
  }

  /** One entity from two versions of it: the longer label wins, every other name is kept. */
  private static Entity union(Entity a, Entity b) {
    Entity longer = b.label().length() > a.label().length() ? b : a;
    Entity shorter = longer == a ? b : a;
    Entity r = longer.withAltLabel(shorter.label());
    for (String alt : shorter.altLabels()) {
      r = r.withAltLabel(alt);
    }
    return r;
  }

  private static Mention mention(Entity e, Span span, String text, String rule) {
    return new Mention(e, new Provenance(span, span.of(text), rule));
  }
}
