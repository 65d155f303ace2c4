package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real-world actor or place.
 *
 * @param iri       its IRI: the reference IRI when the gazetteer knows it, else minted from its
 *                  normalised name and type
 * @param label     its preferred English name
 * @param types     its types, most specific first; a country is both {@link EntityType#Country}
 *                  and {@link EntityType#State}
 * @param wikidata  its Wikidata QID, when verified
 * @param reference whether it comes from the reference gazetteer (else the article introduced it)
 */
public record Entity(String iri, String label, List<EntityType> types, Optional<String> wikidata, boolean reference) {

    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("entity " + iri + " has no type");
        }
        Objects.requireNonNull(wikidata, "wikidata");
    }

    public boolean isActor() {
        return types.stream().anyMatch(t -> !t.isPlace());
    }

    public boolean isPlace() {
        return types.stream().anyMatch(EntityType::isPlace);
    }

    public boolean is(EntityType type) {
        return types.contains(type);
    }

    /** The kind this entity is when the text does not say otherwise: a person is an actor, a city a place. */
    public EntityType.Kind defaultUse() {
        return types.get(0).kind();
    }
}
