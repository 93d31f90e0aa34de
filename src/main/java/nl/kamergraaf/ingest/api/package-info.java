/**
 * The Tweede Kamer open-data API's own metadata, as {@code kamergraaf fetch} leaves it beside the
 * papers: {@link nl.kamergraaf.ingest.api.ApiRecord} is the {@code {DocumentNummer}.json} of one
 * paper (the API's {@code Document} entity with its expanded actors, dossiers and zaken), {@link
 * nl.kamergraaf.ingest.api.People} the {@code people/} tables (Persoon, Fractie, FractieZetel,
 * FractieZetelPersoon). Read into immutable records; no NLP, no RDF.
 *
 * <p>Property names are those of the API's entity types (see {@code docs/tweede-kamer-api.md} for
 * the pages they were taken from).
 */
package nl.kamergraaf.ingest.api;
