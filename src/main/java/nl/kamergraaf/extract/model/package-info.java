/**
 * The facts extraction passes on, as immutable records: entities and their types, mentions,
 * questions, quantities, relations and a paper's metadata, each fact with its {@link
 * nl.kamergraaf.extract.model.Provenance} (span, exact text, rule). No behaviour beyond validation;
 * the entity types themselves are data ({@code ontology/entity-types.tsv}).
 */
package nl.kamergraaf.extract.model;
