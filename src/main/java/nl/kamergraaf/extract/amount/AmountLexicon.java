package nl.kamergraaf.extract.amount;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;

/**
 * The words the clause reader reads amounts with, from {@code rules/amount-roles.tsv}: verbs and
 * nouns of giving, prepositions and the roles they introduce, clause boundaries, actors. Every row
 * has a stable id, checked to be unique when the file loads; a cue kind or role the reader does not
 * know is an error naming the file and line.
 */
final class AmountLexicon {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/amount-roles.tsv";

  /** What a row is; see the file's header. */
  enum Cue {
    GIVING_VERB,
    GIVING_NOUN,
    RECEIVING_VERB,
    PASSIVE_AUX,
    VERB,
    LINK_PREP,
    SOURCE_PREP,
    GIVER_PREP,
    AGENT_PREP,
    OTHER_PREP,
    BOUNDARY,
    RELATIVE,
    CONTROL,
    OBJECT_CONTROL,
    GOVERNING_VERB,
    HYPOTHETICAL,
    VOICE_ACTOR,
    ACTOR,
    NOT_ACTOR,
    DEFAULT_ACTOR,
    TOTAL,
    PART,
    DEFINITE,
    STRUCTURE;

    static Cue parse(String written, String where) {
      try {
        return valueOf(written.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new ExtractException(
            where + ": unknown cue '" + written + "'; see the kinds in the file's header");
      }
    }
  }

  /** A role a row can read. */
  enum Role {
    PROGRAM,
    RECIPIENT,
    GIVER
  }

  /**
   * One row: its forms (each a list of tokens; {@code pair} when the two tokens may stand apart in
   * the clause), the roles it reads or the entity it stands for, and its rank.
   */
  record Row(String id, Cue cue, List<Form> forms, Set<Role> roles, String reads, int rank) {}

  /** One way a row is written: consecutive tokens, or two tokens anywhere in a clause. */
  record Form(List<String> tokens, boolean pair, boolean participle) {}

  private final Map<Cue, List<Row>> byCue = new EnumMap<>(Cue.class);
  private final Map<String, Row> byId = new LinkedHashMap<>();

  private AmountLexicon() {}

  /** The bundled lexicon. */
  static AmountLexicon load() {
    return load(RESOURCE);
  }

  /** A lexicon from a classpath resource written like the bundled one. */
  static AmountLexicon load(String resource) {
    AmountLexicon lexicon = new AmountLexicon();
    for (TsvTable.Row row :
        TsvTable.load(resource).require("id", "cue", "words", "reads", "rank").rows()) {
      lexicon.add(row);
    }
    return lexicon;
  }

  private void add(TsvTable.Row row) {
    String id = row.get("id").strip();
    if (!id.startsWith("amount/") || byId.containsKey(id)) {
      throw new ExtractException(
          row.where() + ": id '" + id + "' must start with amount/ and be unique");
    }
    Cue cue = Cue.parse(row.get("cue"), row.where());
    List<Form> forms = new ArrayList<>();
    if (cue != Cue.STRUCTURE && cue != Cue.DEFAULT_ACTOR) {
      for (String written : row.list("words")) {
        forms.add(form(written.strip().toLowerCase(Locale.ROOT), cue));
      }
    }
    String reads = row.get("reads").strip();
    Set<Role> roles = new HashSet<>();
    if (!reads.equals("-") && !reads.contains("/")) {
      for (String role : reads.split("\\|")) {
        try {
          roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new ExtractException(
              row.where() + ": unknown role '" + role + "'; use program, recipient or giver");
        }
      }
    }
    int rank;
    try {
      rank = Integer.parseInt(row.get("rank").strip());
    } catch (NumberFormatException e) {
      throw new ExtractException(
          row.where() + ": rank '" + row.get("rank") + "' is not a whole number");
    }
    Row parsed = new Row(id, cue, List.copyOf(forms), Set.copyOf(roles), reads, rank);
    byId.put(id, parsed);
    byCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(parsed);
  }

  private static Form form(String written, Cue cue) {
    boolean participle = written.startsWith("*");
    String plain = participle ? written.substring(1) : written;
    if (cue == Cue.ACTOR || cue == Cue.NOT_ACTOR) {
      return new Form(List.of(plain), false, false);
    }
    if (plain.contains("+")) {
      String[] parts = plain.split("\\+", 2);
      boolean lastIsParticiple = parts[1].startsWith("*");
      return new Form(
          List.of(parts[0], lastIsParticiple ? parts[1].substring(1) : parts[1]),
          true,
          lastIsParticiple);
    }
    return new Form(List.of(plain.split(" ")), false, participle);
  }

  /** The rows of one kind, in file order. */
  List<Row> rows(Cue cue) {
    return byCue.getOrDefault(cue, List.of());
  }

  /** Every row, in file order. */
  List<Row> all() {
    return List.copyOf(byId.values());
  }

  /** The row with this id; an unknown id is a programming error. */
  Row row(String id) {
    Row row = byId.get(id);
    if (row == null) {
      throw new IllegalStateException("no row " + id + " in " + RESOURCE);
    }
    return row;
  }
}
