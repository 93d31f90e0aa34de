package nl.kamergraaf.extract.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.ingest.api.ApiFractie;
import nl.kamergraaf.ingest.api.ApiPerson;
import nl.kamergraaf.ingest.api.Membership;
import nl.kamergraaf.ingest.api.People;

/**
 * People tables for tests, constructed (ids made up, seat dates approximate): the three Van Dijks
 * who sat since 2008, Kati Piri in the PvdA and then GroenLinks-PvdA.
 */
final class TestPeople {
  static final ApiPerson INGE = new ApiPerson("p-inge", "I.", "Inge", "van", "Dijk");
  static final ApiPerson JASPER = new ApiPerson("p-jasper", "J.J.", "Jasper", "van", "Dijk");
  static final ApiPerson DIEDERIK = new ApiPerson("p-diederik", "D.", "Diederik", "van", "Dijk");
  static final ApiPerson PIRI = new ApiPerson("p-piri", "K.", "Kati", null, "Piri");
  static final ApiFractie CDA =
      new ApiFractie("f-cda", "CDA", "Christen-Democratisch Appèl", null, null);
  static final ApiFractie SP = new ApiFractie("f-sp", "SP", "Socialistische Partij", null, null);
  static final ApiFractie SGP =
      new ApiFractie("f-sgp", "SGP", "Staatkundig Gereformeerde Partij", null, null);
  static final ApiFractie PVDA =
      new ApiFractie("f-pvda", "PvdA", "Partij van de Arbeid", null, null);
  static final ApiFractie GLPVDA =
      new ApiFractie("f-glpvda", "GL-PvdA", "GroenLinks-PvdA", null, null);

  private TestPeople() {}

  static People tables() {
    Map<String, ApiPerson> persons = new LinkedHashMap<>();
    for (ApiPerson p : List.of(INGE, JASPER, DIEDERIK, PIRI)) {
      persons.put(p.id(), p);
    }
    Map<String, ApiFractie> fracties = new LinkedHashMap<>();
    for (ApiFractie f : List.of(CDA, SP, SGP, PVDA, GLPVDA)) {
      fracties.put(f.id(), f);
    }
    List<Membership> seats =
        List.of(
            seat("s1", INGE, CDA, "2021-03-31", null),
            seat("s2", JASPER, SP, "2006-11-30", "2023-12-05"),
            seat("s3", DIEDERIK, SGP, "2023-12-06", null),
            seat("s4", PIRI, PVDA, "2017-03-23", "2023-12-05"),
            seat("s5", PIRI, GLPVDA, "2023-12-06", null));
    return new People(persons, fracties, seats, "test");
  }

  private static Membership seat(String id, ApiPerson p, ApiFractie f, String from, String until) {
    return new Membership(
        id,
        p.id(),
        f.id(),
        "Lid",
        LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until));
  }
}
