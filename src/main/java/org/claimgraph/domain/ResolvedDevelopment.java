package org.claimgraph.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A development attached to the negotiation process it belongs to.
 *
 * @param development  the development as found
 * @param actors       who did it, resolved
 * @param negotiation  the process: its IRI and label, the same in every article about it
 * @param date         when it happened: the sentence's date, else the publication day
 * @param dateInferred whether {@code date} is the publication day rather than a date the text gives
 */
public record ResolvedDevelopment(Development development, List<Entity> actors, NegotiationRef negotiation,
        Optional<LocalDate> date, boolean dateInferred) {

    /** A negotiation process: minted from its topic, theatre and year, so articles meet on it. */
    public record NegotiationRef(String iri, String label) {
        public NegotiationRef {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(label, "label");
        }
    }

    public ResolvedDevelopment {
        Objects.requireNonNull(development, "development");
        actors = List.copyOf(actors);
        Objects.requireNonNull(negotiation, "negotiation");
        Objects.requireNonNull(date, "date");
    }
}
