package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.claimgraph.domain.ActorProfile;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Token;

/**
 * The reference data's office holders by state: each person with a cg:role and a cg:affiliatedWith
 * state, so that "Pakistan's prime minister" can name the one person who holds that office there.
 * A role the reference data marks as past ("former president") holds no office. The holders are
 * those of the reference data's date (world-leaders.ttl: 31 January 2025), so a holder is named
 * only when exactly one person fits and the article names no other holder ({@link #holderOf}).
 * Immutable and thread-safe.
 */
final class OfficeHolders {

    /** One person and the offices it holds ("prime minister and foreign minister" is two). */
    private record Holder(Entity person, List<String> offices) {
    }

    private static final Set<String> COUNTRY_WORDS = Set.of("country", "nation");
    private static final Set<String> PAST = Set.of("former", "ex", "then", "outgoing", "late", "acting", "interim");

    private final Map<String, List<Holder>> byState;

    private OfficeHolders(Map<String, List<Holder>> byState) {
        this.byState = Map.copyOf(byState);
    }

    /** Indexes every reference person with a role by each state it is affiliated with. */
    static OfficeHolders of(List<Entity> entities, Map<String, ActorProfile> profiles) {
        Map<String, List<Holder>> byState = new HashMap<>();
        for (Entity e : entities) {
            ActorProfile p = profiles.get(e.iri());
            if (!e.is(EntityType.Person) || p == null || p.roles().isEmpty()) {
                continue;
            }
            List<String> offices = new ArrayList<>();
            for (String role : p.roles()) {
                for (String office : role.toLowerCase(Locale.ROOT).split("\\s+and\\s+")) {
                    if (java.util.Arrays.stream(office.split("[\\s-]+")).noneMatch(PAST::contains)) {
                        offices.add(office.strip());
                    }
                }
            }
            if (offices.isEmpty()) {
                continue;
            }
            for (Entity state : p.affiliations()) {
                if (state.is(EntityType.State)) {
                    byState.computeIfAbsent(state.iri(), k -> new ArrayList<>()).add(new Holder(e, List.copyOf(offices)));
                }
            }
        }
        return new OfficeHolders(byState);
    }

    /** Whether a word marks a past or temporary holder: "former", "then", "ex-president", "acting". */
    static boolean pastMarker(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PAST.contains(w) || w.startsWith("ex-");
    }

    /**
     * "Pakistan's prime minister", "the country's premier", when the article named no holder: the one
     * person the reference data lists with the office the role words name for the one state in
     * {@code constraint}. The reference holders may be stale, so none is named when two fit, or the
     * article names another holder of the office.
     */
    Optional<Entity> holderOf(ArticleFacts facts, List<String> roleWords, Set<Entity> constraint, RoleSynonyms roles) {
        List<Entity> states = constraint.stream().filter(e -> e.is(EntityType.State)).toList();
        if (roleWords.isEmpty() || states.size() != 1) {
            return Optional.empty();
        }
        Predicate<String> office = o -> roles.sameOffice(o, roleWords);
        return sole(states.get(0), office).filter(e -> !otherHolderNamed(facts, e, states.get(0), office));
    }

    /**
     * Whether the article names a person other than {@code holder} holding the office for that state
     * (or for no state it says): the reference holder may then be stale or another one meant.
     */
    private static boolean otherHolderNamed(ArticleFacts facts, Entity holder, Entity state, Predicate<String> sameOffice) {
        return facts.mentions().stream().map(m -> m.entity()).anyMatch(e -> e.is(EntityType.Person) && !e.equals(holder)
                && facts.rolesOf(e).stream().anyMatch(sameOffice)
                && (facts.affiliationsOf(e).isEmpty() || facts.affiliationsOf(e).contains(state)));
    }

    /** For "the country's" or "the nation's" (one token or two), the state it stands for; else empty. */
    static Optional<Entity> countryMeant(ArticleFacts facts, List<Token> head, int possessive, int offset) {
        Token t = head.get(possessive);
        Token owner = t.withoutPossessive().isEmpty() ? head.get(Math.max(possessive - 1, 0)) : t;
        return COUNTRY_WORDS.contains(owner.withoutPossessive().toLowerCase(Locale.ROOT)) ? stateNamedBefore(facts, offset) : Optional.empty();
    }

    /**
     * The state "the country" stands for at {@code offset}: the one state the sentence named as an
     * actor before it, or else the one the previous sentence named ("Pakistan said … and the
     * country's prime minister vowed"); empty when none or several.
     */
    private static Optional<Entity> stateNamedBefore(ArticleFacts facts, int offset) {
        int sentence = facts.sentenceAt(offset).map(s -> s.index()).orElse(-1);
        for (int back = 0; back <= 1 && sentence - back >= 0; back++) {
            int at = sentence - back;
            Set<Entity> states = new LinkedHashSet<>();
            facts.mentions().stream().filter(m -> m.sentence() == at && m.span().end() <= offset
                    && m.use() == EntityType.Kind.ACTOR && m.entity().is(EntityType.State)).forEach(m -> states.add(m.entity()));
            if (!states.isEmpty()) {
                return states.size() == 1 ? Optional.of(states.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The one person affiliated with {@code state} holding an office that {@code sameOffice} accepts,
     * or empty when none or several do (a stale and a current holder both listed).
     */
    private Optional<Entity> sole(Entity state, Predicate<String> sameOffice) {
        Set<Entity> fit = new LinkedHashSet<>();
        for (Holder h : byState.getOrDefault(state.iri(), List.of())) {
            if (h.offices().stream().anyMatch(sameOffice)) {
                fit.add(h.person());
            }
        }
        return fit.size() == 1 ? Optional.of(fit.iterator().next()) : Optional.empty();
    }
}
