/**
 * Serving the store: one embedded Fuseki answering SPARQL queries, read-only.
 *
 * <p>{@link nl.kamergraaf.serve.KamergraafServer} is the entry point; it takes a dataset from
 * {@code nl.kamergraaf.build.Store#open} and offers query endpoints only, with a time limit on
 * every query and federated {@code SERVICE} calls refused. The limits and browser protections are
 * in {@code serve.limits}, the linked-data pages in {@code serve.pages}, the load test in {@code
 * serve.soak}.
 */
package nl.kamergraaf.serve;
