package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * Clusters by key and day, over the claims traced before (one field of the {@link TraceIndex}) and
 * those of the batch being traced (a {@link DatedIndex}): {@link #nearest} gives what
 * {@link DatedIndex#walk} would give over all of them, the earlier-traced entries of a day before the
 * batch's. What the index gives for a key and day is kept for the batch: the index does not change
 * while a batch is traced.
 */
final class KeyedLookup {

    /** An entry of the index: the day it is dated by, and the cluster it names. */
    record Entry(long day, Node cluster) {
    }

    /**
     * A look-up's entries as two arrays, read as a list of {@link Entry}: what {@link #traced} keeps, 12 bytes an
     * entry where a list of records took 28 (an object each and its slot). In the second batch of a 2,000-article
     * first load the kept entries were the largest owner the tracer itself allocates (1.04 million records, 25 MB
     * without their lists; an eighth of the JFR old-object samples), and clustering's cache and the answers' are
     * both alive while answers are linked.
     */
    static final class PackedEntries extends java.util.AbstractList<Entry> implements java.util.RandomAccess {
        private final long[] days;
        private final Node[] clusters;

        PackedEntries(List<Entry> entries) {
            days = new long[entries.size()];
            clusters = new Node[entries.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = entries.get(i).day();
                clusters[i] = entries.get(i).cluster();
            }
        }

        @Override
        public Entry get(int i) {
            return new Entry(days[i], clusters[i]);
        }

        @Override
        public int size() {
            return days.length;
        }
    }

    private final TraceIndex index;
    private final String field;
    private final DatedIndex batch = new DatedIndex();
    /** A look-up of the index for the batch: a key seen from a day, in a window, up to a cap. */
    private record Lookup(String key, long day, int windowDays, int cap) {
    }

    /** What the index gave each look-up (a record, not a string joined from its parts for every word of every claim). */
    private final Map<Lookup, List<Entry>> traced = new HashMap<>();
    /**
     * At most this many entries are kept in {@link #traced}; past it the look-ups are forgotten and read again
     * when asked (the same entries: the index does not change within a batch). Unbounded, a batch's look-ups
     * held 5.5 million entries at 10,000 articles, a seventh of a 1 GB heap (heap histogram).
     */
    static final int KEPT_ENTRIES = 1_000_000;
    private int keptLimit = KEPT_ENTRIES;
    private int keptEntries;

    /** Keeps at most {@code entries} look-up entries (tests: the answers do not depend on it). */
    KeyedLookup keepAtMost(int entries) {
        this.keptLimit = entries;
        return this;
    }

    private Boolean anyUndated;

    /** Whether any claim traced before is undated (most stores have none: no need to look each key up for them). */
    private boolean anyUndated() {
        if (anyUndated == null) {
            anyUndated = index.count(TraceIndex.dayRange(DatedIndex.UNDATED, DatedIndex.UNDATED)) > 0;
        }
        return anyUndated;
    }

    /** The days whose terms are read at once for a key: the batch's dated days with the widest window around them. */
    private final long from;
    private final long to;
    /** A key's days in {@link #from}..{@link #to}: one walk of its terms per segment for the whole batch. */
    private final Map<String, TreeMap<Long, List<KeyPostings.TermAt>>> days = new HashMap<>();
    /** The clusters of a key's entries on a day ("key\nday"), at most {@link #keptLimit} in all (see {@link #clustersOn}). */
    private final Map<String, List<Node>> onDay = new HashMap<>();
    private int onDayEntries;

    /**
     * @param batch      the claims of the batch that will look keys up
     * @param windowDays the widest window they look in
     */
    KeyedLookup(TraceIndex index, String field, List<TracedClaim> batch, int windowDays) {
        this.index = index;
        this.field = field;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (TracedClaim c : batch) {
            long day = DatedIndex.day(c);
            if (day != DatedIndex.UNDATED) {
                min = Math.min(min, day);
                max = Math.max(max, day);
            }
        }
        this.from = min == Long.MAX_VALUE ? 0 : min - windowDays;
        this.to = min == Long.MAX_VALUE ? -1 : max + windowDays;
    }

    void add(String key, TracedClaim c, Node cluster) {
        batch.add(key, c, cluster);
    }

    /**
     * Reads the days of all the keys the batch will look up at once (see {@link KeyPostings#days(String, Collection, long, long)}):
     * the same entries as looking each up when first needed, read in one forward walk per segment.
     */
    void prefetch(Collection<String> keys) {
        // a first load's index holds no claim: nothing to read (walking its terms for every key was a twentieth of tracing)
        if (index == null || from > to || indexEmpty()) {
            return;
        }
        List<String> missing = keys.stream().filter(k -> !days.containsKey(k)).toList();
        days.putAll(index.postings().days(field, missing, from, to));
    }

    /**
     * The clusters of a key's entries on a day, kept while at most {@link #keptLimit} are (all are forgotten past it
     * and read again when asked: the same, the index does not change within a batch). Unbounded, they grew with
     * the keys a batch asks about.
     */
    private List<Node> clustersOn(String key, long d, List<KeyPostings.TermAt> at) {
        String k = key + "\n" + d;
        List<Node> clusters = onDay.get(k);
        if (clusters == null) {
            clusters = index.postings().clustersAt(field, at);
            if (onDayEntries + clusters.size() + 1 > keptLimit) {
                onDay.clear();
                onDayEntries = 0;
            }
            onDay.put(k, clusters);
            onDayEntries += clusters.size() + 1;
        }
        return clusters;
    }

    /** See {@link DatedIndex#walk}; the clusters as they were indexed (resolve merges before use). */
    List<Node> nearest(String key, TracedClaim c, int windowDays, int cap) {
        long day = DatedIndex.day(c);
        NavigableMap<Long, List<Node>> mine = batch.entries(key);
        if (nothingIndexed(key, day, windowDays)) {
            return DatedIndex.walk(mine, day, windowDays, cap);
        }
        Lookup lookup = new Lookup(key, day, windowDays, cap);
        List<Entry> old = traced.get(lookup);
        if (old == null) {
            List<Entry> read = fromIndex(key, day, windowDays, cap);
            old = read.isEmpty() ? List.of() : new PackedEntries(read); // look-ups that find nothing share one empty list
            // a look-up that found nothing counts too: its key is kept with it
            if (keptEntries + old.size() + 1 > keptLimit) {
                traced.clear();
                keptEntries = 0;
            }
            traced.put(lookup, old);
            keptEntries += old.size() + 1;
        }
        if (old.isEmpty()) {
            return DatedIndex.walk(mine, day, windowDays, cap);
        }
        if (mine.isEmpty()) {
            return firstClusters(old, cap);
        }
        if (day != DatedIndex.UNDATED) {
            return beside(old, mine, day, windowDays, cap); // the index's entries of a day before the batch's
        }
        // the index's entries by day (not kept with the look-up: a map for each held more than a gigabyte at 4,000 articles)
        NavigableMap<Long, List<Node>> byDay = new TreeMap<>();
        old.forEach(e -> byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e.cluster()));
        mine.forEach((d, clusters) -> byDay.computeIfAbsent(d, x -> new ArrayList<>()).addAll(clusters));
        return DatedIndex.walk(byDay, day, windowDays, cap);
    }

    /**
     * What {@link DatedIndex#walk} gives over the index's entries and the batch's ({@code mine}) for a dated
     * {@code day}, each day's of the index first: {@code old} lists the index's in the walk's order already
     * (whole days nearest first, the earlier of two as near, then the undated), so the two are merged as they
     * are walked. Grouping the index's entries by day in a new map and walking two maps, for every look-up of
     * a key the batch had filed under, was a fifth of the look-ups' cost in the second batch of a 2,000-article
     * retrace and absent from the first (profiled): it grew with the entries earlier batches left.
     */
    static List<Node> beside(List<Entry> old, NavigableMap<Long, List<Node>> mine, long day, int windowDays, int cap) {
        List<Node> out = new ArrayList<>(Math.min(cap, 64));
        DatedIndex.Nearest<List<Node>> batch = new DatedIndex.Nearest<>(mine.subMap(day - windowDays, true, day + windowDays, true), day);
        int i = 0;
        while (out.size() < cap) {
            Map.Entry<Long, List<Node>> m = batch.peek(); // the batch's next day
            boolean oldLeft = i < old.size() && old.get(i).day() != DatedIndex.UNDATED;
            if (m == null && !oldLeft) {
                break;
            }
            long d = oldLeft && (m == null || !walksBefore(m.getKey(), old.get(i).day(), day)) ? old.get(i).day() : m.getKey();
            for (; i < old.size() && old.get(i).day() == d; i++) {
                if (out.size() < cap) {
                    out.add(old.get(i).cluster());
                }
            }
            if (m != null && m.getKey() == d) {
                DatedIndex.addUpTo(out, m.getValue(), cap);
                batch.advance();
            }
        }
        while (i < old.size() && old.get(i).day() != DatedIndex.UNDATED) {
            i++; // dated entries past the cap, skipped to reach the undated ones
        }
        for (; i < old.size() && out.size() < cap; i++) {
            out.add(old.get(i).cluster());
        }
        DatedIndex.addUpTo(out, mine.getOrDefault(DatedIndex.UNDATED, List.of()), cap);
        return out;
    }

    /** Whether a walk from {@code day} comes to day {@code a} before day {@code b}: nearer, or as near and earlier. */
    private static boolean walksBefore(long a, long b, long day) {
        long da = Math.abs(a - day);
        long db = Math.abs(b - day);
        return da < db || (da == db && a < b);
    }

    /**
     * The clusters of the first {@code cap} entries: what {@link DatedIndex#walk} gives over the index's
     * entries alone, since {@link #fromIndex} lists them in the walk's order (whole days nearest first, then the
     * undated). A key the batch has not filed under yet is most keys: no map of days to build and walk.
     */
    private static List<Node> firstClusters(List<Entry> entries, int cap) {
        List<Node> out = new ArrayList<>(Math.min(cap, entries.size()));
        for (int i = 0; i < entries.size() && i < cap; i++) {
            out.add(entries.get(i).cluster());
        }
        return out;
    }

    /**
     * Whether the index certainly has no entry a walk from {@code day} could take: it holds no claim (the
     * first load of a store), or the key has no day in the window among those read for the batch and no
     * claim traced before is undated. Most of a first load's look-ups, and many of an update's, end here,
     * without building a look-up's cache key or merging entries.
     */
    private boolean nothingIndexed(String key, long day, int windowDays) {
        if (index == null || indexEmpty()) {
            return true;
        }
        if (day == DatedIndex.UNDATED || day - windowDays < from || day + windowDays > to || anyUndated()) {
            return false;
        }
        TreeMap<Long, List<KeyPostings.TermAt>> all = days.get(key);
        return all != null && all.subMap(day - windowDays, true, day + windowDays, true).isEmpty();
    }

    private Boolean indexEmpty;

    /** Whether the index holds no claim at all. */
    private boolean indexEmpty() {
        if (indexEmpty == null) {
            indexEmpty = index.count(TraceIndex.term(TraceIndex.KIND, "claim")) == 0;
        }
        return indexEmpty;
    }

    /**
     * The index entries a walk from {@code day} could take: days nearest first (the earlier of two equally
     * near), the first {@code cap} entries, then the undated ones; for an undated claim every
     * day's, latest first (the undated first of all).
     */
    List<Entry> fromIndex(String key, long day, int windowDays, int cap) {
        List<Entry> out = new ArrayList<>();
        if (index == null) {
            return out;
        }
        if (day == DatedIndex.UNDATED) {
            TreeMap<Long, List<KeyPostings.TermAt>> all = index.postings().days(field, key, Long.MIN_VALUE / 4, Long.MAX_VALUE / 4);
            List<Long> days = new ArrayList<>();
            days.add(DatedIndex.UNDATED);
            days.addAll(all.descendingKeySet());
            for (long d : days) {
                if (out.size() >= cap) {
                    break;
                }
                List<Node> clusters = d == DatedIndex.UNDATED ? index.postings().clustersWith(field, TraceIndex.dated(key, d)) : index.postings().clustersAt(field, all.get(d));
                clusters.forEach(c -> out.add(new Entry(d, c)));
            }
            return out;
        }
        // the key's days in the window, nearest first (the earlier of two as near), as the walk takes them: a view walked
        // from the claim's day outwards, where a copy of the window's days was made and every one of its days tried in turn
        DatedIndex.Nearest<List<KeyPostings.TermAt>> present = new DatedIndex.Nearest<>(daysAround(key, day, windowDays), day);
        while (present.peek() != null && out.size() < cap) {
            Map.Entry<Long, List<KeyPostings.TermAt>> at = present.peek();
            present.advance();
            long d = at.getKey();
            List<Node> clusters = clustersOn(key, d, at.getValue());
            // no more than the cap: a walk never takes the index's entries past it (see beside and firstClusters), and a
            // busy day's thousands of entries were copied whole for every look-up that reached it
            for (int k = 0; k < clusters.size() && out.size() < cap; k++) {
                out.add(new Entry(d, clusters.get(k)));
            }
        }
        if (anyUndated()) {
            index.postings().clustersWith(field, TraceIndex.dated(key, DatedIndex.UNDATED)).stream().limit(cap)
                    .forEach(c -> out.add(new Entry(DatedIndex.UNDATED, c)));
        }
        return out;
    }

    /**
     * A key's days within {@code windowDays} of {@code day} (a view, walked, never changed): from the key's days
     * read once for the batch when the window lies in them, as it does for the batch's claims.
     */
    private NavigableMap<Long, List<KeyPostings.TermAt>> daysAround(String key, long day, int windowDays) {
        if (day - windowDays < from || day + windowDays > to) {
            return index.postings().days(field, key, day - windowDays, day + windowDays);
        }
        TreeMap<Long, List<KeyPostings.TermAt>> all = days.computeIfAbsent(key, k -> index.postings().days(field, k, from, to));
        return all.subMap(day - windowDays, true, day + windowDays, true);
    }
}
