package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.domain.EntityIds;
import org.claimgraph.domain.Span;

/**
 * The IRIs claimgraph mints. Everything is derived from stable identities (article id, offsets,
 * names), so writing the same article twice gives the same quads.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/claimgraph/";
    public static final String ID = EntityIds.ID;
    public static final String ARTICLE_GRAPH_PREFIX = BASE + "graph/article/";
    public static final Node REFERENCE_GRAPH = NodeFactory.createURI(BASE + "graph/reference");
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(BASE + "graph/ontology");
    /** What the tracer concludes across articles (claim clusters, disputes, conflicting figures, copies). */
    public static final Node TRACE_GRAPH = NodeFactory.createURI(BASE + "graph/trace");
    /** The candidate links from the news to dataset events, and the linker's bookkeeping. */
    public static final Node LINKS_GRAPH = NodeFactory.createURI(BASE + "graph/links");
    /** The ingest runs, each described once for all the article graphs it wrote. */
    public static final Node RUNS_GRAPH = NodeFactory.createURI(BASE + "graph/runs");
    /** Articles a bulk load stored whose text the full-text index has yet to take in (empty but for a stopped load). */
    public static final Node TEXT_PENDING_GRAPH = NodeFactory.createURI(BASE + "graph/text-pending");

    private Iris() {
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(ID + "article/" + articleId);
    }

    public static Node articleGraph(String articleId) {
        return NodeFactory.createURI(ARTICLE_GRAPH_PREFIX + articleId);
    }

    public static Node publisher(String name) {
        return NodeFactory.createURI(ID + "publisher/" + slug(name));
    }

    public static Node run(String runId) {
        return NodeFactory.createURI(ID + "run/" + runId);
    }

    public static Node software(String version) {
        return NodeFactory.createURI(ID + "software/claimgraph/" + slug(version));
    }

    /** The OWL-Time instant of a day ({@code isoDate} as yyyy-mm-dd), the same node in every graph that uses it. */
    public static Node day(String isoDate) {
        return NodeFactory.createURI(ID + "day/" + isoDate);
    }

    public static Node mention(String articleId, Span span) {
        return NodeFactory.createURI(ID + "article/" + articleId + "/mention/" + span.begin() + "-" + span.end());
    }

    public static Node attribution(String articleId, Span cue) {
        return NodeFactory.createURI(ID + "article/" + articleId + "/attribution/" + cue.begin() + "-" + cue.end());
    }

    /**
     * The attribution of one party of a joint source ("Israel and Hezbollah accused …"): the cue
     * is shared, so the party's source words tell it apart.
     */
    public static Node attribution(String articleId, Span cue, Span source) {
        return NodeFactory.createURI(ID + "article/" + articleId + "/attribution/" + cue.begin() + "-" + cue.end() + "/by/"
                + source.begin() + "-" + source.end());
    }

    /** An unnamed source of an article, by the words that introduced it. */
    public static Node unnamedSource(String articleId, Span introduced) {
        return NodeFactory.createURI(ID + "article/" + articleId + "/source/" + introduced.begin() + "-" + introduced.end());
    }

    public static Node quantity(String articleId, Span span) {
        return NodeFactory.createURI(ID + "article/" + articleId + "/quantity/" + span.begin() + "-" + span.end());
    }

    public static Node development(String articleId, Span trigger) {
        return NodeFactory.createURI(ID + "article/" + articleId + "/development/" + trigger.begin() + "-" + trigger.end());
    }

    /** A node that hangs off {@code owner}: its Web Annotation target or selector. */
    public static Node part(Node owner, String part) {
        return NodeFactory.createURI(owner.getURI() + "/" + part);
    }

    /** Lower-case ASCII words joined by '-'; see {@link EntityIds#slug}. */
    public static String slug(String name) {
        return EntityIds.slug(name);
    }
}
