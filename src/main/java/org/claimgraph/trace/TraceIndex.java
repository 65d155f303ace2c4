package org.claimgraph.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.claimgraph.store.Store;

/**
 * The tracer's index of what it has traced, a Lucene index beside the TDB2 store
 * ({@code STORE/trace-index}; in memory for an in-memory store): one document per traced claim (its
 * cluster, its day, its arrival, the speaker-and-word and side-and-word keys the candidates are looked
 * up by, its words, and what the tracer needs to compare it), per traced quantity (its group of
 * measure, place, period and day) and per traced article (its five-word shingles). With it an update
 * reads the claims, figures and articles its new articles can meet, not the whole store.
 * <p>
 * It is a pure function of the store: each commit records the trace batch it reflects, and an index
 * that does not match the store's batch (a run stopped between the store's commit and the index's, a
 * store traced by an older claimgraph, an in-memory store) is rebuilt from the store
 * ({@link IndexRebuild}). Used inside the tracer's write transaction, by one thread.
 */
final class TraceIndex implements AutoCloseable {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String CLUSTER = "cluster";
    /** Clustering keys with the day they are dated by: "speaker KEY word|DAY", "state PRINCIPAL word|DAY" ({@link #dated}). */
    static final String CLUSTER_KEY = "k";
    /** Answer keys with their day: "SPEAKER word|DAY", "side PRINCIPAL word|DAY" over content and cue words. */
    static final String ANSWER_KEY = "r";
    static final String WORD = "w";
    static final String DAY = "day";
    static final String SEQ = "seq";
    static final String ORDER = "order";
    static final String DATA = "data";
    static final String GROUP = "group";
    static final String SHINGLE = "sh";
    /** An article's shingles, stored (four bytes each): an update compares a new article with it without reading its text again. */
    static final String SHINGLES = "shingles";
    static final String BATCH = "batch";
    static final String PUBLISHER = "publisher";
    /** The claim's IRI as a doc value (the ID field is indexed and stored, not a doc value). */
    static final String ID_VALUE = "claim";
    /** The claim's article as a doc value (ARTICLE is indexed on claim and other documents alike, without one). */
    static final String ARTICLE_VALUE = "claimArticle";
    static final String SPEAKER = "speaker";
    static final String FIRST = "first";
    /** The layout of the documents; an index of another layout is rebuilt. */
    static final String FORMAT = "format";
    static final String LAYOUT = "3";

    private final Directory directory;
    private final IndexWriter writer;
    private final boolean persistent;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    /** Lookups over the current reader, with what they keep; a new reader gets new ones. */
    private KeyPostings postings;

    private TraceIndex(Directory directory, boolean persistent) {
        this.directory = directory;
        this.persistent = persistent;
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the trace index: " + e.getMessage(), e);
        }
    }

    /** The index of a store: beside its TDB2 folder, or in memory (to be rebuilt) for an in-memory store. */
    static TraceIndex open(DatasetGraph dataset) {
        Optional<Path> tdb = Store.location(dataset);
        try {
            if (tdb.isEmpty()) {
                return new TraceIndex(new ByteBuffersDirectory(), false);
            }
            Path dir = tdb.get().resolveSibling("trace-index");
            Files.createDirectories(dir);
            return new TraceIndex(FSDirectory.open(dir), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the trace index: " + e.getMessage(), e);
        }
    }

    /** The trace batch the last commit reflects; -1 for a new, in-memory or unmarked index. */
    long batch() {
        if (!persistent) {
            return -1;
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return -1;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                String batch = data.get(BATCH);
                return batch == null || !LAYOUT.equals(data.get(FORMAT)) ? -1 : Long.parseLong(batch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (before a rebuild or a retrace). */
    void clear() {
        run(writer::deleteAll);
        refresh();
    }

    /** Forgets what was traced of these articles (replaced or removed): their claims, figures and shingles. */
    void forgetArticles(Collection<String> articleIris) {
        for (String a : articleIris) {
            run(() -> writer.deleteDocuments(new Term(ARTICLE, a)));
        }
        refresh();
    }

    /** Makes what was written so far visible to searches. */
    void refresh() {
        try {
            DirectoryReader newer = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
            if (newer != null) {
                if (reader != null) {
                    reader.close();
                }
                reader = newer;
                postings = null;
                searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null); // lookups seldom repeat: caching them costs more than it saves
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- writing

    void addClaim(TracedClaim c, String cluster, long seq) {
        run(() -> writer.updateDocument(new Term(ID, c.claim().getURI()), ClaimDocument.of(c, cluster, seq)));
    }

    /**
     * Adds a batch's claims, the i-th in {@code clusters.get(i)} arriving as {@code firstSeq + i}: as
     * {@link #addClaim} one by one would. The documents are built on all cores (a tenth of a first load's
     * tracing went into building them, profiled) and written on this thread, in this order: look-ups walk
     * a key's entries in the order they were written. A thousand documents at a time, so that memory holds
     * no more of them whatever the batch.
     */
    void addClaims(List<TracedClaim> claims, List<String> clusters, long firstSeq) {
        for (int from = 0; from < claims.size(); from += 1000) {
            int start = from;
            List<Document> docs = java.util.stream.IntStream.range(start, Math.min(claims.size(), start + 1000)).parallel()
                    .mapToObj(i -> ClaimDocument.of(claims.get(i), clusters.get(i), firstSeq + i)).toList();
            for (int i = 0; i < docs.size(); i++) {
                Term id = new Term(ID, claims.get(start + i).claim().getURI());
                Document d = docs.get(i);
                run(() -> writer.updateDocument(id, d));
            }
        }
    }

    void addQuantity(String quantity, String article, String group, FigureConflicts.Figure figure) {
        Document d = new Document();
        d.add(new StringField(ID, quantity, Field.Store.YES));
        d.add(new StringField(KIND, "quantity", Field.Store.NO));
        d.add(new StringField(ARTICLE, article, Field.Store.NO));
        d.add(new StringField(GROUP, group, Field.Store.NO));
        d.add(new StoredField(DATA, figure.source() + "\n" + figure.low() + "\n" + figure.high()));
        run(() -> writer.updateDocument(new Term(ID, quantity), d));
    }

    void addArticle(Syndication.Copy article) {
        Document d = new Document();
        d.add(new StringField(ID, article.article().getURI(), Field.Store.YES));
        d.add(new StringField(KIND, "article", Field.Store.NO));
        d.add(new StringField(ARTICLE, article.article().getURI(), Field.Store.NO));
        article.shingles().forEach(s -> d.add(new StringField(SHINGLE, Integer.toString(s), Field.Store.NO)));
        ByteBuffer packed = ByteBuffer.allocate(4 * article.shingles().size());
        article.shingles().stream().sorted().forEach(packed::putInt);
        d.add(new StoredField(SHINGLES, packed.array()));
        run(() -> writer.updateDocument(new Term(ID, article.article().getURI()), d));
    }

    /** Commits everything, marked with the store's trace batch. */
    void commit(long batch) {
        run(() -> {
            writer.setLiveCommitData(Map.of(BATCH, Long.toString(batch), FORMAT, LAYOUT).entrySet());
            writer.commit();
        });
    }

    // ---- reading

    /** The shingles stored for a traced article; empty when the index holds none for it. */
    Optional<Set<Integer>> shingles(String articleIri) {
        List<Document> found = find(List.of(term(ID, articleIri), term(KIND, "article")), null, 1);
        if (found.isEmpty() || found.get(0).getBinaryValue(SHINGLES) == null) {
            return Optional.empty();
        }
        BytesRef bytes = found.get(0).getBinaryValue(SHINGLES);
        ByteBuffer packed = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        Set<Integer> out = new HashSet<>();
        while (packed.remaining() >= 4) {
            out.add(packed.getInt());
        }
        return Optional.of(out);
    }

    /** The postings lookups of the tracer's keys, over the current reader. */
    KeyPostings postings() {
        if (postings == null) {
            postings = new KeyPostings(reader);
        }
        return postings;
    }

    /**
     * Postings lookups over the current reader with caches of their own, for a thread beside the
     * tracer's ({@link KeyPostings} keeps what it read and is not shared between threads).
     */
    KeyPostings separatePostings() {
        return new KeyPostings(reader);
    }

    /** Documents matching all of {@code must} and {@code filter}, top {@code cap} by {@code sort}. */
    List<Document> find(List<Query> must, Sort sort, int cap) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        must.forEach(m -> q.add(m, BooleanClause.Occur.FILTER));
        try {
            TopDocs top = sort == null ? searcher.search(q.build(), cap) : searcher.search(q.build(), cap, sort);
            List<Document> out = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(stored.document(sd.doc));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some document (live or deleted) has the term: a look in the terms dictionary, without a search. */
    boolean has(String field, String value) {
        try {
            return reader.docFreq(new Term(field, value)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents by id, with their {@link TracedClaim#orderKey}s ({@link KeyPostings#membersInOrder}): valid until the next {@link #refresh}. */
    record Ordered(int[] docs, String[] keys) {
    }

    /** A document's stored fields, by id (see {@link KeyPostings#membersInOrder}). */
    Document document(int docId) {
        try {
            return searcher.storedFields().document(docId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents match. */
    int count(Query q) {
        try {
            return searcher.count(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A key with the day of its entry, written so that a key's days sort as numbers (an undated one,
     * "U", after them all): entries are looked up day by day, a window of days being a run of terms.
     */
    static String dated(String key, long day) {
        return key + "|" + (day == DatedIndex.UNDATED ? "U" : dayDigits(day));
    }

    /**
     * A day as {@link #dated} writes it: nine digits, zero-padded, of the day plus 100,000,000. Padded by
     * hand: {@code String.format} for every key of every claim was half the cost of reading a batch's
     * key days on an update (profiled); a day outside the nine digits keeps the format's answer.
     */
    static String dayDigits(long day) {
        long shifted = day + 100_000_000L;
        if (shifted < 0 || shifted > 999_999_999L) {
            return String.format(java.util.Locale.ROOT, "%09d", shifted);
        }
        String digits = Long.toString(shifted);
        return "000000000".substring(digits.length()) + digits;
    }


    static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    static Query dayRange(long from, long to) {
        return LongPoint.newRangeQuery(DAY, from, to);
    }

    private static SortField byCluster() {
        return new SortField(CLUSTER, SortField.Type.STRING);
    }

    /** In the order they were traced (then the cluster, to read it). */
    static Sort byArrival() {
        return new Sort(new SortField(SEQ, SortField.Type.LONG), byCluster());
    }

    /** In {@link TracedClaim#ORDER} (then the cluster, to read it). */
    static Sort byOrder() {
        return new Sort(new SortField(ORDER, SortField.Type.STRING), byCluster());
    }

    /** A document's fields for sorting and ranges: day, arrival, order. */
    static void addSortFields(Document d, long day, long seq, String order) {
        d.add(new LongPoint(DAY, day));
        d.add(new NumericDocValuesField(DAY, day));
        d.add(new StoredField(DAY, day));
        d.add(new NumericDocValuesField(SEQ, seq));
        d.add(new StoredField(SEQ, seq));
        d.add(new SortedDocValuesField(ORDER, new BytesRef(order)));
        d.add(new StoredField(ORDER, order));
    }

    boolean persistent() {
        return persistent;
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.rollback(); // anything not committed (a failed update) is dropped
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("trace index: " + e.getMessage(), e);
        }
    }
}
