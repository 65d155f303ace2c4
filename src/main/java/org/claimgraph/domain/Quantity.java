package org.claimgraph.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A number the article reports, as found in the text: "more than 59,000" people killed.
 *
 * @param sentence  index of its sentence
 * @param span      the number phrase, qualifier included ("more than 59,000", "60-day", "dozens")
 * @param measure   what is counted
 * @param value     the amount; empty when the text is vague ("dozens", "thousands")
 * @param qualifier how exact the amount is, when the text says ("more than", "at least")
 * @param unit      what one unit is: people, trucks, days, points, percent
 * @param place     where, when the sentence names a place
 * @param period    the period the figure covers, as written ("since October 2023"), when the sentence says
 */
public record Quantity(int sentence, Span span, Measure measure, Optional<BigDecimal> value, Optional<Qualifier> qualifier,
        String unit, Optional<Entity> place, Optional<String> period) {

    /** The fixed list of measures (DESIGN.md). */
    public enum Measure {
        DEATHS, INJURED, HOSTAGES, HOSTAGES_ALIVE, HOSTAGES_DEAD, PRISONERS_RELEASED, DETAINEES, AID_TRUCKS, DISPLACED,
        DAYS, PLAN_POINTS, OTHER;

        /** The export code: "deaths", "hostages_alive", ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How exact an amount is. */
    public enum Qualifier {
        MORE_THAN, AT_LEAST, ABOUT, EXACTLY, UP_TO;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(period, "period");
    }
}
