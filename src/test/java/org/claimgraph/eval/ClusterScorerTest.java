package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.eval.ClusterGold.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairwise cluster scoring and dispute recall, on a small gold and hand-made system records. */
class ClusterScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode record(String iri, String cluster, String stance, String... disputes) {
        Map<String, Object> r = new HashMap<>();
        r.put("iri", iri);
        r.put("cluster", cluster);
        r.put("stance", stance);
        r.put("disputes", List.of(disputes));
        r.put("supports", List.of());
        r.put("content", Map.of("text", "content of " + iri));
        return JSON.valueToTree(r);
    }

    @Test
    void pairsAreJudgedTogetherOrApartAndMissedDisputesSayWhy(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("clusters.json");
        Files.writeString(gold, """
                {"clusters": [
                  {"id": "c1", "members": [
                     {"gold_file": "a.json", "sentence_hint": "one", "source": "X"},
                     {"gold_file": "b.json", "sentence_hint": "two", "source": "X"},
                     {"gold_file": "c.json", "sentence_hint": "three", "source": "X", "cue": "said"}]},
                  {"id": "c2", "members": [{"gold_file": "d.json", "sentence_hint": "four", "source": "Y"}]}],
                 "disputes": [
                  {"member": {"gold_file": "e.json", "sentence_hint": "five", "source": "Z"}, "cluster": "c1"},
                  {"member": {"gold_file": "e.json", "sentence_hint": "six", "source": "Z"}, "cluster": "c2"},
                  {"member": {"gold_file": "f.json", "sentence_hint": "seven", "source": "W"}, "cluster": "c2"}],
                 "supports": [
                  {"member": {"gold_file": "g.json", "sentence_hint": "eight", "source": "V"}, "cluster": "c1"}]}
                """);
        ClusterGold g = ClusterGold.read(gold);
        assertEquals(Optional.of("said"), g.clusters().get(0).members().get(2).cue());

        Map<String, JsonNode> system = Map.of(
                "one", record("a1", "K1", "assert"),
                "two", record("a2", "K1", "assert"),
                "three", record("a3", "K2", "assert"), // a miss: should have joined K1
                "four", record("a4", "K1", "assert"),  // a wrong merge with c1
                "five", record("a5", "K3", "deny", "K1"),
                "six", record("a6", "K4", "assert"),
                "eight", record("a8", "K5", "assert"));
        // K5 as a whole supports K2, the system cluster of a member of c1: the gold support is found
        Map<String, JsonNode> clusterLinks = Map.of("K5", JSON.valueToTree(Map.of("iri", "K5", "supports", List.of("K2"))));
        ClusterScorer.Score score = ClusterScorer.score(g, (Member m) -> Optional.ofNullable(system.get(m.sentenceHint())), clusterLinks);

        assertEquals(3, score.goldPairs());
        assertEquals(3, score.systemPairs()); // one-two, one-four, two-four
        assertEquals(1, score.rightPairs());
        assertEquals(3, score.goldDisputes());
        assertEquals(1, score.foundDisputes());
        assertEquals(2, score.missedDisputes().size());
        assertTrue(score.missedDisputes().get(0).contains("stance assert, disputes nothing"), score.missedDisputes().get(0));
        assertTrue(score.missedDisputes().get(1).contains("not found"), score.missedDisputes().get(1));
        assertTrue(score.report().contains("cluster_pairs\t3\t3\t1\t0.333\t0.333"), score.report());
        assertEquals(1, score.goldSupports());
        assertEquals(1, score.foundSupports());
        assertEquals(2, score.wrongPairs().size()); // one-four and two-four
        assertTrue(score.splitClusters().get(0).startsWith("gold cluster c1 split"), score.splitClusters().toString());

        // read as exhaustive, an unlisted attribution the system joins to c1 is a wrong pair too
        ClusterGold all = g.withSingletons(List.of(new Member("h.json", "nine", "X", Optional.empty())));
        Map<String, JsonNode> withNine = new HashMap<>(system);
        withNine.put("nine", record("a9", "K1", "assert"));
        ClusterScorer.Score exhaustive = ClusterScorer.score(all, (Member m) -> Optional.ofNullable(withNine.get(m.sentenceHint())));
        assertEquals(6, exhaustive.systemPairs());
        assertEquals(1, exhaustive.rightPairs());
    }

    @Test
    void aMemberWithoutItsSentenceHintIsAnErrorNamingTheFileAndTheField(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("broken.json");
        Files.writeString(gold, "{\"clusters\": [{\"id\": \"c1\", \"members\": [{\"gold_file\": \"a.json\", \"source\": \"X\"}]}]}");
        IOException e = assertThrows(IOException.class, () -> ClusterGold.read(gold));
        assertTrue(e.getMessage().contains(gold.toString()) && e.getMessage().contains("\"sentence_hint\""), e.getMessage());
    }
}
