package org.claimgraph.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The tracer's key lookups in the {@link TraceIndex}, read from the terms dictionary, the postings
 * and the doc values, never from stored documents or through a search: a key's days in a window
 * (one walk of the terms per segment, each day's postings remembered by term state), and the
 * clusters of a day's entries in the order they were traced.
 */
final class KeyPostings {

    private final DirectoryReader reader;
    /** Cluster IRIs by segment and ordinal: a batch meets the same clusters under many keys. */
    private final Map<Integer, Map<Integer, Node>> clusterNames = new HashMap<>();
    /** Each segment's arrival and cluster doc values, as {@link #collect} last left them. */
    private final Map<Integer, NumericDocValues> seqValues = new HashMap<>();
    private final Map<Integer, SortedDocValues> clusterValues = new HashMap<>();

    /** Lookups over one reader (the tracer keeps one per reader it opens). */
    KeyPostings(DirectoryReader reader) {
        this.reader = reader;
    }

    /** Where a term's postings are in one segment: found once, read later without looking the term up again. */
    record TermAt(LeafReaderContext leaf, BytesRef term, TermState state) {
    }

    /**
     * The days from {@code from} to {@code to} on which a key has entries, each with where its
     * postings are in each segment: one walk along the terms dictionary per segment.
     */
    TreeMap<Long, List<TermAt>> days(String field, String key, long from, long to) {
        return days(field, List.of(key), from, to).get(key);
    }

    /**
     * {@link #days} for many keys at once: the keys are taken in the order of their first terms, so each
     * segment's terms are walked forward by one enumeration (a seek to a nearby term reuses what the
     * last one read) instead of one look-up from the root per key and segment.
     */
    Map<String, TreeMap<Long, List<TermAt>>> days(String field, Collection<String> keys, long from, long to) {
        // each key's first and last terms written once (they were written again for every comparison of the sort)
        List<KeyRange> sorted = new ArrayList<>();
        for (String k : new java.util.HashSet<>(keys)) {
            sorted.add(new KeyRange(k, new BytesRef(k).length, new BytesRef(TraceIndex.dated(k, from)), new BytesRef(TraceIndex.dated(k, to))));
        }
        sorted.sort(Comparator.comparing(KeyRange::first));
        Map<String, TreeMap<Long, List<TermAt>>> out = new HashMap<>();
        sorted.forEach(k -> out.put(k.key(), new TreeMap<>()));
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (KeyRange k : sorted) {
                    if (te.seekCeil(k.first()) == TermsEnum.SeekStatus.END) {
                        break; // the later keys' terms come after this one's
                    }
                    TreeMap<Long, List<TermAt>> found = out.get(k.key());
                    int digitsAt = k.keyBytes() + 1; // the day's digits follow the key and its bar
                    for (BytesRef t = te.term(); t != null && t.compareTo(k.last()) <= 0; t = te.next()) {
                        long day = digits(t, digitsAt) - 100_000_000L;
                        found.computeIfAbsent(day, d -> new ArrayList<>()).add(new TermAt(leaf, BytesRef.deepCopyOf(t), te.termState()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A key (its length in UTF-8) with the first and last terms of its days in a window. */
    private record KeyRange(String key, int keyBytes, BytesRef first, BytesRef last) {
    }

    /** The number a term's ASCII digits from {@code at} spell: read from its bytes, without decoding it to a string. */
    private static long digits(BytesRef term, int at) {
        long n = 0;
        for (int i = term.offset + at; i < term.offset + term.length; i++) {
            int d = term.bytes[i] - '0';
            if (d < 0 || d > 9) {
                throw new IllegalStateException("not a day's digits: " + term.utf8ToString());
            }
            n = n * 10 + d;
        }
        return n;
    }

    /** A term's postings in one segment, or null when the segment does not have it. */
    private static PostingsEnum postings(LeafReaderContext leaf, String field, BytesRef term) throws IOException {
        Terms terms = leaf.reader().terms(field);
        TermsEnum te = terms == null ? null : terms.iterator();
        return te == null || !te.seekExact(term) ? null : te.postings(null, PostingsEnum.NONE);
    }

    /** What is read of a term's documents in one segment. */
    private interface SegmentReading {
        void read(LeafReaderContext leaf, PostingsEnum docs, Bits live) throws IOException;
    }

    /** Reads a term's documents segment by segment (those that have it). */
    private void eachSegment(String field, BytesRef term, SegmentReading reading) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum docs = postings(leaf, field, term);
                if (docs != null) {
                    reading.read(leaf, docs, leaf.reader().getLiveDocs());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clusters of the live documents at these postings, in the order they were traced. */
    List<Node> clustersAt(String field, List<TermAt> at) {
        List<long[]> found = new ArrayList<>();
        List<Node> clusters = new ArrayList<>();
        try {
            for (TermAt t : at) {
                TermsEnum te = t.leaf().reader().terms(field).iterator();
                te.seekExact(t.term(), t.state());
                collect(t.leaf(), te.postings(null, PostingsEnum.NONE), found, clusters);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySeq(found, clusters);
    }

    /**
     * The clusters of the live documents with a term, in the order they were traced: read from the
     * postings and doc values, without a search or the stored documents.
     */
    List<Node> clustersWith(String field, String term) {
        List<long[]> found = new ArrayList<>();
        List<Node> clusters = new ArrayList<>();
        eachSegment(field, new BytesRef(term), (leaf, docs, live) -> collect(leaf, docs, found, clusters));
        return bySeq(found, clusters);
    }

    /** A claim document's order key and cluster, as {@link TraceIndex#byOrder} sorts by them. */
    record OrderedEntry(BytesRef order, BytesRef cluster) {
    }

    /**
     * For each cluster with live documents having a term, the least order key among them (one entry per
     * cluster and segment), sorted as {@link TraceIndex#byOrder} sorts: where each cluster first has the
     * term. Ordinals are compared within a segment (they sort as the values do), so only one value per
     * cluster and segment is looked up, however many of its claims have the term.
     */
    List<OrderedEntry> firstPerCluster(String field, String term) {
        List<OrderedEntry> out = new ArrayList<>();
        eachSegment(field, new BytesRef(term), (leaf, docs, live) -> {
            SortedDocValues order = DocValues.getSorted(leaf.reader(), TraceIndex.ORDER);
            SortedDocValues cluster = DocValues.getSorted(leaf.reader(), TraceIndex.CLUSTER);
            Map<Integer, Integer> least = new HashMap<>(); // cluster ordinal -> least order ordinal
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && order.advanceExact(doc) && cluster.advanceExact(doc)) {
                    least.merge(cluster.ordValue(), order.ordValue(), Math::min);
                }
            }
            for (Map.Entry<Integer, Integer> e : least.entrySet()) {
                out.add(new OrderedEntry(BytesRef.deepCopyOf(order.lookupOrd(e.getValue())), BytesRef.deepCopyOf(cluster.lookupOrd(e.getKey()))));
            }
        });
        out.sort(Comparator.comparing(OrderedEntry::order).thenComparing(OrderedEntry::cluster));
        return out;
    }

    /**
     * How many live documents have a term, counted up to {@code limit + 1} at most. A segment without
     * deletions counts by the term's document frequency, without reading its postings: a word's postings
     * were walked up to the limit for every word of every batch, a cost that grew with the store until the
     * limit (profiled on a 4,000-article first load: a sixth of its last batch's tracing).
     */
    int countUpTo(String field, String term, int limit) {
        BytesRef t = new BytesRef(term);
        long n = 0;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                TermsEnum te = terms == null ? null : terms.iterator();
                if (n > limit || te == null || !te.seekExact(t)) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                if (live == null) {
                    n += te.docFreq();
                    continue;
                }
                PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && n <= limit; doc = docs.nextDoc()) {
                    if (live.get(doc)) {
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) Math.min(n, limit + 1L);
    }

    /**
     * A cluster's live claim documents in {@link TraceIndex#byOrder} (order key, then index order: they
     * share the cluster), the first {@code cap}, with their order keys: read from the postings and the
     * order doc values, where a sorted search set up a queue of {@code cap} entries for each cluster read.
     */
    TraceIndex.Ordered membersInOrder(String cluster, int cap) {
        List<BytesRef> keys = new ArrayList<>();
        List<Integer> docIds = new ArrayList<>();
        eachSegment(TraceIndex.CLUSTER, new BytesRef(cluster), (leaf, docs, live) -> {
            SortedDocValues order = DocValues.getSorted(leaf.reader(), TraceIndex.ORDER);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    keys.add(order.advanceExact(doc) ? BytesRef.deepCopyOf(order.lookupOrd(order.ordValue())) : new BytesRef());
                    docIds.add(leaf.docBase + doc);
                }
            }
        });
        Integer[] at = new Integer[keys.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
        }
        // segments come in index order and their documents in order, so a stable sort by key keeps index order within a key
        java.util.Arrays.sort(at, Comparator.comparing((Integer i) -> keys.get(i)));
        int n = Math.min(cap, at.length);
        int[] docs = new int[n];
        String[] orderKeys = new String[n];
        for (int i = 0; i < n; i++) {
            docs[i] = docIds.get(at[i]);
            orderKeys[i] = keys.get(at[i]).utf8ToString();
        }
        return new TraceIndex.Ordered(docs, orderKeys);
    }

    /** Stored ids by segment and document: a batch's articles meet the same earlier articles under many shingles. */
    private final Map<Integer, Map<Integer, String>> storedIds = new HashMap<>();

    /**
     * The stored ids of the live documents with a term, in index order (as a search sorted on nothing
     * they have gives them); null when more than {@code limit} have it. One walk of its postings, where a
     * look-up of the term, a count and a sorted search each read them before; each document's id is read
     * once per reader.
     */
    List<String> idsUpTo(String field, String term, int limit) {
        List<LeafReaderContext> leaves = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        eachSegment(field, new BytesRef(term), (leaf, docs, live) -> {
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && found.size() <= limit; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    leaves.add(leaf);
                    found.add(doc);
                }
            }
        });
        if (found.size() > limit) {
            return null; // counted, not read
        }
        List<String> out = new ArrayList<>(found.size());
        try {
            for (int i = 0; i < found.size(); i++) {
                LeafReaderContext leaf = leaves.get(i);
                int doc = found.get(i);
                Map<Integer, String> ids = storedIds.computeIfAbsent(leaf.ord, o -> new HashMap<>());
                String id = ids.get(doc);
                if (id == null) {
                    id = leaf.reader().storedFields().document(doc).get(TraceIndex.ID);
                    ids.put(doc, id);
                }
                out.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The facts of the live claims in a cluster (its term in the index), from doc values. */
    List<MemberFacts> facts(String cluster) {
        List<MemberFacts> out = new ArrayList<>();
        eachSegment(TraceIndex.CLUSTER, new BytesRef(cluster), (leaf, docs, live) -> {
            SortedDocValues claim = DocValues.getSorted(leaf.reader(), TraceIndex.ID_VALUE);
            SortedDocValues article = DocValues.getSorted(leaf.reader(), TraceIndex.ARTICLE_VALUE);
            SortedDocValues publisher = DocValues.getSorted(leaf.reader(), TraceIndex.PUBLISHER);
            SortedDocValues speaker = DocValues.getSorted(leaf.reader(), TraceIndex.SPEAKER);
            SortedDocValues first = DocValues.getSorted(leaf.reader(), TraceIndex.FIRST);
            NumericDocValues day = DocValues.getNumeric(leaf.reader(), TraceIndex.DAY);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                out.add(new MemberFacts(NodeFactory.createURI(value(claim, doc)), known(leaf, TraceIndex.ARTICLE_VALUE, article, doc).orElse(NodeFactory.createURI("")),
                        known(leaf, TraceIndex.PUBLISHER, publisher, doc), known(leaf, TraceIndex.SPEAKER, speaker, doc),
                        day.advanceExact(doc) && day.longValue() != DatedIndex.UNDATED, value(first, doc)));
            }
        });
        return out;
    }

    /**
     * Article, outlet and speaker IRIs by segment, field and ordinal: a few hundred outlets and speakers stand
     * behind the members of every cluster, and decoding each member's value from its compressed block again
     * was most of reading a cluster's facts (profiled on updates of a 4,000-article store: a seventh of tracing,
     * the more the larger the clusters).
     */
    private final Map<String, Map<Integer, java.util.Optional<Node>>> iris = new HashMap<>();

    /** A doc's IRI in a segment's sorted doc values, decoded once per ordinal; empty for none or "". */
    private java.util.Optional<Node> known(LeafReaderContext leaf, String field, SortedDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return java.util.Optional.empty();
        }
        Map<Integer, java.util.Optional<Node>> byOrd = iris.computeIfAbsent(leaf.ord + " " + field, k -> new HashMap<>());
        int ord = values.ordValue();
        java.util.Optional<Node> iri = byOrd.get(ord);
        if (iri == null) {
            String v = values.lookupOrd(ord).utf8ToString();
            iri = v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(NodeFactory.createURI(v));
            byOrd.put(ord, iri);
        }
        return iri;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** Adds the live documents of a postings list: their arrival and (by index) cluster. */
    private void collect(LeafReaderContext leaf, PostingsEnum docs, List<long[]> found, List<Node> clusters) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        Map<Integer, Node> names = clusterNames.computeIfAbsent(leaf.ord, o -> new HashMap<>());
        int first = docs.nextDoc();
        if (first == DocIdSetIterator.NO_MORE_DOCS) {
            return;
        }
        // the segment's doc values go forward only: kept from the last postings read while their documents come later
        // (making them anew for each key and day was half the cost of a look-up, profiled)
        NumericDocValues seq = seqValues.get(leaf.ord);
        SortedDocValues cluster = clusterValues.get(leaf.ord);
        if (seq == null || cluster == null || seq.docID() >= first || cluster.docID() >= first) {
            seq = DocValues.getNumeric(leaf.reader(), TraceIndex.SEQ);
            cluster = DocValues.getSorted(leaf.reader(), TraceIndex.CLUSTER);
            seqValues.put(leaf.ord, seq);
            clusterValues.put(leaf.ord, cluster);
        }
        for (int doc = first; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if ((live == null || live.get(doc)) && seq.advanceExact(doc) && cluster.advanceExact(doc)) {
                found.add(new long[] {seq.longValue(), clusters.size()});
                int ord = cluster.ordValue();
                Node name = names.get(ord);
                if (name == null) {
                    name = NodeFactory.createURI(cluster.lookupOrd(ord).utf8ToString());
                    names.put(ord, name);
                }
                clusters.add(name);
            }
        }
    }

    private static List<Node> bySeq(List<long[]> found, List<Node> clusters) {
        found.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Node> out = new ArrayList<>(found.size());
        found.forEach(f -> out.add(clusters.get((int) f[1])));
        return out;
    }

}
