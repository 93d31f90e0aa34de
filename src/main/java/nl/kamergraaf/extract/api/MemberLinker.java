package nl.kamergraaf.extract.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.entity.Names;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.api.ApiFractie;
import nl.kamergraaf.ingest.api.ApiPerson;
import nl.kamergraaf.ingest.api.Membership;
import nl.kamergraaf.ingest.api.People;

/**
 * Links persons named in a paper to the members of the people tables. A name ("Van Dijk", "mevrouw
 * Piri", "I. van Dijk", "Inge van Dijk") is matched on its surname with prefix; the first name or
 * initials written with it, the fractie written in brackets after it ("het lid Van Dijk (CDA)") and
 * the paper's date (the member must have sat then) narrow the candidates, and only a single one
 * left is linked. Other mentions of the same person in the paper follow a linked one. A linked
 * mention keeps its span; its rule becomes {@code member-link/} + the rule that found the name.
 */
public final class MemberLinker {
  private static final Pattern FRACTIE_AFTER = Pattern.compile("\\s*\\(([^()\\n]{1,40})\\)");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+(?:\\p{Lu}\\.?)?");

  private final People people;
  private final ApiEntities entities;
  private final Map<String, List<ApiPerson>> bySurname = new HashMap<>();
  private final Map<String, ApiPerson> byEntity = new HashMap<>();

  public MemberLinker(People people, ApiEntities entities) {
    this.people = people;
    this.entities = entities;
    Set<String> members = new HashSet<>();
    for (Membership m : people.memberships()) {
      if (members.add(m.persoonId())) {
        ApiPerson p = people.person(m.persoonId());
        bySurname.computeIfAbsent(fold(p.surnameWithPrefix()), k -> new ArrayList<>()).add(p);
        Entity e = entities.person(p, null);
        if (e != null) {
          byEntity.put(e.id(), p);
        }
      }
    }
  }

  /** The mentions with members linked, and the members found with their API ids. */
  public record Result(List<Mention> mentions, List<Identified> identified) {}

  public Result link(String text, List<Mention> mentions, LocalDate date) {
    if (bySurname.isEmpty()) {
      return new Result(mentions, List.of());
    }
    List<Mention> out = new ArrayList<>(mentions);
    Map<String, Set<String>> resolved = new HashMap<>(); // local entity id → member ids
    Map<String, ApiPerson> members = new HashMap<>();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      if (m.entity().type() != EntityType.PERSON) {
        continue;
      }
      ApiPerson known = byEntity.get(m.entity().id());
      ApiPerson p = known != null ? known : member(text, m, date);
      if (p == null) {
        open.add(i);
        continue;
      }
      members.put(p.id(), p);
      resolved.computeIfAbsent(m.entity().id(), k -> new HashSet<>()).add(p.id());
      if (known == null) {
        out.set(i, linked(m, p));
      }
    }
    for (int i : open) {
      Mention m = out.get(i);
      Set<String> ids = resolved.get(m.entity().id());
      if (ids != null && ids.size() == 1) {
        out.set(i, linked(m, members.get(ids.iterator().next())));
      }
    }
    List<Identified> identified = new ArrayList<>();
    for (ApiPerson p : members.values()) {
      identified.add(new Identified(entities.person(p, null), "Persoon", p.id()));
    }
    identified.sort(Comparator.comparing(Identified::id));
    return new Result(out, identified);
  }

  private Mention linked(Mention m, ApiPerson p) {
    Provenance was = m.provenance();
    return new Mention(
        entities.person(p, null),
        new Provenance(was.span(), was.quote(), "member-link/" + was.rule()));
  }

  /** The one member the mention can be, or null. */
  private ApiPerson member(String text, Mention m, LocalDate date) {
    String name = Names.normalise(m.provenance().quote());
    String[] words = name.split(" ");
    for (int start = 0; start < words.length; start++) {
      List<ApiPerson> candidates =
          bySurname.get(fold(String.join(" ", List.of(words).subList(start, words.length))));
      if (candidates == null) {
        continue;
      }
      String given = String.join(" ", List.of(words).subList(0, start));
      List<ApiPerson> left = new ArrayList<>();
      String fractie = fractieAfter(text, m.provenance().span().end());
      for (ApiPerson p : candidates) {
        if (matchesGiven(p, given) && sat(p, date, fractie)) {
          left.add(p);
        }
      }
      return left.size() == 1 ? left.get(0) : null;
    }
    return null;
  }

  /** "het lid Van Dijk (CDA)": the fractie in brackets right after the name, or null. */
  private static String fractieAfter(String text, int end) {
    Matcher m = FRACTIE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 48));
    return m.lookingAt() ? m.group(1).strip() : null;
  }

  /** Whether the first name or initials written before the surname fit the person. */
  private static boolean matchesGiven(ApiPerson p, String given) {
    if (given.isEmpty()) {
      return true;
    }
    if (INITIALS.matcher(given).matches()) {
      String written = given.replace(".", "");
      String theirs = p.initials() == null ? "" : p.initials().replace(".", "");
      return theirs.startsWith(written);
    }
    return p.firstName() != null && fold(p.firstName()).equals(fold(given));
  }

  /**
   * Whether the person sat on {@code date} (any time, without one), for {@code fractie} if named.
   */
  private boolean sat(ApiPerson p, LocalDate date, String fractie) {
    for (Membership m : people.memberships()) {
      if (m.persoonId().equals(p.id())
          && (date == null || m.covers(date))
          && (fractie == null || sameFractie(people.fractie(m.fractieId()), fractie))) {
        return true;
      }
    }
    return false;
  }

  private boolean sameFractie(ApiFractie f, String written) {
    String w = fold(written);
    if (w.equals(fold(f.abbreviation())) || w.equals(fold(f.name()))) {
      return true;
    }
    Entity named = entities.curatedFractie(written);
    return named != null && named.id().equals(entities.fractie(f, null).id());
  }

  private static String fold(String s) {
    return s == null ? "" : Names.fold(Names.normalise(s));
  }
}
