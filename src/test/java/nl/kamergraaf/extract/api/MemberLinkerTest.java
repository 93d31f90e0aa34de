package nl.kamergraaf.extract.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;
import org.junit.jupiter.api.Test;

/**
 * A member named in the text is linked to the person who sat then: by surname, first name or
 * initials, the fractie in brackets after the name and the paper's date; a name that could be more
 * than one member stays as it was.
 */
class MemberLinkerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private final MemberLinker linker =
      new MemberLinker(TestPeople.tables(), new ApiEntities(GAZETTEER, TestPeople.tables()));

  /** The entity keys the persons named in {@code text} (each written as [name]) are linked to. */
  private List<String> link(String text, String date) {
    List<Mention> mentions = new ArrayList<>();
    Matcher m = Pattern.compile("\\[([^]]+)]").matcher(text);
    StringBuilder plain = new StringBuilder();
    int last = 0;
    while (m.find()) {
      plain.append(text, last, m.start());
      int start = plain.length();
      plain.append(m.group(1));
      String surname = m.group(1).replaceAll("^.*?((?:[Vv]an |[Dd]e )?\\S+)$", "$1");
      Entity local =
          new Entity(EntityType.PERSON, surname.toLowerCase().replace(' ', '-'), m.group(1));
      mentions.add(
          new Mention(
              local, new Provenance(new Span(start, plain.length()), m.group(1), "person/member")));
      last = m.end();
    }
    plain.append(text.substring(last));
    MemberLinker.Result r =
        linker.link(plain.toString(), mentions, date == null ? null : LocalDate.parse(date));
    return r.mentions().stream()
        .map(
            x ->
                x.entity().key()
                    + (x.provenance().rule().startsWith("member-link/") ? "" : " (unlinked)"))
        .toList();
  }

  @Test
  void theFractieInBracketsTellsTheVanDijksApart() {
    assertEquals(List.of("inge-van-dijk"), link("het lid [Van Dijk] (CDA)", "2025-02-03"));
    assertEquals(List.of("diederik-van-dijk"), link("het lid [Van Dijk] (SGP)", "2025-02-03"));
    assertEquals(List.of("jasper-van-dijk"), link("het lid [Van Dijk] (SP)", "2019-05-01"));
  }

  @Test
  void theDateLeavesOnlyThoseWhoSatThen() {
    assertEquals(
        List.of("jasper-van-dijk"),
        link("het lid [Van Dijk]", "2019-05-01"),
        "only Jasper sat in 2019");
    assertEquals(
        List.of("van-dijk (unlinked)"),
        link("het lid [Van Dijk]", "2025-02-03"),
        "Inge and Diederik both sat");
    assertEquals(
        List.of("van-dijk (unlinked)"),
        link("het lid [Van Dijk] (CDA)", "2015-06-01"),
        "no CDA Van Dijk sat in 2015");
  }

  @Test
  void initialsAndFirstNamesNarrowTheSurname() {
    assertEquals(List.of("diederik-van-dijk"), link("de heer [D. van Dijk]", "2025-02-03"));
    assertEquals(List.of("inge-van-dijk"), link("mevrouw [Inge van Dijk]", "2025-02-03"));
  }

  @Test
  void laterMentionsFollowTheOneTheFractieResolved() {
    assertEquals(
        List.of("inge-van-dijk", "inge-van-dijk"),
        link("het lid [Van Dijk] (CDA) vraagt ... Voorts vraagt [Van Dijk] of", "2025-02-03"));
  }

  @Test
  void twoMembersOfOneSurnameInOnePaperLeaveTheUnqualifiedOneAlone() {
    assertEquals(
        List.of("inge-van-dijk", "diederik-van-dijk", "van-dijk (unlinked)"),
        link("de leden [Van Dijk] (CDA) en [Van Dijk] (SGP) ... [Van Dijk] zegt", "2025-02-03"));
  }

  @Test
  void aCuratedPersonKeepsItsEntityAndGetsItsPersoonId() {
    Entity piri =
        GAZETTEER.entries().stream()
            .map(Gazetteer.Entry::entity)
            .filter(e -> e.key().equals("kati-piri"))
            .findFirst()
            .orElseThrow();
    Mention m = new Mention(piri, new Provenance(new Span(8, 12), "Piri", "person/honorific"));
    MemberLinker.Result r = linker.link("mevrouw Piri", List.of(m), LocalDate.of(2025, 2, 3));
    assertEquals(List.of(m), r.mentions());
    assertEquals(
        List.of("person/kati-piri Persoon p-piri"),
        r.identified().stream().map(i -> i.entity().id() + " " + i.set() + " " + i.id()).toList());
  }
}
