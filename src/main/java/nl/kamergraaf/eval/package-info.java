/**
 * Scores the knowledge graph against hand annotations (the gold files).
 *
 * <p>The graph is read only through the contract queries in {@code queries/*.rq} ({@link
 * nl.kamergraaf.eval.ContractQuery}), so the evaluation does not depend on the ontology's shape.
 * {@link nl.kamergraaf.eval.GoldLoader} reads the gold JSON, {@link nl.kamergraaf.eval.Evaluator}
 * compares it with a {@link nl.kamergraaf.eval.SystemFacts} and returns a {@link
 * nl.kamergraaf.eval.Report}: true/false positives and misses per category, summed over documents
 * (micro-average), with the missed and spurious items listed.
 *
 * <pre>
 * Report report = new Evaluator(GoldLoader.load(goldDir)).evaluate(DatasetFacts.of(dataset));
 * out.print(report.toText(showErrors));
 * </pre>
 *
 * <p>How items are matched (one to one throughout, see {@code OneToOne}):
 *
 * <ul>
 *   <li>Names compare after {@link nl.kamergraaf.eval.NameFolding} (accents, case, dashes,
 *       apostrophes, spacing, surrounding punctuation). A gold name stands for its entity's label
 *       and aliases; a system label for every name labels.rq gives its entity. Two names match
 *       when these sets share a member. Persons get no extra rule (no surname-only matching):
 *       the gold alias lists decide.
 *   <li>{@code document}: identifier (spaces ignored), kind (folded), date (exact); a value
 *       absent from the gold must be absent from the graph too, and then counts as correct.
 *   <li>{@code questions} (number, fractie) and {@code questions.answered_by} (number, who
 *       answers) are separate categories; {@code question_mentions} is (number, entity).
 *   <li>Entities by type: Person, Fraction, Country, Organization, Program.
 *   <li>{@code amounts} (value, currency) and {@code percentages} (value) as sets per document (a sum stated twice is one fact), values
 *       compared as numbers; {@code relations} (subject, predicate, object), predicate exact.
 * </ul>
 */
package nl.kamergraaf.eval;
