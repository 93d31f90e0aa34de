/**
 * Names in a text and the entities they name: the curated names of the gazetteers ({@link
 * nl.kamergraaf.extract.entity.CuratedNames}, looked up by name or id), names a paper defines
 * ("Permanent Structured Cooperation (PESCO)"), fracties and persons found by TokensRegex rules,
 * short forms and headed names, and the relations a name states by its form ({@link
 * nl.kamergraaf.extract.entity.NameRelations}). Entry point {@link
 * nl.kamergraaf.extract.entity.EntityRecognizer}.
 *
 * <p>What is data: the gazetteers ({@code data/gazetteer/*.tsv}, one per entity type as {@code
 * ontology/entity-types.tsv} says), {@code rules/persons.rules}, {@code not-names.txt}, {@code
 * definition-kinds.tsv}, {@code headed-names.tsv}, {@code name-relations.tsv}. What is code:
 * longest match over word pieces, Dutch case folding, acronym definitions and overlap resolution,
 * which every list uses alike.
 */
package nl.kamergraaf.extract.entity;
