package nl.kamergraaf.ingest.api;

/** A {@code Commissie} of the API: {@code Afkorting} and {@code NaamNL}. */
public record ApiCommittee(String id, String abbreviation, String name) {}
