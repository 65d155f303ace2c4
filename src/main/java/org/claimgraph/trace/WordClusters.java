package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * For a word, the clusters holding a claim with it, in the order of their first such claim
 * ({@link TracedClaim#ORDER}): over the claims traced before (the index) and the batch's. Only rare
 * words are wanted, so a word in more than {@link #READ} traced claims is taken to be common.
 */
final class WordClusters {

    /** Traced claims read for one word at most. */
    static final int READ = 1000;

    /** A claim with the word: where it stands in {@link TracedClaim#ORDER}, and its cluster. */
    private record Entry(String order, Node cluster) {
    }

    private final TraceIndex index;
    private final ClusterBook clusters;
    private final Map<String, List<Entry>> batch = new HashMap<>();
    private final Map<String, List<Entry>> traced = new HashMap<>();

    WordClusters(TraceIndex index, ClusterBook clusters) {
        this.index = index;
        this.clusters = clusters;
    }

    /**
     * What {@link #clustersWith} answered, by word and limit: a batch's common words were walked again for
     * every claim that has them (profiled). An answer changes only when a claim with its word is added or
     * a merge changes where a cluster resolves to, so only those answers are forgotten: the words of an
     * added claim, and all of them after a merge.
     */
    private final Map<String, Map<Integer, Optional<List<Node>>>> answered = new HashMap<>();
    /** {@link ClusterBook#merges} when the answers were given. */
    private int mergesAnswered;
    /** The batch's clusters listed under each word: a cluster's later claims with the word change no answer. */
    private final Map<String, Set<Node>> listed = new HashMap<>();

    /** A claim of the batch (added in {@link TracedClaim#ORDER}). */
    void add(TracedClaim c, Node cluster) {
        for (String w : c.words()) {
            answered.remove(w);
            // only a cluster's first entry under a word counts: the walk takes the clusters in the order of their
            // first entries, and a later entry of the same cluster adds nothing to it (nor to the count against the limit)
            if (listed.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(cluster)) {
                batch.computeIfAbsent(w, k -> new ArrayList<>()).add(new Entry(c.orderKey(), cluster));
            }
        }
    }

    /** The clusters with the word, first-seen first; null when there are more than {@code limit} (or too many claims to read). */
    List<Node> clustersWith(String word, int limit) {
        if (clusters.merges() != mergesAnswered) {
            answered.clear();
            mergesAnswered = clusters.merges();
        }
        return answered.computeIfAbsent(word, k -> new HashMap<>()).computeIfAbsent(limit, k -> Optional.ofNullable(walk(word, limit)))
                .orElse(null);
    }

    private List<Node> walk(String word, int limit) {
        List<Entry> old = traced.computeIfAbsent(word, this::fromIndex);
        if (old == null) {
            return null;
        }
        List<Entry> mine = batch.getOrDefault(word, List.of());
        Set<Node> out = new LinkedHashSet<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < mine.size()) {
            boolean takeOld = j >= mine.size() || (i < old.size() && old.get(i).order().compareTo(mine.get(j).order()) <= 0);
            Entry e = takeOld ? old.get(i++) : mine.get(j++);
            out.add(clusters.current(e.cluster()));
            if (out.size() > limit) {
                return null;
            }
        }
        return new ArrayList<>(out);
    }

    private List<Entry> fromIndex(String word) {
        if (index == null) {
            return List.of();
        }
        if (!index.has(TraceIndex.WORD, word)) {
            return List.of();
        }
        if (index.postings().countUpTo(TraceIndex.WORD, word, READ) > READ) {
            return null;
        }
        // where each cluster first has the word is all that the clusters' first-seen order needs
        List<Entry> out = new ArrayList<>();
        for (KeyPostings.OrderedEntry e : index.postings().firstPerCluster(TraceIndex.WORD, word)) {
            out.add(new Entry(e.order().utf8ToString(), NodeFactory.createURI(e.cluster().utf8ToString())));
        }
        return out;
    }
}
