package org.claimgraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * Clusters by key (a speaker, a side), each entry dated by the claim that put it there, so that a
 * claim is compared only with clusters active in its time window: the cost of tracing a claim
 * follows the news of its weeks, not the size of the store. Holds the claims of one batch; those
 * traced before are in the {@link TraceIndex} ({@link KeyedLookup} joins the two).
 */
final class DatedIndex {

    /** Undated claims sit apart and are near everything. */
    static final long UNDATED = Long.MAX_VALUE;

    private final Map<String, NavigableMap<Long, List<Node>>> byKey = new HashMap<>();

    void add(String key, TracedClaim c, Node cluster) {
        byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(day(c), d -> new ArrayList<>()).add(cluster);
    }

    /** The entries under a key, by day, each day's in the order they were added. */
    NavigableMap<Long, List<Node>> entries(String key) {
        return byKey.getOrDefault(key, new TreeMap<>());
    }

    /** {@link #walk} over this index's entries under {@code key}. */
    List<Node> nearest(String key, TracedClaim c, int windowDays, int cap) {
        return walk(entries(key), day(c), windowDays, cap);
    }

    /**
     * The clusters of {@code entries} with an entry within {@code windowDays} of {@code day} (all for
     * an undated claim; undated entries always), at most {@code cap} of them, the closest in time
     * first: a key as common as a side's everyday word costs no more than {@code cap}.
     */
    static List<Node> walk(NavigableMap<Long, List<Node>> entries, long day, int windowDays, int cap) {
        List<Node> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        if (day == UNDATED) {
            for (List<Node> list : entries.descendingMap().values()) {
                for (Node n : list) {
                    if (out.size() >= cap) {
                        return out;
                    }
                    out.add(n);
                }
            }
            return out;
        }
        // walk outwards from the claim's day, the nearer of the next earlier and next later day first
        var earlier = entries.subMap(day - windowDays, true, day, true).descendingMap().entrySet().iterator();
        var later = entries.subMap(day, false, day + windowDays, true).entrySet().iterator();
        Map.Entry<Long, List<Node>> e = earlier.hasNext() ? earlier.next() : null;
        Map.Entry<Long, List<Node>> l = later.hasNext() ? later.next() : null;
        while ((e != null || l != null) && out.size() < cap) {
            if (l == null || (e != null && day - e.getKey() <= l.getKey() - day)) {
                addUpTo(out, e.getValue(), cap);
                e = earlier.hasNext() ? earlier.next() : null;
            } else {
                addUpTo(out, l.getValue(), cap);
                l = later.hasNext() ? later.next() : null;
            }
        }
        addUpTo(out, entries.getOrDefault(UNDATED, List.of()), cap);
        return out;
    }

    /**
     * Adds {@code day}'s entries to {@code out} until it holds {@code cap}: a day of a story told
     * everywhere holds thousands of entries of one key, and copying them all to keep the first few
     * was the larger part of a walk (profiled on the 500-article bench: a tenth of tracing).
     */
    private static void addUpTo(List<Node> out, List<Node> day, int cap) {
        int room = cap - out.size();
        if (room <= 0) {
            return;
        }
        if (day.size() <= room) {
            out.addAll(day);
        } else {
            out.addAll(day.subList(0, room));
        }
    }

    static long day(TracedClaim c) {
        return c.day();
    }

    /**
     * The epoch day of a publication date ("2025-07-10", "2025-07-10T08:00:00Z"), {@link #UNDATED}
     * for none. The usual form is read digit by digit, as {@link LocalDate#parse} would read it.
     */
    static long day(String date) {
        if (date.length() < 10) {
            return UNDATED;
        }
        if (date.charAt(4) == '-' && date.charAt(7) == '-' && digits(date, 0, 4) && digits(date, 5, 7) && digits(date, 8, 10)) {
            return LocalDate.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10), Integer.parseInt(date, 8, 10, 10)).toEpochDay();
        }
        return LocalDate.parse(date.substring(0, 10)).toEpochDay();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
