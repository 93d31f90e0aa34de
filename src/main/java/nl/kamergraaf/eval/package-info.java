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
 *       and aliases; a system label for every name labels.rq gives its entity. Two names match when
 *       these sets share a member. Persons get no extra rule (no surname-only matching): the gold
 *       alias lists decide.
 *   <li>{@code document}: identifier (spaces ignored), kind (folded), date (exact); a value absent
 *       from the gold must be absent from the graph too, and then counts as correct.
 *   <li>{@code questions} (number, fractie) and {@code questions.answered_by} (number, who answers)
 *       are separate categories; {@code question_mentions} is (number, entity) for what a question
 *       or its answer names (question-mentions.rq and answer-mentions.rq together); where a gold
 *       file gives {@code question_mentions} and {@code answer_mentions} per question, each query
 *       is scored against its own list, the answer's as {@code answer_mentions}.
 *   <li>Entities by type: Person, Fraction, Country, Organization, Program.
 *   <li>{@code amounts} (value, currency) and {@code percentages} (value) as sets per document (a
 *       sum stated twice is one fact), values compared as numbers; {@code relations} (subject,
 *       predicate, object), predicate exact; a holds-role row reaching an organisation through a
 *       role ({@code ?via}) is one fact with the row of that role.
 *   <li>{@code roles}: (person, role or its organisation) for each gold holds-role relation; the
 *       gold's role, the person's role and affiliation are names of it too.
 * </ul>
 */
package nl.kamergraaf.eval;
