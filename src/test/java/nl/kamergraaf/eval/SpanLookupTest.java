package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/** Spurious items are shown with where they were read, and that place holds the quoted text. */
class SpanLookupTest {
  private static final String DOC = "004_62cc81db4921119a.txt";
  private final SpanLookup lookup = new SpanLookup(DatasetFactory.wrap(BundledCorpus.dataset()));

  @Test
  void aSpuriousEntityPointsIntoTheOriginalFile() throws Exception {
    String where =
        lookup.where(
            new Finding(
                Category.PROGRAMS,
                DOC,
                Finding.Kind.SPURIOUS,
                "PCA <https://w3id.org/kamergraaf/id/program/pca>"));
    Matcher m = Pattern.compile(" @(\\d+)-(\\d+) \u201c(.*)\u201d").matcher(where);
    assertTrue(m.matches(), where);
    String original = Files.readString(Path.of("data/corpus", DOC));
    int start = original.offsetByCodePoints(0, Integer.parseInt(m.group(1)));
    int end = original.offsetByCodePoints(0, Integer.parseInt(m.group(2)));
    assertEquals(m.group(3), original.substring(start, end));
  }

  @Test
  void aSpuriousRelationPointsAtItsSentenceAndMissedItemsHaveNoPlace() {
    String where =
        lookup.where(
            new Finding(Category.RELATIONS, DOC, Finding.Kind.SPURIOUS, "Polen --hosts--> NSATU"));
    // the sentence "Zo draagt Nederland ... (NSATU) in Polen ..." (quotes are cut at 100
    // characters)
    assertTrue(where.contains("\u201cZo draagt Nederland met de inzet van F-35"), where);
    assertEquals(
        "",
        lookup.where(
            new Finding(Category.RELATIONS, DOC, Finding.Kind.MISSED, "Polen --hosts--> NSATU")));
  }
}
