package nl.kamergraaf.eval;

/** Scores one aspect of one document: compares the gold with the system and tallies the result. */
interface Scorer {

  void score(GoldDocument gold, DocFacts system, Tally tally);
}
