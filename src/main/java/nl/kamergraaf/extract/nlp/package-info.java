/**
 * Tokens and sentences of Dutch text with CoreNLP's rule-based tokenizer and sentence splitter,
 * shared by every extractor; no statistical model is loaded.
 */
package nl.kamergraaf.extract.nlp;
