/**
 * Relations between entities as the text states them, each with its modality and the rule that read
 * it. Verbs ({@code rules/predicates.tsv}), nouns ({@code rules/nominal-predicates.tsv}) and
 * phrases ({@code rules/phrase-relations.tsv}) that state relations are data, every row with a
 * stable id, its predicate checked against the ontology when it loads and its cases in {@code
 * relation/cases.tsv}; reading them from the clause (subjects, objects, passives, participles,
 * "samen met", "namens", pronouns, modality) is code.
 */
package nl.kamergraaf.extract.relation;
