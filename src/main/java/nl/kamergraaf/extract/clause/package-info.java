/**
 * The clause structure of Dutch sentences, read without a statistical model: which words are verbs
 * ({@code rules/verbs.tsv}, with the regular inflection computed), which are function words ({@code
 * rules/function-words.tsv}), how a sentence splits into main, subordinate, relative and infinitive
 * clauses by Dutch word order, and where each clause has its subject and objects.
 *
 * <p>What is data: the verb table and the function-word classes. What is code: Dutch spelling rules
 * for verb forms, word order (verb second in main clauses, verb last in subordinate ones, separable
 * particles) and the preposition that governs a name. The relation extractor reads relations from
 * what this package finds; it knows nothing of predicates itself.
 */
package nl.kamergraaf.extract.clause;
