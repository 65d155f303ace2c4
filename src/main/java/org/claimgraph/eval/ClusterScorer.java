package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.eval.ClusterGold.Cluster;
import org.claimgraph.eval.ClusterGold.Member;

/**
 * Scores claim clusters pairwise and disputes by recall. Each gold member is first found among
 * the system's attributions (same article, same sentence, same source); then every pair of found
 * members is judged: together in the gold and in the system (right), together only in the system
 * (wrong), together only in the gold (missed). A gold dispute is found when the system's
 * attribution for its member disputes the system cluster of a member of the disputed gold cluster.
 */
public final class ClusterScorer {

    /** The pairwise and dispute counts, and why each missed gold dispute was missed. */
    public record Score(int goldPairs, int systemPairs, int rightPairs, int goldDisputes, int foundDisputes,
            int goldMembers, int foundMembers, List<String> missedDisputes, List<String> splitClusters) {

        public String report() {
            double p = systemPairs == 0 ? 1.0 : (double) rightPairs / systemPairs;
            double r = goldPairs == 0 ? 1.0 : (double) rightPairs / goldPairs;
            return String.format(Locale.ROOT, """
                    measure\tgold\tsystem\tright\tprecision\trecall
                    cluster_pairs\t%d\t%d\t%d\t%.3f\t%.3f
                    disputes\t%d\t-\t%d\t-\t%.3f
                    members_found\t%d\t-\t%d\t-\t%.3f""",
                    goldPairs, systemPairs, rightPairs, p, r, goldDisputes, foundDisputes,
                    goldDisputes == 0 ? 1.0 : (double) foundDisputes / goldDisputes,
                    goldMembers, foundMembers, goldMembers == 0 ? 1.0 : (double) foundMembers / goldMembers);
        }
    }

    /** Finds the system attribution (a record of the attributions export) a gold member names. */
    public interface MemberFinder {
        Optional<JsonNode> find(Member member);
    }

    private ClusterScorer() {
    }

    private static String text(JsonNode record, String field) {
        JsonNode v = record.get(field);
        return v == null || v.isNull() ? "-" : v.asText();
    }

    /**
     * A finder over the attributions export: the member's article is {@code articleOf(goldFile)}
     * (its id and text); the member is the attribution of that article whose cue stands in the
     * hinted sentence, whose speaker is the member's source, and whose content shares most words
     * with the gold content ({@code goldContentOf}), when a sentence holds several.
     */
    public static MemberFinder finder(List<JsonNode> attributions, Function<String, Optional<String[]>> articleOf,
            Function<Member, Optional<String>> goldContentOf) {
        return m -> articleOf.apply(m.goldFile()).flatMap(idAndText -> {
            int[] sentence = AttributionScorer.sentenceOf(idAndText[1], m.sentenceHint());
            if (sentence == null) {
                return Optional.empty();
            }
            Set<String> goldWords = AttributionScorer.words(goldContentOf.apply(m).orElse(""));
            return attributions.stream()
                    .filter(a -> a.get("article").get("id").asText().equals(idAndText[0]))
                    .filter(a -> {
                        int cue = a.get("cue").get("span").get(0).asInt();
                        return cue >= sentence[0] && cue < sentence[1];
                    })
                    .filter(a -> AttributionScorer.sameSource(m.source(), Optional.empty(), a))
                    .max(Comparator.comparingInt(a -> shared(goldWords, a.get("content").get("text").asText())));
        });
    }

    private static int shared(Set<String> gold, String content) {
        Set<String> words = AttributionScorer.words(content);
        words.retainAll(gold);
        return words.size();
    }

    /**
     * Each gold cluster the system split or missed members of: its members, with the system
     * cluster each landed in (the last 6 characters of its IRI) and the system's content.
     */
    private static List<String> splitClusters(ClusterGold gold, Map<Member, JsonNode> found) {
        List<String> out = new ArrayList<>();
        for (Cluster c : gold.clusters()) {
            Set<String> systemClusters = new HashSet<>();
            StringBuilder lines = new StringBuilder();
            for (Member m : c.members()) {
                JsonNode a = found.get(m);
                String cluster = a == null ? "not found" : text(a, "cluster");
                systemClusters.add(cluster);
                lines.append("\n    ").append(cluster.length() > 6 ? cluster.substring(cluster.length() - 6) : cluster)
                        .append("  ").append(m.source()).append(" | ")
                        .append(a == null ? m.sentenceHint() : a.get("content").get("text").asText());
            }
            if (c.members().size() > 1 && systemClusters.size() > 1) {
                out.add("gold cluster " + c.id() + " split:" + lines);
            }
        }
        return out;
    }

    public static Score score(ClusterGold gold, MemberFinder finder) {
        Map<Member, JsonNode> found = new HashMap<>();
        Map<Member, String> goldCluster = new HashMap<>();
        for (Cluster c : gold.clusters()) {
            for (Member m : c.members()) {
                goldCluster.put(m, c.id());
                finder.find(m).ifPresent(a -> found.put(m, a));
            }
        }
        int goldPairs = 0;
        for (Cluster c : gold.clusters()) {
            int n = new HashSet<>(c.members()).size();
            goldPairs += n * (n - 1) / 2;
        }
        List<Member> members = new ArrayList<>(found.keySet());
        int systemPairs = 0;
        int right = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                JsonNode a = found.get(members.get(i));
                JsonNode b = found.get(members.get(j));
                if (a.get("iri").equals(b.get("iri"))) {
                    continue; // two gold keys naming one system attribution
                }
                boolean together = !a.get("cluster").isNull() && a.get("cluster").equals(b.get("cluster"));
                boolean goldTogether = goldCluster.get(members.get(i)).equals(goldCluster.get(members.get(j)));
                if (together) {
                    systemPairs++;
                    if (goldTogether) {
                        right++;
                    }
                }
            }
        }
        int disputesFound = 0;
        List<String> missed = new ArrayList<>();
        for (ClusterGold.Link d : gold.disputes()) {
            Optional<JsonNode> disputer = finder.find(d.member());
            String where = d.member().goldFile() + " \"" + d.member().sentenceHint() + "\" (" + d.member().source() + ")";
            if (disputer.isEmpty()) {
                missed.add(where + ": the disputing attribution was not found");
                continue;
            }
            Set<String> targets = new HashSet<>();
            disputer.get().get("disputes").forEach(x -> targets.add(x.asText()));
            boolean hit = gold.clusters().stream().filter(c -> c.id().equals(d.cluster()))
                    .flatMap(c -> c.members().stream()).map(found::get).filter(x -> x != null)
                    .anyMatch(x -> !x.get("cluster").isNull() && targets.contains(x.get("cluster").asText()));
            if (hit) {
                disputesFound++;
            } else {
                missed.add(where + ": stance " + text(disputer.get(), "stance") + ", disputes "
                        + (targets.isEmpty() ? "nothing" : String.join(" ", targets)) + ", gold cluster " + d.cluster());
            }
        }
        return new Score(goldPairs, systemPairs, right, gold.disputes().size(), disputesFound, goldCluster.size(), found.size(),
                List.copyOf(missed), splitClusters(gold, found));
    }
}
