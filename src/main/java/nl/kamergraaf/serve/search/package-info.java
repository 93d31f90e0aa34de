/**
 * Full-text search for people: the words typed in the search box become a {@code text:query} on the
 * served dataset ({@link nl.kamergraaf.serve.search.TextSearch}), narrowed by fractie, kind of
 * paper, date and what was found (paper, question, answer); each hit comes with a snippet whose
 * matching words are marked ({@link nl.kamergraaf.serve.search.Snippet}) and the exact span of the
 * first of them in the document's file. The page itself is {@code serve.pages.SearchPage}.
 */
package nl.kamergraaf.serve.search;
