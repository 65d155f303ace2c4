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
     * What {@link #clustersWith} answered, by word and limit: the batch's claims are all added and its
     * merges done before the first question, and a batch's common words were walked again for every
     * claim that has them (profiled). Forgotten when a claim is added.
     */
    private final Map<String, Optional<List<Node>>> answered = new HashMap<>();

    /** A claim of the batch (added in {@link TracedClaim#ORDER}). */
    void add(TracedClaim c, Node cluster) {
        answered.clear();
        c.words().forEach(w -> batch.computeIfAbsent(w, k -> new ArrayList<>()).add(new Entry(c.orderKey(), cluster)));
    }

    /** The clusters with the word, first-seen first; null when there are more than {@code limit} (or too many claims to read). */
    List<Node> clustersWith(String word, int limit) {
        return answered.computeIfAbsent(limit + " " + word, k -> Optional.ofNullable(walk(word, limit))).orElse(null);
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
