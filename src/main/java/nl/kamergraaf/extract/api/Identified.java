package nl.kamergraaf.extract.api;

import nl.kamergraaf.extract.model.Entity;

/**
 * An entity that is also an entity of the Tweede Kamer API.
 *
 * @param set the API's entity set, e.g. {@code Persoon}, {@code Fractie}, {@code Commissie}
 * @param id its GUID there
 */
public record Identified(Entity entity, String set, String id) {}
