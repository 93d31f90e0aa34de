/**
 * Building a corpus and the store it goes into: reading a folder, extracting its documents in
 * parallel within a budget each, and loading their graphs into a fresh TDB2 database that is
 * swapped in atomically. {@link nl.kamergraaf.build.CorpusBuilder} is the entry point: it streams a
 * corpus as quads, or builds a store incrementally (only documents whose content key changed are
 * extracted again); both run the one {@link nl.kamergraaf.build.ExtractionLoop}.
 *
 * <p>The store's side: {@link nl.kamergraaf.build.Store} builds a database and swaps it in, or
 * opens the one in service; the layout of a store directory, its build lock, the lease a server
 * holds on the database it reads, the texts kept with each database, the cache of extracted N-Quads
 * and the disk space a build needs are classes of their own here. {@code text} is the full-text
 * index built into each database.
 *
 * <p>Everything here is code: what a document's graph says comes from {@code nl.kamergraaf.graph}
 * and the extraction it calls; this package decides only which documents are built, in what order,
 * and where their quads go.
 */
package nl.kamergraaf.build;
