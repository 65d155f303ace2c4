package org.claimgraph.extract;

import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.domain.Entity;

/**
 * Who an actor takes a negotiation step for: an office or agency acts for its state ("the Kremlin
 * rejected" is Russia's rejection), but a military stays itself — in a civil war the army is one of
 * the sides ("the Sudanese army welcomed the proposal", "Myanmar's military declared a truce"), and
 * news annotators name it so. A military is known by the head noun of its name, the nouns the
 * gazetteer derives militaries' forms from. Stateless.
 */
public final class ActingFor {

    private static final Pattern MILITARY = Pattern.compile("(?i).*\\b(?:armed forces|defen[cs]e forces|army|military)\\b.*");

    private ActingFor() {
    }

    /** The actor a step by {@code e} is recorded under, given the state each office acts for (by IRI). */
    public static Entity of(Entity e, Map<String, Entity> statesActedFor) {
        return MILITARY.matcher(e.label()).matches() ? e : statesActedFor.getOrDefault(e.iri(), e);
    }
}
