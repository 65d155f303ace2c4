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
            c.path("members").forEach(m -> members.add(member(m)));
            clusters.add(new Cluster(c.get("id").asText(), members));
        }
        List<Link> disputes = new ArrayList<>();
        root.path("disputes").forEach(d -> disputes.add(new Link(member(d.get("member")), d.get("cluster").asText())));
        return new ClusterGold(clusters, disputes);
    }

    private static Member member(JsonNode m) {
        return new Member(m.get("gold_file").asText(), m.get("sentence_hint").asText(), m.get("source").asText(),
                m.hasNonNull("cue") ? Optional.of(m.get("cue").asText()) : Optional.empty());
    }
}
