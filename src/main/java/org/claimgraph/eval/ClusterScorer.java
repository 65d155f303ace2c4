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
 * (wrong), together only in the gold (missed). A gold dispute (or support) is found when the
 * system's attribution for its member, or that attribution's cluster, disputes (supports) the
 * system cluster of a member of the gold's target cluster.
 */
public final class ClusterScorer {

    /** The pairwise and dispute counts, and why each missed gold dispute was missed. */
    public record Score(int goldPairs, int systemPairs, int rightPairs, int goldDisputes, int foundDisputes, int goldSupports,
            int foundSupports, int goldMembers, int foundMembers, List<String> missedDisputes, List<String> missedSupports,
            List<String> splitClusters, List<String> wrongPairs) {

        public String report() {
            double p = systemPairs == 0 ? 1.0 : (double) rightPairs / systemPairs;
            double r = goldPairs == 0 ? 1.0 : (double) rightPairs / goldPairs;
            return String.format(Locale.ROOT, """
                    measure\tgold\tsystem\tright\tprecision\trecall
                    cluster_pairs\t%d\t%d\t%d\t%.3f\t%.3f
                    disputes\t%d\t-\t%d\t-\t%.3f
                    supports\t%d\t-\t%d\t-\t%.3f
                    members_found\t%d\t-\t%d\t-\t%.3f""",
                    goldPairs, systemPairs, rightPairs, p, r, goldDisputes, foundDisputes,
                    goldDisputes == 0 ? 1.0 : (double) foundDisputes / goldDisputes,
                    goldSupports, foundSupports, goldSupports == 0 ? 1.0 : (double) foundSupports / goldSupports,
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
        return score(gold, finder, Map.of());
    }

    /**
     * Scores against the system's attributions (through {@code finder}) and its clusters'
     * own links ({@code clusterLinks}: records of the claims export by cluster IRI).
     */
    public static Score score(ClusterGold gold, MemberFinder finder, Map<String, JsonNode> clusterLinks) {
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
        List<String> wrongPairs = new ArrayList<>();
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
                    } else {
                        wrongPairs.add(describe(members.get(i), a) + "\n      with " + describe(members.get(j), b));
                    }
                }
            }
        }
        LinkResult disputes = links(gold, gold.disputes(), "disputes", found, finder, clusterLinks);
        LinkResult supports = links(gold, gold.supports(), "supports", found, finder, clusterLinks);
        return new Score(goldPairs, systemPairs, right, gold.disputes().size(), disputes.found(), gold.supports().size(), supports.found(),
                goldCluster.size(), found.size(), disputes.missed(), supports.missed(), splitClusters(gold, found), List.copyOf(wrongPairs));
    }

    private static String describe(Member m, JsonNode a) {
        String content = a.get("content").get("text").asText();
        return m.source() + " | " + (content.length() > 100 ? content.substring(0, 100) + "…" : content);
    }

    private record LinkResult(int found, List<String> missed) {
    }

    /**
     * Gold links (disputes or supports) found: the system attribution for the gold member — or its
     * cluster, as a whole — links to the system cluster of a member of the gold's target cluster.
     */
    private static LinkResult links(ClusterGold gold, List<ClusterGold.Link> links, String field, Map<Member, JsonNode> found,
            MemberFinder finder, Map<String, JsonNode> clusterLinks) {
        int n = 0;
        List<String> missed = new ArrayList<>();
        for (ClusterGold.Link d : links) {
            Optional<JsonNode> linker = finder.find(d.member());
            String where = d.member().goldFile() + " \"" + d.member().sentenceHint() + "\" (" + d.member().source() + ")";
            if (linker.isEmpty()) {
                missed.add(where + ": the attribution was not found");
                continue;
            }
            Set<String> targets = new HashSet<>();
            linker.get().path(field).forEach(x -> targets.add(x.asText()));
            JsonNode cluster = clusterLinks.get(text(linker.get(), "cluster"));
            if (cluster != null) {
                cluster.path(field).forEach(x -> targets.add(x.asText()));
            }
            boolean hit = gold.clusters().stream().filter(c -> c.id().equals(d.cluster()))
                    .flatMap(c -> c.members().stream()).map(found::get).filter(x -> x != null)
                    .anyMatch(x -> !x.get("cluster").isNull() && targets.contains(x.get("cluster").asText()));
            if (hit) {
                n++;
            } else {
                missed.add(where + ": stance " + text(linker.get(), "stance") + ", " + field + " "
                        + (targets.isEmpty() ? "nothing" : String.join(" ", targets)) + ", gold cluster " + d.cluster());
            }
        }
        return new LinkResult(n, List.copyOf(missed));
    }
}
