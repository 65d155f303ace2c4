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
