/**
 * Scores the knowledge graph against hand annotations (the gold files).
 *
 * <p>The graph is read only through the contract queries in {@code queries/*.rq} ({@link
 * nl.kamergraaf.eval.ContractQuery}), so the evaluation does not depend on the ontology's shape.
 * {@link nl.kamergraaf.eval.GoldLoader} reads the gold JSON, {@link nl.kamergraaf.eval.Evaluator}
 * compares it with a {@link nl.kamergraaf.eval.SystemFacts} and returns a {@link
 * nl.kamergraaf.eval.Report}: true/false positives and misses per category, micro-averaged over
 * documents, with the missed and spurious items listed.
 */
package nl.kamergraaf.eval;
