package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated entities by id, type and key, and name; the roles the persons table gives. */
class CuratedNamesLookupTest {
  private static CuratedNames names;

  @BeforeAll
  static void load() {
    names = new CuratedNames(Gazetteer.load());
  }

  @Test
  void anEntityIsFoundByIdByTypeAndKeyAndByItsNames() {
    Entity navo = names.byId("org/navo");
    assertEquals("org/navo", navo.id());
    assertEquals(navo, names.byKey(EntityType.ORGANIZATION, "navo"));
    assertEquals(navo, names.byName("NAVO"));
    assertEquals("country/nl", names.byName("Nederland").id());
  }

  @Test
  void whatTheTablesDoNotHaveIsNull() {
    assertNull(names.byId("org/no-such-thing"));
    assertNull(names.byKey(EntityType.COUNTRY, "navo"));
    assertNull(names.byName("Nergensland"));
  }

  @Test
  void aCuratedPersonHasTheRoleThePersonsTableGives() {
    Entity person = names.byName("Ruben Brekelmans");
    assertEquals("role/minister-van-defensie", names.curatedRole(person).id());
    assertNull(names.curatedRole(names.byId("org/navo")));
  }
}
