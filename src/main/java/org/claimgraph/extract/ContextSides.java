package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;

/**
 * The sides of an article's negotiation, for the steps whose sentence does not name them. News names
 * the sides once ("the ceasefire between Israel and Hezbollah") and then writes "the truce took
 * effect", "the deal", "indirect talks between the warring sides": a reader takes the sides from
 * the article. Here they are the actors of the deal the article tells most often with two or more
 * named sides (the first such deal on a tie). A step that belongs to both sides and names fewer
 * than two of them (none, or one of the sides) gets them; a step naming someone else keeps its
 * actors. An article that tells no such deal or talks still has sides: the two parties it names
 * most ({@link #mostNamed}). Stateless.
 */
final class ContextSides {

    /** Kinds whose steps name the article's sides: a deal, its taking effect, its breakdown. */
    private static final Set<Kind> SIDED = Set.of(Kind.AGREEMENT, Kind.IMPLEMENTATION, Kind.COLLAPSE);

    private ContextSides() {
    }

    /**
     * The developments with the article's sides filled in where {@code bothSided} (their trigger
     * spans) marks them as both sides' step and they name fewer than two actors, all of them sides.
     */
    static List<Development> complete(List<Development> found, Set<org.claimgraph.domain.Span> bothSided) {
        return complete(found, bothSided, Optional.empty());
    }

    /** As {@link #complete(List, Set)}, with {@code named} as the sides when no step names two of them. */
    static List<Development> complete(List<Development> found, Set<org.claimgraph.domain.Span> bothSided,
            Optional<List<Entity>> named) {
        Optional<List<Entity>> sides = sides(found).or(() -> named);
        if (sides.isEmpty()) { // no sides known: the steps stay, naming whom their sentence names (talks still held)
            return found;
        }
        List<Development> out = new ArrayList<>();
        for (Development d : found) {
            // a retelling completed so stays: a step told earlier with its sides may be a different step of that kind
            boolean fill = bothSided.contains(d.trigger()) && d.actors().size() < 2 && sides.get().containsAll(d.actors());
            out.add(fill ? new Development(d.sentence(), d.span(), d.trigger(), d.kind(), sides.get(), d.venue(), d.topic(), d.date()) : d);
        }
        return out;
    }

    /**
     * The actors of the deal told most often with two or more sides named; the first on a tie. With
     * no such deal, those of the talks so told ("Russia and Ukraine held talks …; the sides agreed to
     * swap prisoners").
     */
    static Optional<List<Entity>> sides(List<Development> found) {
        return mostTold(found, SIDED).or(() -> mostTold(found, Set.of(Kind.TALKS_HELD)));
    }

    private static Optional<List<Entity>> mostTold(List<Development> found, Set<Kind> kinds) {
        Map<List<String>, Integer> counts = new HashMap<>();
        Map<List<String>, List<Entity>> actors = new HashMap<>();
        Map<List<String>, Integer> first = new HashMap<>();
        for (int k = 0; k < found.size(); k++) {
            Development d = found.get(k);
            if (!kinds.contains(d.kind()) || d.actors().size() < 2) {
                continue;
            }
            List<String> key = d.actors().stream().map(Entity::iri).sorted().toList();
            counts.merge(key, 1, Integer::sum);
            actors.putIfAbsent(key, d.actors());
            first.putIfAbsent(key, k);
        }
        return counts.keySet().stream()
                .max(Comparator.<List<String>>comparingInt(counts::get).thenComparing(key -> -first.get(key)))
                .map(actors::get);
    }

    /** Types that never count as a side: people act for their side, outlets report, international bodies mediate, aid groups help. */
    private static final Set<EntityType> NOT_SIDES = Set.of(EntityType.Person, EntityType.MediaOutlet,
            EntityType.InternationalOrganization, EntityType.AnonymousSource, EntityType.Organization);

    /**
     * The two parties an article names most as actors, each named at least twice (on a tie, the one
     * named first; two names of one party count as one side): "Norland and Vesta have blamed each other for
     * violating the truce … since it began" — a reader knows whose truce took effect
     * though no sentence tells a deal between them. People, outlets, international and other
     * organisations (aid groups) and the article's mediators ({@code mediators}) are not sides; an office counts for the state it acts
     * for ({@code actingFor}). Empty when the article has no two such parties.
     */
    static Optional<List<Entity>> mostNamed(List<Mention> mentions, UnaryOperator<Entity> actingFor, Set<Entity> mediators) {
        Map<Entity, Integer> counts = new HashMap<>();
        Map<Entity, Integer> first = new HashMap<>();
        for (Mention m : mentions) {
            Entity e = m.entity(); // as named: a ministry or an outlet does not add to its state's count
            if (m.use() != EntityType.Kind.ACTOR || NOT_SIDES.stream().anyMatch(e::is)
                    || mediators.contains(e) || mediators.contains(actingFor.apply(e))) {
                continue;
            }
            counts.merge(e, 1, Integer::sum);
            first.putIfAbsent(e, m.span().begin());
        }
        List<Entity> ranked = counts.keySet().stream() // on a tie, the one named first: a headline names the sides
                .sorted(Comparator.<Entity>comparingInt(counts::get).reversed().thenComparing(first::get)).toList();
        List<Entity> sides = new ArrayList<>();
        for (Entity e : ranked) {
            boolean sameParty = sides.stream().anyMatch(x -> actingFor.apply(x).equals(actingFor.apply(e))); // "the Kremlin" is Russia
            if (sides.size() < 2 && counts.get(e) >= 2 && !sameParty) {
                sides.add(e);
            }
        }
        return sides.size() == 2 ? Optional.of(List.copyOf(sides)) : Optional.empty();
    }
}
