package org.claimgraph.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated step of a negotiation the article reports: talks held, a proposal, a withdrawal, …
 *
 * @param sentence index of its sentence
 * @param span     the words that state it (the trigger and its clause)
 * @param trigger  the trigger word's span ("recalled", "rejected")
 * @param kind     what happened
 * @param actors   who did it
 * @param venue    where the talks are, when the sentence says
 * @param topic    what the negotiation is about
 * @param date     when it happened, when the text lets us say
 */
public record Development(int sentence, Span span, Span trigger, Kind kind, List<Entity> actors, Optional<Entity> venue,
        Topic topic, Optional<TimeExpression> date) {

    /** Kinds of development (DESIGN.md). */
    public enum Kind {
        TALKS_HELD, PROPOSAL, RESPONSE, ACCEPTANCE, REJECTION, WITHDRAWAL, PAUSE, RESUMPTION, AGREEMENT,
        IMPLEMENTATION, COLLAPSE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a negotiation is about. */
    public enum Topic {
        CEASEFIRE, HOSTAGE_PRISONER_EXCHANGE, AID, POST_WAR_GOVERNANCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Development {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(kind, "kind");
        actors = List.copyOf(actors);
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(date, "date");
    }
}
