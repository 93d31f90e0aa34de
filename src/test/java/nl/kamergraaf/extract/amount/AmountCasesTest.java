package nl.kamergraaf.extract.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.extract.FactSink;
import nl.kamergraaf.extract.amount.AmountLexicon.Cue;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every line of {@code amount/cases.tsv} through the whole extractor and checks what the
 * clause reader gave the amount; and that every row of {@code rules/amount-roles.tsv} has a
 * positive and a negative case.
 */
class AmountCasesTest {
  /**
   * Rows that read a role themselves: their + cases must name them as the reading rule, - cases
   * not.
   */
  private static final Set<Cue> READERS =
      EnumSet.of(Cue.LINK_PREP, Cue.SOURCE_PREP, Cue.GIVER_PREP, Cue.AGENT_PREP, Cue.STRUCTURE);

  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  /** One line of cases.tsv; {@code expected} and {@code readBy} null where the file says "-". */
  record Case(
      int line,
      String id,
      boolean positive,
      String text,
      String quote,
      int occurrence,
      String field,
      String expected,
      String readBy) {
    @Override
    public String toString() {
      return "cases.tsv:"
          + line
          + " "
          + id
          + " "
          + (positive ? "+" : "-")
          + " "
          + field
          + " of "
          + quote;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = AmountCasesTest.class.getResourceAsStream("cases.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      boolean header = true;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] c = lines[i].split("\t", -1);
        if (c.length != 7) {
          throw new IllegalStateException(
              "cases.tsv:" + (i + 1) + ": 7 columns expected, found " + c.length);
        }
        if (header) {
          header = false;
          continue;
        }
        String[] quote = c[3].split("#", 2);
        cases.add(
            new Case(
                i + 1,
                c[0],
                c[1].equals("+"),
                c[2],
                quote[0],
                quote.length == 2 ? Integer.parseInt(quote[1]) : 1,
                c[4],
                none(c[5]),
                none(c[6])));
      }
    }
    return cases;
  }

  private static String none(String cell) {
    return cell.equals("-") ? null : cell;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsWhatTheCaseSays(Case c) {
    List<Quantity> found = extract(c.text());
    Quantity q = statement(found, c.quote(), c.occurrence());
    String[] value =
        switch (c.field()) {
          case "program" -> new String[] {id(q.program()), q.readBy().program()};
          case "giver" -> new String[] {id(q.subject()), q.readBy().subject()};
          case "recipient" -> new String[] {id(q.recipient()), q.readBy().recipient()};
          case "restates" -> new String[] {quoteOf(q.restates()), "*"};
          case "part-of" -> new String[] {quoteOf(partOfFact(found, q)), "*"};
          default -> throw new IllegalStateException("unknown field " + c.field());
        };
    assertEquals(c.expected(), value[0], c.field() + " of '" + c.quote() + "' in: " + c.text());
    if (!"*".equals(c.readBy())) {
      assertEquals(c.readBy(), value[1], "the rule that read the " + c.field());
    }
    if (READERS.contains(new AmountLexiconHolder().lexicon.row(c.id()).cue())) {
      if (c.positive()) {
        assertEquals(c.id(), value[1], "a + case of a reading row is read by it");
      } else {
        assertNotEquals(c.id(), value[1], "a - case of a reading row is not read by it");
      }
    }
  }

  @Test
  void everyRowHasAPositiveAndANegativeCase() throws IOException {
    Set<String> missing = new TreeSet<>();
    List<Case> cases = cases();
    for (AmountLexicon.Row row : AmountLexicon.load().all()) {
      for (boolean sign : new boolean[] {true, false}) {
        if (cases.stream().noneMatch(c -> c.id().equals(row.id()) && c.positive() == sign)) {
          missing.add(row.id() + (sign ? " +" : " -"));
        }
      }
    }
    assertEquals(Set.of(), missing, "rows of amount-roles.tsv without a case");
    for (Case c : cases) {
      new AmountLexiconHolder().lexicon.row(c.id()); // an id that is no row fails here
    }
  }

  /** The lexicon loaded once for all cases. */
  private static final class AmountLexiconHolder {
    private static final AmountLexicon SHARED = AmountLexicon.load();
    final AmountLexicon lexicon = SHARED;
  }

  /** The statement of the quote's n-th occurrence in the text. */
  private static Quantity statement(List<Quantity> found, String quote, int occurrence) {
    int seen = 0;
    for (Quantity q : found) {
      if (q.provenance().quote().equals(quote) && ++seen == occurrence) {
        return q;
      }
    }
    return fail(
        "statement "
            + occurrence
            + " of '"
            + quote
            + "' not found; found "
            + found.stream().map(q -> q.provenance().quote()).toList());
  }

  /** The part's total, or for a restated part that of its fact. */
  private static Provenance partOfFact(List<Quantity> found, Quantity q) {
    return q.partOf();
  }

  private static String id(Entity e) {
    return e == null ? null : e.id();
  }

  private static String quoteOf(Provenance p) {
    return p == null ? null : p.quote();
  }

  private static List<Quantity> extract(String text) {
    List<Quantity> out = new ArrayList<>();
    extractor.extract(
        Document.plain("case.txt", text),
        new FactSink() {
          @Override
          public void start(Document doc) {}

          @Override
          public void info(DocumentInfo info) {}

          @Override
          public void mention(Mention mention) {}

          @Override
          public void question(Question question) {}

          @Override
          public void quantity(Quantity quantity) {
            out.add(quantity);
          }

          @Override
          public void relation(Relation relation) {}

          @Override
          public void finish(Document doc) {}
        });
    return out;
  }
}
