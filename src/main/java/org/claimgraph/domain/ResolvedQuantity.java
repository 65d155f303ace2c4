package org.claimgraph.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity with who states it and the day it speaks of.
 *
 * @param quantity the quantity as found
 * @param statedBy the speaker of the attribution it sits in, when it sits in one
 * @param asOf     the day the figure refers to: a date the sentence gives, else the publication day
 */
public record ResolvedQuantity(Quantity quantity, Optional<ResolvedAttribution.Speaker> statedBy, Optional<LocalDate> asOf) {

    public ResolvedQuantity {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(statedBy, "statedBy");
        Objects.requireNonNull(asOf, "asOf");
    }
}
