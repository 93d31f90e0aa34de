/**
 * The Tweede Kamer API's own metadata in extraction: {@link nl.kamergraaf.extract.api.ApiFacts} are
 * what a paper's API record says (its number, kind, date, actors; for an answer to written
 * questions, the question it answers and how long that took), with the API's persons, fracties and
 * committees as entities ({@link nl.kamergraaf.extract.api.ApiEntities}). The API wins over the
 * text where both say something ({@link nl.kamergraaf.extract.api.ApiFacts#overriding}). {@link
 * nl.kamergraaf.extract.api.MemberNames} adds the members of the people tables to the names
 * recognised, and {@link nl.kamergraaf.extract.api.MemberLinker} links a member named in the text
 * ("het lid Van Dijk (CDA)", "mevrouw Piri") to the person who sat then.
 */
package nl.kamergraaf.extract.api;
