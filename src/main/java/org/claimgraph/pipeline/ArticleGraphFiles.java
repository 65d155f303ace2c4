package org.claimgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NQuadsFiles;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;

/**
 * Article graphs read back from N-Quads files ({@code .nq}, or {@code .nq.gz}), as
 * {@code claimgraph export rdf --format nq} writes them: one
 * {@link Store.PendingArticle} per article graph, its id from the graph's name and its fingerprint
 * from the graph itself, so that an article already stored with the same content is left alone.
 * Run provenance ({@link Iris#RUNS_GRAPH}) is kept aside ({@link #runs}, a few quads per run) and
 * written after the articles. Every other graph is counted
 * and skipped: what the store derives from its articles (tallies, trace, links, text-index notes) is
 * recomputed after the load, the reference data and ontology come with claimgraph itself, and a
 * dataset import comes back with {@code claimgraph link}. The parse streams: one article's quads
 * are held at a time.
 */
final class ArticleGraphFiles {

    /** Graph name → quads skipped, across the files read. */
    private final Map<String, Long> skipped = new TreeMap<>();
    /** Article graphs met so far: each must come in one block. */
    private final Set<Node> seen = new HashSet<>();
    private final List<Quad> runs = new ArrayList<>();
    private final Consumer<Store.PendingArticle> articles;

    ArticleGraphFiles(Consumer<Store.PendingArticle> articles) {
        this.articles = articles;
    }

    /** Reads one file, handing on each article graph as it ends. */
    void read(Path file) {
        Block block = new Block(file);
        try (InputStream in = NQuadsFiles.open(file)) {
            RDFParser.create().source(in).lang(Lang.NQUADS).parse(block);
        } catch (IOException e) {
            throw new GraphLoader.LoadException(file + ": cannot be read (" + e.getMessage() + "): check the path, and that a .gz file is gzip", e);
        } catch (RiotException e) {
            throw new GraphLoader.LoadException(file + ": not N-Quads: " + e.getMessage()
                    + " (give N-Quads as `claimgraph export rdf --format nq` writes them)", e);
        }
        block.end();
    }

    /** The article graphs read so far. */
    int articles() {
        return seen.size();
    }

    /** The run provenance quads read so far. */
    List<Quad> runs() {
        return runs;
    }

    /** Graph name → quads skipped. */
    Map<String, Long> skipped() {
        return skipped;
    }

    /** Collects the quads of the article graph being read; hands it on when the next graph begins. */
    private final class Block extends StreamRDFBase {
        private final Path file;
        private Node graph;
        private List<Quad> quads = new ArrayList<>();

        Block(Path file) {
            this.file = file;
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.getGraph();
            if (g.equals(Iris.RUNS_GRAPH)) {
                runs.add(quad);
                return;
            }
            if (!g.isURI() || !g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                skipped.merge(g.isURI() ? g.getURI() : "the default graph", 1L, Long::sum);
                return;
            }
            if (!g.equals(graph)) {
                end();
                if (!seen.add(g)) {
                    throw new GraphLoader.LoadException(file + ": the quads of " + g.getURI() + " come in more than one block (or in two files):"
                            + " write each article's graph in one block, as `export rdf --format nq` does", null);
                }
                graph = g;
            }
            quads.add(quad);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            skipped.merge("the default graph", 1L, Long::sum);
        }

        /** Hands on the article graph read so far, if any. */
        void end() {
            if (graph == null) {
                return;
            }
            String id = graph.getURI().substring(Iris.ARTICLE_GRAPH_PREFIX.length());
            Node article = Iris.article(id);
            String fingerprint = quads.stream()
                    .filter(q -> q.getSubject().equals(article) && q.getPredicate().equals(CG.fingerprint.asNode()))
                    .map(q -> q.getObject().getLiteralLexicalForm()).findFirst()
                    .orElseThrow(() -> new GraphLoader.LoadException(file + ": " + graph.getURI() + " holds no cg:fingerprint of its article "
                            + article.getURI() + ": not an article graph claimgraph wrote (export it with `claimgraph export rdf --format nq`)", null));
            List<Quad> own = quads;
            articles.accept(new Store.PendingArticle(id, fingerprint, sink -> own.forEach(sink::quad)));
            quads = new ArrayList<>();
            graph = null;
        }
    }
}
