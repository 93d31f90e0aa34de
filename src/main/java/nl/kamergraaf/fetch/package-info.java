/**
 * Fetch: papers and their metadata from the Tweede Kamer open-data API (the gegevensmagazijn's
 * OData v4 service) into a folder that {@code build} reads.
 *
 * <p>{@link nl.kamergraaf.fetch.Fetch} runs one fetch: {@link nl.kamergraaf.fetch.Scope} says which
 * papers (the defence scope of {@code data/fetch/defence-scope.tsv}, or the dossiers and kinds
 * given), {@link nl.kamergraaf.fetch.DocumentQuery} turns that into OData requests, {@link
 * nl.kamergraaf.fetch.ApiClient} sends them one at a time with timeouts and retries, {@link
 * nl.kamergraaf.fetch.ODataPages} follows {@code @odata.nextLink}, and {@link
 * nl.kamergraaf.fetch.PaperFolder} writes each paper and its {@code .json} so that a killed run
 * leaves no half file. {@link nl.kamergraaf.fetch.PeopleFetcher} fetches the members and their
 * fracties over time. Entity sets, properties and URL forms are those documented at
 * opendata.tweedekamer.nl; {@code docs/tweede-kamer-api.md} lists what was relied on.
 */
package nl.kamergraaf.fetch;
