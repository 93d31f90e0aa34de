/**
 * Full-text search over the papers: a Lucene index (Jena's {@code jena-text}) of every document's
 * text and every question's and answer's, built with each TDB2 database, kept inside it and so
 * swapped with it, and queried in SPARQL with {@code text:query}.
 *
 * <p>{@link nl.kamergraaf.build.text.TextIndexes} says where the index lives and opens a dataset
 * with it; {@link nl.kamergraaf.build.text.TextIndexBuild} writes it; {@link
 * nl.kamergraaf.build.text.DutchTextAnalyzer} decides what matches what.
 */
package nl.kamergraaf.build.text;
