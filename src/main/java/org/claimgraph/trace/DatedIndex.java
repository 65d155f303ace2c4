package org.claimgraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;

/**
 * Clusters by key (a speaker, a side), each entry dated by the claim that put it there, so that a
 * claim is compared only with clusters active in its time window: the cost of tracing a claim
 * follows the news of its weeks, not the size of the store.
 */
final class DatedIndex {

    /** Undated claims sit apart and are near everything. */
    private static final long UNDATED = Long.MAX_VALUE;

    private final Map<String, NavigableMap<Long, List<Node>>> byKey = new HashMap<>();

    void add(String key, TracedClaim c, Node cluster) {
        byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(day(c), d -> new ArrayList<>()).add(cluster);
    }

    /**
     * The clusters under {@code key} with an entry within {@code windowDays} of the claim's day
     * (all of them for an undated claim, and undated entries always), each mapped through
     * {@code current} (clusters merge).
     */
    Set<Node> near(String key, TracedClaim c, int windowDays, UnaryOperator<Node> current) {
        NavigableMap<Long, List<Node>> entries = byKey.get(key);
        Set<Node> out = new LinkedHashSet<>();
        if (entries == null) {
            return out;
        }
        long day = day(c);
        NavigableMap<Long, List<Node>> near = day == UNDATED ? entries : entries.subMap(day - windowDays, true, day + windowDays, true);
        near.values().forEach(list -> list.forEach(n -> out.add(current.apply(n))));
        if (day != UNDATED) {
            entries.getOrDefault(UNDATED, List.of()).forEach(n -> out.add(current.apply(n)));
        }
        return out;
    }

    static long day(TracedClaim c) {
        return c.date().length() < 10 ? UNDATED : LocalDate.parse(c.date().substring(0, 10)).toEpochDay();
    }
}
