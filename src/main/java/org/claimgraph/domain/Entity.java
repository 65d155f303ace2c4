package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real-world actor or place the graph knows about.
 *
 * @param iri      its IRI (the reference IRI when it comes from the gazetteer)
 * @param label    its preferred English name
 * @param types    its types, most specific first; a country is both {@link EntityType#Country} and
 *                 {@link EntityType#State}
 * @param wikidata its Wikidata QID, when verified
 */
public record Entity(String iri, String label, List<EntityType> types, Optional<String> wikidata) {

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
}
