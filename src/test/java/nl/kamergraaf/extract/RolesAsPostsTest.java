package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person holds a role, and a role is a post within an organisation or a state: on excerpts of the
 * bundled papers and their signatures.
 */
class RolesAsPostsTest {
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  @Test
  void aRoleOfOneOrganisationIsItsPostWhetherOrNotTheTextNamesIt() {
    CollectedFacts f =
        extract(
            "Tijdens de lunchbespreking werd in aanwezigheid van NAVO plv. SG van Weel gesproken.");
    assertTrue(
        f.related(
            "person/david-van-weel",
            "holds-role",
            "role/plaatsvervangend-secretaris-generaal-navo"));
    assertTrue(f.related("role/plaatsvervangend-secretaris-generaal-navo", "post-in", "org/navo"));
    assertFalse(
        f.related("person/david-van-weel", "holds-role", "org/navo"),
        "the person holds the role, not NAVO");
  }

  @Test
  void aTitleAnyOrganisationHasBecomesThePostOfTheOneWrittenWithIt() {
    CollectedFacts f =
        extract("Tijdens de lunchbespreking werd in aanwezigheid van VN USG Lacroix gesproken.");
    assertTrue(
        f.related("person/jean-pierre-lacroix", "holds-role", "role/vn-under-secretary-general"));
    assertTrue(f.related("role/vn-under-secretary-general", "post-in", "org/vn"));
  }

  @Test
  void aCountryAdjectiveMakesTheRoleThatStatesPost() {
    CollectedFacts f =
        extract(
            "De bespreking begon met een videoboodschap van de Oekraïense Minister van Defensie Umerov.");
    assertTrue(f.related("person/rustem-umerov", "holds-role", "role/ua-minister-van-defensie"));
    assertTrue(f.related("role/ua-minister-van-defensie", "post-in", "country/ua"));
  }

  @Test
  void aMemberSitsInThePapersChamber() {
    CollectedFacts f = extract("Het lid Piri vroeg naar de steun aan Oekraïne.");
    assertTrue(
        f.related("person/kati-piri", "holds-role", "role/tweede-kamer-kamerlid"),
        f.relations.toString());
    assertTrue(f.related("role/tweede-kamer-kamerlid", "post-in", "org/tweede-kamer"));
  }

  @Test
  void theChairOfTheCommitteeChairsThePapersCommittee() {
    CollectedFacts f = extract(Path.of("data/corpus/001_bba492771d7bbacc.txt"));
    String chair = "role/vaste-commissie-voor-defensie-fungerend-voorzitter-van-de-commissie";
    assertTrue(f.related("person/jan-paternotte", "holds-role", chair), f.relations.toString());
    assertTrue(f.related(chair, "post-in", "org/vaste-commissie-voor-defensie"));
    assertTrue(
        f.related(
            "person/coco-martin",
            "holds-role",
            "role/vaste-commissie-voor-defensie-adjunct-griffier"));
    assertEquals(
        List.of(chair, "role/vaste-commissie-voor-defensie-adjunct-griffier"),
        f.info.signatories().stream().map(s -> s.role().id()).toList(),
        "they sign in those posts");
  }

  @Test
  void everyoneWhoSignsHoldsTheRoleSignedIn() {
    CollectedFacts f = extract(Path.of("data/corpus/000_60dd4be6d4d1a68f.txt"));
    assertTrue(f.related("person/kajsa-ollongren", "holds-role", "role/minister-van-defensie"));
    assertTrue(
        f.related(
            "person/christophe-van-der-maat", "holds-role", "role/staatssecretaris-van-defensie"),
        "the co-signing state secretary too");
    List<DocumentInfo.Signatory> signers = f.info.signatories();
    assertEquals(2, signers.size());
    assertTrue(
        signers.stream().allMatch(s -> s.provenance().rule().equals("metadata/signature-role")));
  }

  private static CollectedFacts extract(String text) {
    return CollectedFacts.of(extractor, Document.plain("excerpt.txt", text));
  }

  private static CollectedFacts extract(Path file) {
    return CollectedFacts.of(
        extractor, new DocumentReader().read(file, file.getFileName().toString()));
  }
}
