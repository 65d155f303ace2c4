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
 * @param sourceConfidence how sure the pipeline is of who said it, 0..1 (lower for a pronoun or a
 *                         description)
 * @param antecedent       for source words that refer back ("he", "the official", "the prime
 *                         minister", "the statement"), the earlier words they were taken to mean
 * @param via              the channel of relayed speech ("Kan TV News, citing a source …"; "told
 *                         Axios"), when there is one
 */
public record ResolvedAttribution(Attribution attribution, Speaker speaker, List<Entity> about, double sourceConfidence,
        Optional<Span> antecedent, Optional<Speaker> via) {

    /**
     * Who said it. A named speaker has an entity; an unnamed one ("a senior Israeli official") is
     * anonymous, with its descriptor and, when stated, its affiliation. Never guessed: with no
     * words for the source, the speaker is anonymous with no descriptor. An unnamed source the
     * article refers to again ("an unnamed Israeli official" … "the official said") is one speaker:
     * every attribution to it carries the span that {@code introduced} it.
     */
    public record Speaker(Optional<Entity> entity, boolean anonymous, Optional<String> descriptor, Optional<Entity> affiliation,
            Optional<Span> introduced) {
        public Speaker {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(affiliation, "affiliation");
            Objects.requireNonNull(introduced, "introduced");
            if (anonymous == entity.isPresent()) {
                throw new IllegalArgumentException("a speaker is either named (with an entity) or anonymous");
            }
        }

        public static Speaker named(Entity e) {
            return new Speaker(Optional.of(e), false, Optional.empty(), Optional.empty(), Optional.empty());
        }

        public static Speaker unnamed(Optional<String> descriptor, Optional<Entity> affiliation) {
            return new Speaker(Optional.empty(), true, descriptor, affiliation, Optional.empty());
        }

        /** An unnamed source first described by the words at {@code span}. */
        public Speaker introducedAt(Span span) {
            return new Speaker(entity, anonymous, descriptor, affiliation, Optional.of(span));
        }
    }

    public ResolvedAttribution {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(speaker, "speaker");
        about = List.copyOf(about);
        Objects.requireNonNull(antecedent, "antecedent");
        Objects.requireNonNull(via, "via");
    }

    /** An attribution whose source words name their speaker directly, heard directly. */
    public ResolvedAttribution(Attribution attribution, Speaker speaker, List<Entity> about, double sourceConfidence) {
        this(attribution, speaker, about, sourceConfidence, Optional.empty(), Optional.empty());
    }
}
