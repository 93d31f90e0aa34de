/**
 * The limits and protections of the public endpoint: a row cap and a lane for expensive queries
 * ({@link nl.kamergraaf.serve.limits.LimitedQuery}), a request size limit, refused XSLT/JSONP
 * parameters and browser security headers on every response (servlet filters).
 */
package nl.kamergraaf.serve.limits;
