/**
 * The response cache of the server: whole answers kept in memory for the lifetime of the immutable
 * database being served ({@link nl.kamergraaf.serve.cache.ResponseCache}).
 */
package nl.kamergraaf.serve.cache;
