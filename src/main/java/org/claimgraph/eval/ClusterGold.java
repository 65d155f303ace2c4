package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made claim clusters, disputes and supports over the examples ({@code gold/claims/}). A
 * member names an attribution of {@code gold/attributions}: its gold file, sentence hint and source,
 * and its cue ("cue") where one speaker makes several reports in that sentence.
 */
public record ClusterGold(List<Cluster> clusters, List<Link> disputes, List<Link> supports) {

    /** One attribution of a gold attribution file. */
    public record Member(String goldFile, String sentenceHint, String source, Optional<String> cue) {
    }

    /** A cluster: the same claim in several articles. */
    public record Cluster(String id, List<Member> members) {
        public Cluster {
            members = List.copyOf(members);
        }
    }

    /** A member disputing (or supporting) a cluster. */
    public record Link(Member member, String cluster) {
    }

    public ClusterGold {
        clusters = List.copyOf(clusters);
        disputes = List.copyOf(disputes);
        supports = List.copyOf(supports);
    }

    /** This gold with each of {@code others} as a cluster of its own (ids "single-1", …). */
    public ClusterGold withSingletons(List<Member> others) {
        List<Cluster> all = new ArrayList<>(clusters);
        for (int i = 0; i < others.size(); i++) {
            all.add(new Cluster("single-" + (i + 1), List.of(others.get(i))));
        }
        return new ClusterGold(all, disputes, supports);
    }

    public static ClusterGold read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Cluster> clusters = new ArrayList<>();
        for (JsonNode c : root.path("clusters")) {
            List<Member> members = new ArrayList<>();
            for (JsonNode m : c.path("members")) {
                members.add(member(file, m));
            }
            clusters.add(new Cluster(required(file, c, "id"), members));
        }
        return new ClusterGold(clusters, links(file, root.path("disputes")), links(file, root.path("supports")));
    }

    private static List<Link> links(Path file, JsonNode array) throws IOException {
        List<Link> out = new ArrayList<>();
        for (JsonNode d : array) {
            out.add(new Link(member(file, d.path("member")), required(file, d, "cluster")));
        }
        return out;
    }

    private static Member member(Path file, JsonNode m) throws IOException {
        return new Member(required(file, m, "gold_file"), required(file, m, "sentence_hint"), required(file, m, "source"),
                m.hasNonNull("cue") ? Optional.of(m.get("cue").asText()) : Optional.empty());
    }

    private static String required(Path file, JsonNode node, String field) throws IOException {
        if (!node.hasNonNull(field)) {
            throw new IOException(file + ": a cluster, member or dispute lacks \"" + field + "\" — add it (see gold/claims/clusters.json)");
        }
        return node.get(field).asText();
    }
}
