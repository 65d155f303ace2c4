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
public record ClusterGold(List<Cluster> clusters, List<Link> disputes) {

    /** One attribution of a gold attribution file. */
    public record Member(String goldFile, String sentenceHint, String source, Optional<String> cue) {
    }

    /** A cluster: the same claim in several articles. */
    public record Cluster(String id, List<Member> members) {
        public Cluster {
            members = List.copyOf(members);
        }
    }

    /** A member disputing a cluster. */
    public record Link(Member member, String cluster) {
    }

    public ClusterGold {
        clusters = List.copyOf(clusters);
        disputes = List.copyOf(disputes);
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
        List<Link> disputes = new ArrayList<>();
        for (JsonNode d : root.path("disputes")) {
            disputes.add(new Link(member(file, d.path("member")), required(file, d, "cluster")));
        }
        return new ClusterGold(clusters, disputes);
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
