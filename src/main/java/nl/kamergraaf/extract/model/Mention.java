package nl.kamergraaf.extract.model;

/** An entity named at a place in a document. */
public record Mention(Entity entity, Provenance provenance) {}
