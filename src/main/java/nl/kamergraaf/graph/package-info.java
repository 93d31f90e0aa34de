/**
 * The RDF mapping: extracted facts as quads, one named graph per document, and the check that each
 * graph keeps the ontology's shapes. {@link nl.kamergraaf.graph.RdfFactWriter} turns what
 * extraction emits into quads with {@link nl.kamergraaf.graph.Provenances} (document, span, rule)
 * on every fact, under IRIs minted by {@link nl.kamergraaf.graph.Iris}; {@link
 * nl.kamergraaf.graph.ExtractedGraph} is the one call that extracts a document, maps it and
 * validates its graph, for every way of building.
 *
 * <p>What is data: the ontology and shapes ({@code ontology/kamergraaf.ttl}, {@code
 * ontology/shapes.ttl}) and the entity types' classes ({@code ontology/entity-types.tsv}), read
 * from the classpath; {@link nl.kamergraaf.graph.KG} mirrors the ontology's terms and a test keeps
 * the two equal. What is code: how a fact becomes triples, because every fact of a kind is written
 * the same way.
 *
 * <p>Nothing here reads folders or writes stores; building a corpus into a TDB2 store is {@code
 * nl.kamergraaf.build}.
 */
package nl.kamergraaf.graph;
