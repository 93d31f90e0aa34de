/**
 * Extraction: from one {@link nl.kamergraaf.ingest.Document} to the facts it states, emitted to a
 * {@link nl.kamergraaf.extract.FactSink}. {@link nl.kamergraaf.extract.DocumentExtractor} only runs
 * the annotators of {@link nl.kamergraaf.extract.Annotators} in order, each a thin step over one
 * sub-package, and hands what they found to the sink.
 *
 * <p>What is data: every word list, rule, cue and curated name, in commented files under {@code
 * src/main/resources/nl/kamergraaf/extract/rules/} and {@code data/gazetteer/}, each row with a
 * stable id, read through {@link nl.kamergraaf.extract.rules.RuleFile}; and the entity types
 * ({@code ontology/entity-types.tsv}). What is code: the mechanisms those files drive (name
 * matching, Dutch clause structure, how an amount ties to its clause), because they are the same
 * for every paper and every rule.
 *
 * <p>The sub-packages, in the order they run: {@code nlp} (tokens and sentences, CoreNLP's
 * tokenizer only), {@code entity} (names: curated, defined, found by rules), {@code metadata} (what
 * a paper says of itself), {@code api} (the Tweede Kamer's record of it), {@code people} (posts,
 * askers, chambers, meeting participants), {@code structure} (questions and answers), {@code
 * clause} and {@code relation} (relations read from clauses), {@code quantity} and {@code amount}
 * (amounts, percentages and what they are for); {@code model} holds the facts they pass on, {@code
 * rules} the one loader of the data files.
 */
package nl.kamergraaf.extract;
