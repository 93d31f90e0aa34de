/**
 * The fractie sections, questions and answers of a paper, in every layout papers use (numbered
 * headings, bold questions, running numbers, asking paragraphs). Entry point {@link
 * nl.kamergraaf.extract.structure.StructureExtractor}.
 *
 * <p>What is data: the line patterns of {@code rules/structure.tsv}, each with its id and cases in
 * {@code cases.tsv} beside the tests. What is code: the layouts, because each is a way of reading a
 * whole paper rather than a pattern on one line.
 */
package nl.kamergraaf.extract.structure;
