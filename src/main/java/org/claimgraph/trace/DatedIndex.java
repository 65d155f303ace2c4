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
        if (day == UNDATED) {
            List<Node> out = new ArrayList<>();
            for (List<Node> list : entries.descendingMap().values()) {
                addUpTo(out, list, cap);
            }
            return out;
        }
        return walk(entries, EMPTY, day, windowDays, cap);
    }

    private static final NavigableMap<Long, List<Node>> EMPTY = new TreeMap<>();

    /**
     * {@link #walk} over two sets of entries as over one holding both, each day's of {@code first}
     * before its of {@code second}, for a dated {@code day}: without copying either into one map. The
     * index's entries of a key and the batch's were copied into a new map for every look-up, the batch's
     * all days of it, while the walk takes a few days' (profiled on a 4,000-article first load: its
     * cost grew with the batches traced before).
     */
    static List<Node> walk(NavigableMap<Long, List<Node>> first, NavigableMap<Long, List<Node>> second, long day, int windowDays, int cap) {
        List<Node> out = new ArrayList<>();
        // walk outwards from the claim's day, the nearer of the next earlier and next later day first
        Long e = atMost(first, second, day, day - windowDays);
        Long l = above(first, second, day, day + windowDays);
        while ((e != null || l != null) && out.size() < cap) {
            if (l == null || (e != null && day - e <= l - day)) {
                addUpTo(out, first.getOrDefault(e, List.of()), cap);
                addUpTo(out, second.getOrDefault(e, List.of()), cap);
                e = e == Long.MIN_VALUE ? null : atMost(first, second, e - 1, day - windowDays);
            } else {
                addUpTo(out, first.getOrDefault(l, List.of()), cap);
                addUpTo(out, second.getOrDefault(l, List.of()), cap);
                l = above(first, second, l, day + windowDays);
            }
        }
        addUpTo(out, first.getOrDefault(UNDATED, List.of()), cap);
        addUpTo(out, second.getOrDefault(UNDATED, List.of()), cap);
        return out;
    }

    /** The latest day of either map at or before {@code day} and not before {@code floor}; null when none. */
    private static Long atMost(NavigableMap<Long, ?> a, NavigableMap<Long, ?> b, long day, long floor) {
        return within(later(a.floorKey(day), b.floorKey(day), false), floor, Long.MAX_VALUE);
    }

    /** The earliest day of either map after {@code day} and not after {@code ceiling} (so never the undated); null when none. */
    private static Long above(NavigableMap<Long, ?> a, NavigableMap<Long, ?> b, long day, long ceiling) {
        return within(later(a.higherKey(day), b.higherKey(day), true), Long.MIN_VALUE, ceiling);
    }

    /** The later of two days, or the earlier with {@code earlier}; either may be null (no such day). */
    private static Long later(Long x, Long y, boolean earlier) {
        if (x == null) {
            return y;
        }
        if (y == null) {
            return x;
        }
        return earlier == (x < y) ? x : y;
    }

    /** {@code day} when it lies in {@code from}..{@code to}, else null. */
    private static Long within(Long day, long from, long to) {
        return day == null || day < from || day > to ? null : day;
    }

    /**
     * Adds {@code day}'s entries to {@code out} until it holds {@code cap}: a day of a story told
     * everywhere holds thousands of entries of one key, and copying them all to keep the first few
     * was the larger part of a walk (profiled on the 500-article bench: a tenth of tracing).
     */
    static void addUpTo(List<Node> out, List<Node> day, int cap) {
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

    /**
     * The days of a map in the order a walk from {@code day} takes them: nearest first, the earlier of two
     * as near. {@link #peek} the next, {@link #advance} past it.
     */
    static final class Nearest<V> {
        private final long day;
        private final java.util.Iterator<Map.Entry<Long, V>> earlier;
        private final java.util.Iterator<Map.Entry<Long, V>> later;
        private Map.Entry<Long, V> e;
        private Map.Entry<Long, V> l;

        Nearest(NavigableMap<Long, V> days, long day) {
            this.day = day;
            this.earlier = days.headMap(day, true).descendingMap().entrySet().iterator();
            this.later = days.tailMap(day, false).entrySet().iterator();
            this.e = earlier.hasNext() ? earlier.next() : null;
            this.l = later.hasNext() ? later.next() : null;
        }

        /** The next day and its value; null when none is left. */
        Map.Entry<Long, V> peek() {
            return l == null || (e != null && day - e.getKey() <= l.getKey() - day) ? e : l;
        }

        /** Past the day {@link #peek} gives. */
        void advance() {
            if (peek() == e) {
                e = earlier.hasNext() ? earlier.next() : null;
            } else {
                l = later.hasNext() ? later.next() : null;
            }
        }
    }
}
