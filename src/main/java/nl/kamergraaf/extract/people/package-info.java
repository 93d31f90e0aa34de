/**
 * Persons and their posts, read from a paper's structure rather than its clauses: who holds which
 * role and where the post is ({@link nl.kamergraaf.extract.people.RoleHolders}), the members who
 * ask written questions ({@link nl.kamergraaf.extract.people.Askers}), the chamber of each fractie
 * ({@link nl.kamergraaf.extract.people.ChamberFractions}), who took part in the meeting a letter
 * reports on ({@link nl.kamergraaf.extract.people.MeetingParticipants}) and who answers ({@link
 * nl.kamergraaf.extract.people.Answerer}).
 *
 * <p>What is data: {@code data/gazetteer/roles.tsv} (posts, their organisation and holders), {@code
 * fractions.tsv}, {@code rules/participation.properties}, {@code answerer.properties}. What is
 * code: W3C ORG's model of a post within an organisation, and where in a paper the signatures, the
 * askers' heading and the meeting are.
 */
package nl.kamergraaf.extract.people;
