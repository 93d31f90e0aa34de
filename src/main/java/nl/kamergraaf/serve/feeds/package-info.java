/**
 * Atom feeds of what the papers say: per entity (papers, questions and relations naming it), per
 * fractie (its questions and their answers), per saved query and per saved search. An entry's id is
 * the IRI of what it is about, stable across rebuilds, and its date the paper's, so a feed reader
 * or a bot sees what a rebuild added.
 */
package nl.kamergraaf.serve.feeds;
