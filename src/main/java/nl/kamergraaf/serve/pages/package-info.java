/**
 * The linked-data side of the server, on the same Jetty as the SPARQL endpoint: entity IRIs that
 * answer {@code 303 See Other} by content negotiation (Jena's {@code AcceptList}), HTML pages for
 * entities, documents and facts, VoID and DCAT, dumps, the JSON-LD context, graph exports over HTTP
 * and a graph view drawn by Cytoscape.js.
 *
 * <p>{@link nl.kamergraaf.serve.pages.LinkedDataSite} is the entry point. Pages are written by
 * {@code Html}, which escapes every text and attribute value; they carry no inline script or style,
 * so they work under {@code Content-Security-Policy: default-src 'self'}.
 */
package nl.kamergraaf.serve.pages;
