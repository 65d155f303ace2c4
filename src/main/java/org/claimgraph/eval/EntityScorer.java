package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.eval.EntityGold.GoldEntity;

/**
 * Scores the actors or locations of one {@code extract} record against gold, by canonical entity:
 * a system entity and a gold entity are the same when their Wikidata QIDs agree, when the gold
 * name is the system label or one of its aliases, or when they share a surface form in this
 * article. Pairs are made one to one, in gold order.
 */
public final class EntityScorer {

    /** What one comparison found, for the report. */
    public record Comparison(EntityScore score, List<String> missed, List<String> spurious, List<String> wrongQid) {
    }

    private EntityScorer() {
    }

    /** Actors and places scored together: counts per kind, and what was missed or spurious. */
    public record Both(Comparison actors, Comparison places) {
    }

    /**
     * Scores an article's actors and places as one pool of entities, so an entity the article uses
     * both as actor and as place ("Qatar said", "talks in Qatar"), which the export lists under both,
     * is one entity: gold lists it once. Gold actors are matched first, then gold places; a system
     * entity counts under the kind of the gold it matched, or, unmatched, under the first list it
     * stands in.
     */
    public static Both compare(List<GoldEntity> goldActors, List<GoldEntity> goldPlaces, JsonNode systemActors, JsonNode systemPlaces) {
        List<JsonNode> pooled = new ArrayList<>();
        List<Boolean> isActor = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode list : List.of(systemActors, systemPlaces)) {
            for (JsonNode e : list) {
                if (seen.add(e.path("iri").asText(e.path("label").asText()))) {
                    pooled.add(e);
                    isActor.add(list == systemActors);
                } else {
                    // the same entity under both lists: its place mentions join its actor mentions
                    JsonNode first = pooled.stream().filter(p -> p.path("iri").asText().equals(e.path("iri").asText())).findFirst().orElseThrow();
                    if (first.path("mentions").isArray() && e.path("mentions").isArray()) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) first.get("mentions")).addAll((com.fasterxml.jackson.databind.node.ArrayNode) e.get("mentions"));
                    }
                }
            }
        }
        Set<Integer> used = new HashSet<>();
        Comparison actors = match(goldActors, pooled, used);
        Set<Integer> usedByActors = new HashSet<>(used);
        Comparison places = match(goldPlaces, pooled, used);
        List<String> spuriousActors = new ArrayList<>();
        List<String> spuriousPlaces = new ArrayList<>();
        int systemActorCount = usedByActors.size();
        int systemPlaceCount = used.size() - usedByActors.size();
        for (int i = 0; i < pooled.size(); i++) {
            if (!used.contains(i)) {
                (isActor.get(i) ? spuriousActors : spuriousPlaces).add(pooled.get(i).path("label").asText());
                if (isActor.get(i)) {
                    systemActorCount++;
                } else {
                    systemPlaceCount++;
                }
            }
        }
        return new Both(withSystem(actors, systemActorCount, spuriousActors), withSystem(places, systemPlaceCount, spuriousPlaces));
    }

    private static Comparison withSystem(Comparison c, int system, List<String> spurious) {
        EntityScore s = c.score();
        return new Comparison(new EntityScore(s.gold(), system, s.matched(), s.goldWithQid(), s.qidCorrect()), c.missed(), spurious,
                c.wrongQid());
    }

    /** Gold entities matched one to one against system entities not yet {@code used}, in gold order. */
    private static Comparison match(List<GoldEntity> gold, List<JsonNode> system, Set<Integer> used) {
        List<String> missed = new ArrayList<>();
        List<String> wrongQid = new ArrayList<>();
        int matched = 0;
        int withQid = 0;
        int qidCorrect = 0;
        for (GoldEntity g : gold) {
            Optional<Integer> match = Optional.empty();
            for (int i = 0; i < system.size() && match.isEmpty(); i++) {
                if (!used.contains(i) && same(g, system.get(i))) {
                    match = Optional.of(i);
                }
            }
            if (match.isEmpty()) {
                missed.add(g.name());
                continue;
            }
            used.add(match.get());
            matched++;
            if (g.wikidata().isPresent()) {
                withQid++;
                String qid = system.get(match.get()).path("wikidata").asText("");
                if (qid.equals(g.wikidata().get())) {
                    qidCorrect++;
                } else {
                    wrongQid.add(g.name() + " (" + g.wikidata().get() + " vs " + (qid.isEmpty() ? "none" : qid) + ")");
                }
            }
        }
        return new Comparison(new EntityScore(gold.size(), 0, matched, withQid, qidCorrect), missed, List.of(), wrongQid);
    }

    public static Comparison compare(List<GoldEntity> gold, JsonNode systemEntities) {
        List<JsonNode> system = new ArrayList<>();
        systemEntities.forEach(system::add);
        Set<Integer> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        List<String> wrongQid = new ArrayList<>();
        int matched = 0;
        int withQid = 0;
        int qidCorrect = 0;
        for (GoldEntity g : gold) {
            Optional<Integer> match = Optional.empty();
            for (int i = 0; i < system.size() && match.isEmpty(); i++) {
                if (!used.contains(i) && same(g, system.get(i))) {
                    match = Optional.of(i);
                }
            }
            if (match.isEmpty()) {
                missed.add(g.name());
                continue;
            }
            used.add(match.get());
            matched++;
            if (g.wikidata().isPresent()) {
                withQid++;
                String qid = system.get(match.get()).path("wikidata").asText("");
                if (qid.equals(g.wikidata().get())) {
                    qidCorrect++;
                } else {
                    wrongQid.add(g.name() + " (" + g.wikidata().get() + " vs " + (qid.isEmpty() ? "none" : qid) + ")");
                }
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (!used.contains(i)) {
                spurious.add(system.get(i).path("label").asText());
            }
        }
        return new Comparison(new EntityScore(gold.size(), system.size(), matched, withQid, qidCorrect), missed, spurious, wrongQid);
    }

    static boolean same(GoldEntity g, JsonNode s) {
        String qid = s.path("wikidata").asText("");
        if (g.wikidata().isPresent() && g.wikidata().get().equals(qid)) {
            return true;
        }
        Set<String> names = new HashSet<>();
        names.add(norm(s.path("label").asText()));
        s.path("aliases").forEach(a -> names.add(norm(a.asText())));
        if (names.contains(norm(g.name()))) {
            return true;
        }
        Set<String> forms = new HashSet<>();
        s.path("mentions").forEach(m -> forms.add(norm(m.path("text").asText())));
        return g.mentions().stream().map(EntityScorer::norm).anyMatch(forms::contains);
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("['’]s$", "").replaceAll("\\s+", " ").strip();
    }
}
