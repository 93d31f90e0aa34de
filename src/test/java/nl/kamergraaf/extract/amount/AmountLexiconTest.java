package nl.kamergraaf.extract.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kamergraaf.extract.ExtractException;
import org.junit.jupiter.api.Test;

/**
 * A broken row of the amount lexicon is an error naming its file and line, when the lexicon loads.
 */
class AmountLexiconTest {
  private static final String DIR = "/nl/kamergraaf/extract/amount/";

  @Test
  void anUnknownCueKindIsNamedWithItsLine() {
    ExtractException e =
        assertThrows(ExtractException.class, () -> AmountLexicon.load(DIR + "unknown-cue.tsv"));
    assertTrue(
        e.getMessage().startsWith(DIR + "unknown-cue.tsv:4: unknown cue 'link-prepp'"),
        e.getMessage());
  }

  @Test
  void anIdUsedTwiceIsRefused() {
    ExtractException e =
        assertThrows(ExtractException.class, () -> AmountLexicon.load(DIR + "duplicate-id.tsv"));
    assertTrue(
        e.getMessage().startsWith(DIR + "duplicate-id.tsv:4: id 'amount/prep'"), e.getMessage());
  }

  @Test
  void anUnknownRoleIsRefused() {
    ExtractException e =
        assertThrows(ExtractException.class, () -> AmountLexicon.load(DIR + "unknown-role.tsv"));
    assertTrue(e.getMessage().contains("unknown role 'programme'"), e.getMessage());
  }

  @Test
  void theBundledLexiconReadsSeparableVerbsAndParticiples() {
    AmountLexicon lexicon = AmountLexicon.load();
    var forms = lexicon.row("amount/verb-beschikbaar-stellen").forms();
    assertTrue(
        forms.stream()
            .anyMatch(f -> f.pair() && f.tokens().equals(List.of("beschikbaar", "stelt"))));
    assertTrue(forms.stream().anyMatch(f -> f.participle() && f.tokens().get(1).equals("gesteld")));
    assertEquals(AmountLexicon.Cue.STRUCTURE, lexicon.row("amount/holder-of").cue());
  }
}
