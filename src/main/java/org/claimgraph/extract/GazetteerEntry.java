package org.claimgraph.extract;

import java.util.Objects;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Mention.MatchKind;

/** One surface form of a known entity: its name, an alias, or a demonym ("Israeli" for Israel). */
public record GazetteerEntry(String surface, Entity entity, MatchKind how) {

    public GazetteerEntry {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(how, "how");
        if (surface.isBlank()) {
            throw new IllegalArgumentException("blank surface form for " + entity.iri());
        }
    }
}
