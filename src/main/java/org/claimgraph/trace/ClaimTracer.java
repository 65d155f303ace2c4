package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Traces claims across articles, in a graph of its own ({@link #TRACE_GRAPH}):
 * <ul>
 * <li><b>clusters</b> ({@link Clustering}): a claim joins the cluster of an earlier claim of its
 * speaker (or side) that says the same; memberships, once made, are kept;</li>
 * <li><b>disputes and supports</b>: a denial disputes the earlier cluster it answers, a confirming
 * claim supports the one it confirms ({@link Responses});</li>
 * <li><b>conflicting figures</b>: the same measure, place, period and day given differently by two
 * sources ({@link FigureConflicts});</li>
 * <li><b>syndication</b>: near-duplicate articles ({@link Syndication}).</li>
 * </ul>
 * <p>
 * An update traces the articles stored since the last one (noted waiting, {@code cg:pendingArticle},
 * by the transaction that stored them), in batches of at most {@link #BATCH} articles, one write
 * transaction each. A batch reads only its own articles and, through the {@link TraceIndex} kept
 * beside the store, the claims, figures and articles it can meet; it writes only what changes. Within
 * a batch claims are taken by publication date, article and offset, so the result depends on the
 * batches articles arrived in, not on the order inside one; {@link #retrace} replays the recorded
 * batches from nothing and gives what the updates gave (unless articles were replaced meanwhile: a
 * replaced article's claims leave and arrive again, while the claims traced after the old version
 * kept what they met). What one batch does is {@link TraceBatch}'s; this class keeps the thresholds the
 * rounds share and decides which articles go in which batch, in what order. Not thread-safe.
 */
public final class ClaimTracer {

    public static final Node TRACE_GRAPH = Iris.TRACE_GRAPH;
    /**
     * Content-word overlap (shared words over the geometric mean of both wordings', weighted by
     * {@link Rarity}; or {@link ClaimIdentity#CONTAINED} of the shorter's) for two wordings by the same
     * speaker, published within {@link #SAME_CLAIM_DAYS} days, to be one claim ({@link ClaimIdentity}).
     * Calibrated on the real-news dev split together with {@link ClaimIdentity#MEAN_AGREEMENT}, checked
     * on gold/claims (see the README): 0.18 lost paraphrases, 0.12 joined different claims of one
     * speaker. (Over the shorter wording alone, as before, a long quote of several statements shared a
     * fifth of any of the speaker's short claims through his everyday words.)
     */
    static final double SAME_CLAIM = 0.15;
    static final int SAME_CLAIM_DAYS = 14;
    /**
     * A claim repeated later than {@link #SAME_CLAIM_DAYS}, up to these days, is the same claim only
     * when worded as closely as {@link #SAME_CLAIM_UNDATED} asks: a party restates its position weeks
     * on in nearly the same words, while the words a speaker shares with itself on one topic
     * ("weapons", "decision") join different claims over so long a span.
     */
    static final int REPEATED_CLAIM_DAYS = 45;
    /** The overlap needed when one article is undated, or the speech acts differ. */
    static final double SAME_CLAIM_UNDATED = 0.6;
    /** The overlap needed between two speakers that only speak for the same state or organisation (calibrated on dev: 0.3 split an office from its state's words). */
    static final double SAME_CLAIM_STATE = 0.25;
    /**
     * The overlap two speakers of different sides need to state one claim (the same actors or places
     * named, the same polarity, within {@link #SAME_CLAIM_DAYS}): calibrated on the real-news dev split,
     * where a minister repeating his government's figure or a mediator restating a party's acceptance
     * is one claim, while two sides' statements on one topic share a third of their telling words.
     */
    static final double SAME_CLAIM_OTHER = 0.5;
    /** How many of a cluster's first and of its latest members a new claim is compared with. */
    static final int SAMPLE = 3;
    /** Content words a claim needs before it can join another article's claim. */
    static final int MIN_WORDS = 3;
    /** How many clusters, those sharing the most telling words, a new claim is compared with. */
    static final int CANDIDATES = 12;
    /** How many index entries one word of a claim looks up. */
    static final int PER_WORD = 200;
    /** The overlap a claim needs with each of two clusters of its speaker to merge them. */
    static final double MERGE = 0.4;
    /** Articles traced in one batch at most: what one batch holds in memory is bounded. */
    static final int BATCH = 1000;

    /** A denial that only points back: "that assessment", "the accusation", "that", "those figures". */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^(?:that|this|those|these|such)\\s*$|^(?:that|this|those|these|the|such)\\s+(?:[a-z'’]+\\s+)?(?:assessment|account|accusation|claim|claims|report|reports|figure|figures|statement|remarks?|charge|allegations?|comments?|characterization|version|description)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What an update did. */
    public record Summary(int articles, int claims, int clusters, int newClusters, int disputes, int supports, int conflictingFigures,
            int nearDuplicates, double seconds, double cpuSeconds) {
        public String line() {
            return String.format(Locale.ROOT,
                    "traced %d claims of %d articles into %d clusters (%d new), %d disputes, %d supports, %d conflicting figure pairs,"
                            + " %d near-duplicate article pairs in %.1f s (%.1f s CPU)",
                    claims, articles, clusters, newClusters, disputes, supports, conflictingFigures, nearDuplicates, seconds, cpuSeconds);
        }

        Summary plus(Summary o) {
            return new Summary(articles + o.articles, claims + o.claims, clusters + o.clusters, newClusters + o.newClusters,
                    disputes + o.disputes, supports + o.supports, conflictingFigures + o.conflictingFigures, nearDuplicates + o.nearDuplicates,
                    seconds + o.seconds, cpuSeconds + o.cpuSeconds);
        }
    }

    private static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Articles per batch: {@link #BATCH}, fewer in tests of several batches. */
    private final int batchArticles;
    /** Told after each batch (see {@link TraceProgress}). */
    private final Consumer<TraceProgress> progress;

    public ClaimTracer() {
        this(p -> { });
    }

    /** A tracer that tells {@code progress} where it stands after each batch. */
    public ClaimTracer(Consumer<TraceProgress> progress) {
        this(BATCH, progress);
    }

    ClaimTracer(int batchArticles, Consumer<TraceProgress> progress) {
        this.batchArticles = batchArticles;
        this.progress = progress;
    }

    /** CPU time of the calling thread, in seconds: tracing runs on it alone, and on a busy machine its wall time says little. */
    private static double cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    /** Traces every article waiting to be traced. */
    public Summary update(DatasetGraph dataset) {
        return update(dataset, List.of());
    }

    /** Traces these article graphs first, in this order, then any other waiting to be traced. */
    public Summary update(DatasetGraph dataset, Collection<Node> graphs) {
        long start = System.nanoTime();
        double cpuStart = cpu();
        try (TraceIndex index = TraceIndex.open(dataset)) {
            IndexRebuild.ensure(dataset, index);
            // a retrace stopped half-way is finished first, in the batches it was replaying
            Summary replayed = replay(dataset, index, Txn.calculateRead(dataset, () -> byBatch(new TraceGraph(dataset).toReplay())), start);
            Summary waiting = traceWaiting(dataset, index, graphs, start, cpuStart);
            return replayed.articles() == 0 ? waiting : withTimes(replayed.plus(waiting), start, cpuStart);
        }
    }

    /** Article graphs by batch, each batch's in the order of their IRIs. */
    private static TreeMap<Long, List<Node>> byBatch(List<Map.Entry<Node, Long>> graphs) {
        TreeMap<Long, List<Node>> out = new TreeMap<>();
        graphs.forEach(e -> out.computeIfAbsent(e.getValue(), b -> new ArrayList<>()).add(e.getKey()));
        out.values().forEach(list -> list.sort(Comparator.comparing(Node::getURI)));
        return out;
    }

    /** Traces each batch again, under its own number, one write transaction each. */
    private Summary replay(DatasetGraph dataset, TraceIndex index, TreeMap<Long, List<Node>> batches, long start) {
        Summary total = NONE;
        int all = batches.values().stream().mapToInt(List::size).sum();
        int done = 0;
        for (Map.Entry<Long, List<Node>> b : batches.entrySet()) {
            double cpuBefore = cpu();
            Summary one = Txn.calculateWrite(dataset, () -> TraceBatch.trace(dataset, index, b.getValue(), b.getKey()));
            index.commit(b.getKey());
            total = told(total, one, ++done, batches.size(), all, start, cpuBefore);
        }
        return total;
    }

    /** Adds a batch to the run's total and tells {@link #progress} where the run stands. */
    private Summary told(Summary total, Summary batch, int done, int batches, int articles, long start, double cpuBefore) {
        Summary now = total.plus(batch);
        progress.accept(new TraceProgress(done, batches, now.articles(), articles, now.claims(), now.newClusters(),
                (System.nanoTime() - start) / 1e9, batch.articles(), cpu() - cpuBefore));
        return now;
    }

    private static Summary withTimes(Summary s, long start, double cpuStart) {
        return new Summary(s.articles, s.claims, s.clusters, s.newClusters, s.disputes, s.supports, s.conflictingFigures, s.nearDuplicates,
                (System.nanoTime() - start) / 1e9, cpu() - cpuStart);
    }

    /** Traces the waiting articles, {@code graphs} first, in batches of at most {@link #BATCH}. */
    private Summary traceWaiting(DatasetGraph dataset, TraceIndex index, Collection<Node> graphs, long start, double cpuStart) {
        List<Node> waiting = Txn.calculateRead(dataset, () -> {
            List<Node> pending = new TraceGraph(dataset).pending();
            pending.sort(Comparator.comparing(Node::getURI));
            Set<Node> out = new LinkedHashSet<>();
            graphs.stream().filter(pending::contains).forEach(out::add);
            out.addAll(pending);
            return new ArrayList<>(out);
        });
        Summary total = NONE;
        int batches = (waiting.size() + batchArticles - 1) / batchArticles;
        for (int from = 0; from < waiting.size(); from += batchArticles) {
            List<Node> chunk = waiting.subList(from, Math.min(waiting.size(), from + batchArticles));
            double cpuBefore = cpu();
            Summary one = Txn.calculateWrite(dataset, () -> TraceBatch.trace(dataset, index, chunk, new TraceGraph(dataset).batch() + 1));
            // the index is committed after the store: a stop in between leaves it behind, and it is rebuilt
            index.commit(Txn.calculateRead(dataset, () -> new TraceGraph(dataset).batch()));
            total = told(total, one, from / batchArticles + 1, batches, waiting.size(), start, cpuBefore);
        }
        return withTimes(total, start, cpuStart);
    }

    /**
     * Traces everything again from nothing: the trace graph and index are emptied and the articles
     * traced so far are replayed in the batches that traced them, then those still waiting. Use it
     * after upgrading claimgraph; on an unchanged store it gives back what the updates gave. The batches
     * still to replay are noted in the transaction that empties the trace graph ({@code cg:replayBatch}),
     * so a retrace stopped half-way is finished in the same batches by running it again or by the next update.
     */
    public Summary retrace(DatasetGraph dataset) {
        long start = System.nanoTime();
        double cpuStart = cpu();
        try (TraceIndex index = TraceIndex.open(dataset)) {
            TreeMap<Long, List<Node>> batches = Txn.calculateWrite(dataset, () -> {
                TraceGraph graph = new TraceGraph(dataset);
                // the batches as recorded, and those a retrace stopped half-way had still to replay
                List<Map.Entry<Node, Long>> recorded = new ArrayList<>(graph.tracedGraphs());
                recorded.addAll(graph.toReplay());
                TreeMap<Long, List<Node>> out = byBatch(recorded);
                Set<Node> replayed = new HashSet<>();
                out.values().forEach(replayed::addAll);
                List<Node> pending = new ArrayList<>(graph.pending());
                pending.removeAll(replayed);
                pending.sort(Comparator.comparing(Node::getURI));
                IndexRebuild.emptyTraceGraph(dataset);
                // noted in this transaction: a stop from here on loses no batch (see update)
                graph.noteReplay(out);
                // the waiting ones wait on, after the replayed batches
                pending.forEach(g -> dataset.add(TRACE_GRAPH, TRACE_GRAPH, CG.pendingArticle.asNode(), g));
                return out;
            });
            index.clear();
            index.commit(0);
            Summary total = replay(dataset, index, batches, start);
            return withTimes(total.plus(traceWaiting(dataset, index, List.of(), start, cpuStart)), start, cpuStart);
        }
    }

    /** The keys a claim is found by as a cluster candidate: its speaker's and its side's, with each of its words. */
    static List<String> keys(TracedClaim c) {
        List<String> out = new ArrayList<>();
        for (String w : c.words()) {
            out.add("speaker " + c.speakerKey() + " " + w);
            if (!c.principal().isEmpty()) {
                out.add("state " + c.principal() + " " + w);
            }
        }
        return out;
    }

    /**
     * The members a new claim is compared with: the first few and the latest few. A large cluster
     * (a statement carried by a hundred outlets) costs no more than a small one.
     */
    static List<TracedClaim> sample(List<TracedClaim> members) {
        if (members.size() <= 2 * SAMPLE) {
            return members;
        }
        List<TracedClaim> out = new ArrayList<>(members.subList(0, SAMPLE));
        out.addAll(members.subList(members.size() - SAMPLE, members.size()));
        return out;
    }

    /** The member a cluster was first seen in (a dated one when there is one). */
    static Node firstSeen(List<MemberFacts> members) {
        return members.stream().min(java.util.Comparator.comparing(MemberFacts::firstSeenKey)).orElseThrow().claim();
    }

    /** Representative wording, first date and first outlet: from the member it was first seen in. */
    static List<Quad> describeCluster(Node cluster, TracedClaim first) {
        List<Quad> out = new ArrayList<>();
        out.add(quad(cluster, RDF.type.asNode(), CG.ClaimCluster.asNode()));
        out.add(quad(cluster, CG.claimText.asNode(), NodeFactory.createLiteralString(first.text())));
        if (!first.date().isEmpty()) {
            out.add(quad(cluster, CG.firstSeen.asNode(), NodeFactory.createLiteralDT(first.date().substring(0, 10), XSDDatatype.XSDdate)));
        }
        first.publisher().ifPresent(p -> out.add(quad(cluster, CG.firstOutlet.asNode(), p)));
        return out;
    }

    /**
     * What a denial that points back denies: the matched words ("that assessment", "the
     * accusation", "that"), from its content or from what its cue denies ("disputed that, saying
     * …"); "" when it does not point back.
     */
    static String referent(String text, String cueText) {
        Matcher inText = REFERS_BACK.matcher(text);
        if (inText.find()) {
            return inText.group().strip();
        }
        String[] words = cueText.strip().split("\\s+", 2);
        if (words.length < 2) {
            return "";
        }
        String denied = words[1].split(",|\\s+and\\s+", 2)[0].strip();
        Matcher inCue = REFERS_BACK.matcher(denied);
        return !denied.isEmpty() && inCue.find() ? inCue.group().strip() : "";
    }

    static Quad quad(Node s, Node p, Node o) {
        return Quad.create(TRACE_GRAPH, s, p, o);
    }
}
