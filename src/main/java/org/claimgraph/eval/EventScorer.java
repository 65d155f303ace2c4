package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.eval.EventGold.GoldDevelopment;
import org.claimgraph.eval.EventGold.GoldQuantity;

/**
 * Scores quantities and developments of one {@code extract} record against gold. A quantity is
 * found when a system quantity in the gold's sentence has the same value (or both are vague) and
 * the same measure; it is right when who states it also agrees. A development is found when one
 * of the same kind stands in the gold's sentence; right when its actors are the gold's actors.
 */
public final class EventScorer {

    /** Counts, pooled over articles. */
    public record Score(int goldQuantities, int systemQuantities, int quantitiesFound, int quantitiesRight,
            int goldDevelopments, int systemDevelopments, int developmentsFound, int developmentsRight) {

        public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(goldQuantities + o.goldQuantities, systemQuantities + o.systemQuantities,
                    quantitiesFound + o.quantitiesFound, quantitiesRight + o.quantitiesRight,
                    goldDevelopments + o.goldDevelopments, systemDevelopments + o.systemDevelopments,
                    developmentsFound + o.developmentsFound, developmentsRight + o.developmentsRight);
        }

        public String report() {
            return String.format(Locale.ROOT, """
                    kind\tgold\tsystem\tfound\tright\tprecision\trecall_found\trecall_right
                    quantities\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f
                    developments\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f""",
                    goldQuantities, systemQuantities, quantitiesFound, quantitiesRight,
                    ratio(quantitiesFound, systemQuantities), ratio(quantitiesFound, goldQuantities), ratio(quantitiesRight, goldQuantities),
                    goldDevelopments, systemDevelopments, developmentsFound, developmentsRight,
                    ratio(developmentsFound, systemDevelopments), ratio(developmentsFound, goldDevelopments),
                    ratio(developmentsRight, goldDevelopments));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    /** What one comparison found, for the report; spurious lists developments no gold step matched. */
    public record Comparison(Score score, List<String> missed, List<String> wrong, List<String> spurious) {
    }

    private EventScorer() {
    }

    public static Comparison compare(EventGold gold, JsonNode record) {
        String text = record.get("article").get("text").asText();
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<JsonNode> quantities = new ArrayList<>();
        record.get("quantities").forEach(quantities::add);
        Set<Integer> used = new HashSet<>();
        int qFound = 0;
        int qRight = 0;
        for (GoldQuantity g : gold.quantities()) {
            int[] sentence = AttributionScorer.sentence(text, g.at(), g.sentenceHint());
            int hit = -1;
            for (int i = 0; i < quantities.size() && hit < 0; i++) {
                JsonNode q = quantities.get(i);
                int at = q.get("span").get(0).asInt();
                boolean sameValue = g.value().isEmpty() ? q.get("value").isNull()
                        : !q.get("value").isNull() && q.get("value").decimalValue().compareTo(g.value().get()) == 0;
                if (!used.contains(i) && sentence != null && at >= sentence[0] && at < sentence[1] && sameValue
                        && q.get("measure").asText().equals(g.measure())) {
                    hit = i;
                }
            }
            if (hit < 0) {
                missed.add("quantity " + g.text() + " " + g.measure() + ": " + g.sentenceHint());
                continue;
            }
            used.add(hit);
            qFound++;
            if (sameSpeaker(g, quantities.get(hit).get("stated_by"))) {
                qRight++;
            } else {
                wrong.add("quantity " + g.text() + " stated by " + g.statedBy().orElse("(reporter)"));
            }
        }
        List<JsonNode> developments = new ArrayList<>();
        record.get("negotiations").forEach(n -> n.get("developments").forEach(developments::add));
        Set<Integer> usedD = new HashSet<>();
        int dFound = 0;
        int dRight = 0;
        for (GoldDevelopment g : gold.developments()) {
            int[] sentence = AttributionScorer.sentence(text, g.at(), g.sentenceHint());
            int hit = -1;
            boolean right = false;
            for (int i = 0; i < developments.size(); i++) {
                JsonNode d = developments.get(i);
                int at = d.get("span").get(0).asInt();
                int end = d.get("span").get(1).asInt();
                if (usedD.contains(i) || sentence == null || end <= sentence[0] || at >= sentence[1] || !d.get("kind").asText().equals(g.kind())) {
                    continue;
                }
                Set<String> actors = new HashSet<>();
                d.get("actors").forEach(a -> actors.add(a.get("label").asText()));
                boolean same = actors.equals(new HashSet<>(g.actors()));
                if (hit < 0 || (same && !right)) {
                    hit = i;
                    right = same;
                }
            }
            if (hit < 0) {
                missed.add("development " + g.kind() + " " + g.actors() + ": " + g.sentenceHint());
                continue;
            }
            usedD.add(hit);
            dFound++;
            if (right) {
                dRight++;
            } else {
                List<String> said = new ArrayList<>();
                developments.get(hit).get("actors").forEach(a -> said.add(a.get("label").asText()));
                wrong.add("development " + g.kind() + " actors " + g.actors() + " (system: " + said + ")");
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < developments.size(); i++) {
            if (!usedD.contains(i)) {
                JsonNode d = developments.get(i);
                int at = d.get("span").get(0).asInt();
                int end = d.get("span").get(1).asInt();
                spurious.add("development " + d.get("kind").asText() + " \"" + text.substring(at, end) + "\" @" + at);
            }
        }
        return new Comparison(new Score(gold.quantities().size(), quantities.size(), qFound, qRight,
                gold.developments().size(), developments.size(), dFound, dRight), missed, wrong, spurious);
    }

    private static boolean sameSpeaker(GoldQuantity g, JsonNode statedBy) {
        if (g.statedBy().isEmpty()) {
            return statedBy == null || statedBy.isNull();
        }
        if (statedBy == null || statedBy.isNull()) {
            return false;
        }
        JsonNode entity = statedBy.get("entity");
        if (entity != null && !entity.isNull()) {
            return entity.get("label").asText().equalsIgnoreCase(g.statedBy().get());
        }
        if (statedBy.path("affiliation").path("label").asText("").equalsIgnoreCase(g.statedBy().get())) {
            return true; // "according to Israeli figures": stated by Israel
        }
        Set<String> gold = AttributionScorer.words(g.statedBy().get());
        gold.retainAll(AttributionScorer.words(statedBy.path("descriptor").asText("")));
        return gold.stream().anyMatch(w -> w.length() > 3);
    }
}
