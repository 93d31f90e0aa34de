package nl.kamergraaf.eval;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hand annotation of one source document, as described in {@code gold/SCHEMA.md}.
 *
 * <p>Only the fields the evaluation scores are modelled; every other field in the JSON (evidence,
 * roles, meetings, …) is ignored. Absent lists read as empty lists.
 *
 * @param doc the source file name, equal to the contract queries' {@code ?source}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(
    String doc,
    Header document,
    List<Entity> persons,
    List<Entity> fractions,
    List<Question> questions,
    List<Entity> programs,
    List<Entity> organizations,
    List<Entity> countries,
    List<Amount> amounts,
    List<Percentage> percentages,
    List<Relation> relations) {

  public GoldDocument {
    document = document == null ? new Header(null, null, null) : document;
    persons = listOf(persons);
    fractions = listOf(fractions);
    questions = listOf(questions);
    programs = listOf(programs);
    organizations = listOf(organizations);
    countries = listOf(countries);
    amounts = listOf(amounts);
    percentages = listOf(percentages);
    relations = listOf(relations);
  }

  /** Every named entity of the document, persons first, in file order. */
  public List<Entity> allEntities() {
    return Stream.of(persons, fractions, countries, organizations, programs)
        .flatMap(List::stream)
        .toList();
  }

  /**
   * The entities of one list of the annotation by its name in the JSON ({@code persons}, {@code
   * fractions}, {@code countries}, {@code organizations}, {@code programs}), as the entity types'
   * table names them in its {@code gold} column.
   */
  public List<Entity> entities(String list) {
    return switch (list) {
      case "persons" -> persons;
      case "fractions" -> fractions;
      case "countries" -> countries;
      case "organizations" -> organizations;
      case "programs" -> programs;
      default ->
          throw new EvalException(
              "the gold annotations have no entity list '"
                  + list
                  + "' (gold/SCHEMA.md); fix the gold column of ontology/entity-types.tsv");
    };
  }

  private static <T> List<T> listOf(List<T> items) {
    return items == null ? List.of() : List.copyOf(items);
  }

  /** The document's own metadata; each field null when the document does not print it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Header(String identifier, String kind, String date) {}

  /**
   * A named entity: persons carry {@code name} in the JSON, all others {@code label}; persons may
   * carry the {@code role} they hold and the {@code affiliation} it is held in.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entity(
      @JsonAlias("name") String label, List<String> aliases, String role, String affiliation) {
    public Entity {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Entity(String label, List<String> aliases) {
      this(label, aliases, null, null);
    }

    /** The label followed by the aliases. */
    public List<String> names() {
      List<String> names = new ArrayList<>();
      names.add(label);
      names.addAll(aliases);
      return names;
    }
  }

  /**
   * A numbered question: who asked it, who answers it, what it and its answer mention ({@code
   * mentions}), and, where the gold tells them apart, what the question itself names ({@code
   * question_mentions}) and what its answer names ({@code answer_mentions}); these two are null
   * when the gold does not give them.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Question(
      int number,
      String fraction,
      @JsonProperty("answered_by") String answeredBy,
      List<String> mentions,
      @JsonProperty("question_mentions") List<String> questionMentions,
      @JsonProperty("answer_mentions") List<String> answerMentions) {
    public Question {
      mentions = mentions == null ? List.of() : List.copyOf(mentions);
      questionMentions = questionMentions == null ? null : List.copyOf(questionMentions);
      answerMentions = answerMentions == null ? null : List.copyOf(answerMentions);
    }

    public Question(int number, String fraction, String answeredBy, List<String> mentions) {
      this(number, fraction, answeredBy, mentions, null, null);
    }
  }

  /** A sum of money; {@code value} in plain units, {@code currency} ISO 4217. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Amount(
      String text,
      BigDecimal value,
      String currency,
      String subject,
      String program,
      String period) {}

  /** A percentage; {@code value} 1.95 for 1,95%. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Percentage(
      String text, BigDecimal value, String of, String subject, Integer year) {}

  /**
   * A relation between two labels with a predicate from the schema's closed list; a holds-role
   * relation whose object is an organisation may name the {@code role} held there.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Relation(String subject, String predicate, String object, String role) {
    public Relation(String subject, String predicate, String object) {
      this(subject, predicate, object, null);
    }
  }
}
