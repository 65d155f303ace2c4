package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Whether the Lucene index holds one entry for every text the store indexes (article text, claim
 * wording, quotes), and rebuilding it when it does not.
 * <p>
 * TDB2 and Lucene commit one after the other: a process killed between the two commits leaves texts
 * stored but not searchable, and a re-run sees those articles unchanged and does not index them
 * again. Each indexed quad has one Lucene entry whose {@code uid} is jena-text's checksum of its
 * subject, graph, field and text, so an entry is looked up per quad; a bulk load's texts not yet
 * indexed ({@link Iris#TEXT_PENDING_GRAPH}) are not expected.
 */
public final class TextIndexAudit {

    /**
     * @param texts   indexed quads the store holds (those a bulk load has yet to index left out)
     * @param missing of those, how many have no entry in the index
     * @param entries entries in the index
     */
    public record Report(long texts, long missing, long entries) {

        /** Every text searchable, and no entry for a text the store no longer holds. */
        public boolean consistent() {
            return missing == 0 && entries == texts;
        }
    }

    private TextIndexAudit() {}

    static Report audit(DatasetGraph base, TextIndex index) {
        EntityDefinition map = index.getDocDef();
        String uidField = map.getUidField();
        if (uidField == null)
            throw new IllegalStateException("the text index has no text:uidField: its entries cannot be matched with quads");
        return Txn.calculateRead(base, () -> {
            Set<Node> pending = pendingGraphs(base);
            try (DirectoryReader reader = DirectoryReader.open(lucene(index).getDirectory())) {
                IndexSearcher searcher = new IndexSearcher(reader);
                long[] texts = {0};
                long[] missing = {0};
                forEachText(base, map, Node.ANY, quad -> {
                    if (pending.contains(quad.getGraph()))
                        return;
                    texts[0]++;
                    if (!indexed(searcher, map, quad))
                        missing[0]++;
                });
                return new Report(texts[0], missing[0], reader.numDocs());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /**
     * Empties the index and indexes every text of the store again, in one write transaction of the
     * text dataset (which commits the index at its end: a kill meanwhile leaves the old index).
     *
     * @return the entries written
     */
    static long rebuild(DatasetGraph dataset, DatasetGraph base, TextIndex index) {
        EntityDefinition map = index.getDocDef();
        return Txn.calculateWrite(dataset, () -> {
            try {
                lucene(index).getIndexWriter().deleteAll();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Set<Node> pending = pendingGraphs(base);
            long[] written = {0};
            forEachText(base, map, Node.ANY, quad -> {
                if (!pending.contains(quad.getGraph())) {
                    index.addEntity(TextQueryFuncs.entityFromQuad(map, quad));
                    written[0]++;
                }
            });
            return written[0];
        });
    }

    /**
     * Indexes the texts of one graph that have no entry, for a writer that finds an article unchanged:
     * a run killed between the two commits stored the article but not its entries, and the re-run
     * must make it searchable for the store to converge. Looks entries up in the index's last commit
     * (opened once, on the first graph); a no-op without a text index.
     */
    static final class Gaps implements AutoCloseable {

        private final DatasetGraph base;
        private final TextIndex index;
        private DirectoryReader reader;
        private IndexSearcher searcher;
        private long filled;

        Gaps(DatasetGraph base, TextIndex index) {
            this.base = base;
            this.index = index;
        }

        /** Adds the missing entries of {@code graph}'s texts; call inside the write transaction. */
        void fill(Node graph) {
            if (index == null)
                return;
            EntityDefinition map = index.getDocDef();
            try {
                if (searcher == null) {
                    reader = DirectoryReader.open(lucene(index).getDirectory());
                    searcher = new IndexSearcher(reader);
                }
                forEachText(base, map, graph, quad -> {
                    if (!indexed(searcher, map, quad)) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(map, quad));
                        filled++;
                    }
                });
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        /** The entries added so far. */
        long filled() {
            return filled;
        }

        @Override
        public void close() {
            try {
                if (reader != null)
                    reader.close();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** Runs {@code action} on every quad of {@code graph} ({@code ANY}: of every graph) whose text the index indexes. */
    private static void forEachText(DatasetGraph base, EntityDefinition map, Node graph, Consumer<Quad> action) {
        for (Node predicate : indexedPredicates(map)) {
            var quads = base.find(graph, Node.ANY, predicate, Node.ANY);
            try {
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    if (quad.getObject().isLiteral())
                        action.accept(quad);
                }
            } finally {
                Iter.close(quads);
            }
        }
    }

    /** Whether the index holds the entry of {@code quad}'s text. */
    private static boolean indexed(IndexSearcher searcher, EntityDefinition map, Quad quad) {
        try {
            return searcher.count(new TermQuery(new Term(map.getUidField(), uid(map, quad)))) > 0;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** jena-text's entry id for a quad, as {@code TextIndexLucene} computes it when it adds the entry. */
    private static String uid(EntityDefinition map, Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(map, quad);
        return entity.getChecksum(map.getField(quad.getPredicate()), quad.getObject().getLiteralLexicalForm());
    }

    private static List<Node> indexedPredicates(EntityDefinition map) {
        List<Node> predicates = new ArrayList<>();
        for (String field : map.fields())
            predicates.addAll(map.getPredicates(field));
        return predicates;
    }

    /** The article graphs a bulk load stored whose texts are not indexed yet; call inside a transaction. */
    static Set<Node> pendingGraphs(DatasetGraph base) {
        Node pending = Iris.TEXT_PENDING_GRAPH;
        return new HashSet<>(Iter.toList(Iter.map(base.find(pending, pending, CG.pendingArticle.asNode(), Node.ANY), Quad::getObject)));
    }

    private static TextIndexLucene lucene(TextIndex index) {
        TextIndex inner = index instanceof ReadSafeTextIndex safe ? safe.unwrap() : index;
        if (inner instanceof TextIndexLucene lucene)
            return lucene;
        throw new IllegalStateException("not a Lucene text index: " + inner.getClass().getName());
    }
}
