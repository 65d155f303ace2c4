package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribution with its speaker decided and what its claim is about.
 *
 * @param attribution      the attribution as found
 * @param speaker          who said it, as far as the text tells
 * @param about            the actors and places the content names, and the target of an
 *                         accusation
 * @param sourceConfidence how sure the pipeline is of who said it, 0..1 (lower for a pronoun)
 */
public record ResolvedAttribution(Attribution attribution, Speaker speaker, List<Entity> about, double sourceConfidence) {

    /**
     * Who said it. A named speaker has an entity; an unnamed one ("a senior Israeli official") is
     * anonymous, with its descriptor and, when stated, its affiliation. Never guessed: with no
     * words for the source, the speaker is anonymous with no descriptor.
     */
    public record Speaker(Optional<Entity> entity, boolean anonymous, Optional<String> descriptor, Optional<Entity> affiliation) {
        public Speaker {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(affiliation, "affiliation");
            if (anonymous == entity.isPresent()) {
                throw new IllegalArgumentException("a speaker is either named (with an entity) or anonymous");
            }
        }

        public static Speaker named(Entity e) {
            return new Speaker(Optional.of(e), false, Optional.empty(), Optional.empty());
        }

        public static Speaker unnamed(Optional<String> descriptor, Optional<Entity> affiliation) {
            return new Speaker(Optional.empty(), true, descriptor, affiliation);
        }
    }

    public ResolvedAttribution {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(speaker, "speaker");
        about = List.copyOf(about);
    }
}
