/**
 * The soak: a bounded load test of the server on loopback ({@link
 * nl.kamergraaf.serve.soak.SoakRun}), with the figures it reports ({@link
 * nl.kamergraaf.serve.soak.SoakReport}).
 */
package nl.kamergraaf.serve.soak;
