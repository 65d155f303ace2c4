package org.claimgraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Traces claims across articles, in a graph of its own ({@link #TRACE_GRAPH}):
 * <ul>
 * <li><b>clusters</b>: a claim joins the cluster of an earlier claim (within {@link #SAME_CLAIM_DAYS}
 * days) by the same speaker — or by one who speaks for the same state or organisation, with more
 * wording in common; two named people never make one claim — whose wording shares enough
 * telling words ({@link Rarity}) and no conflicting figure. A claim that repeats two clusters of
 * its own speaker merges them. Memberships, once made, are kept, so new articles join existing
 * clusters and nothing is re-clustered: the result is deterministic for a given order of arrival
 * (claims of one update are taken by publication date, article and offset);</li>
 * <li><b>disputes and supports</b>: a denial disputes the earlier cluster it answers, a confirming
 * claim supports the one it confirms ({@link Responses});</li>
 * <li><b>conflicting figures</b>: the same measure, place, period and day given differently by two
 * sources ({@link FigureConflicts});</li>
 * <li><b>syndication</b>: near-duplicate articles ({@link Syndication}).</li>
 * </ul>
 * One write transaction per update. Not thread-safe.
 */
public final class ClaimTracer {

    public static final Node TRACE_GRAPH = NodeFactory.createURI(Iris.BASE + "graph/trace");
    /**
     * Content-word overlap (shared words over the shorter wording's, weighted by {@link Rarity}) for
     * two wordings by the same speaker, published within {@link #SAME_CLAIM_DAYS} days, to be one
     * claim. These thresholds were calibrated on gold/claims (see the README): a higher one loses
     * paraphrases, a lower one or a longer window joins different claims of one speaker.
     */
    static final double SAME_CLAIM = 0.2;
    static final int SAME_CLAIM_DAYS = 14;
    /** The overlap needed when one article is undated, or the speech acts differ. */
    static final double SAME_CLAIM_UNDATED = 0.6;
    /** The overlap needed between two speakers that only speak for the same state or organisation. */
    static final double SAME_CLAIM_STATE = 0.3;
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

    private static final Pattern PRESS = Pattern.compile(
            "\\b(?:media|press|newspapers?|television|TV|radio|reports?|broadcasters?|outlets?|journalists?)\\b", Pattern.CASE_INSENSITIVE);

    /** A denial that only points back: "that assessment", "the accusation", "that", "those figures". */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^(?:that|this|those|these|such)\\s*$|^(?:that|this|those|these|the|such)\\s+(?:[a-z'’]+\\s+)?(?:assessment|account|accusation|claim|claims|report|reports|figure|figures|statement|remarks?|charge|allegations?|comments?|characterization|version|description)\\b",
            Pattern.CASE_INSENSITIVE);

    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    private static final String CLAIMS = PREFIXES + """
            SELECT ?claim ?speaker ?person ?anonymous ?affiliation ?descriptor ?text ?cueText ?stance ?article ?id ?date ?publisher ?begin WHERE {
              GRAPH ?g {
                ?attribution a cg:Attribution ; cg:asserts ?claim ; cg:source ?speaker ; cg:contentText ?text ;
                             cg:stance ?stance ; cg:inArticle ?article ; cg:cue ?cue .
                ?cue oa:hasSelector/oa:start ?begin .
                OPTIONAL { ?cue cg:spanText ?cueText }
                ?article cg:articleId ?id .
                OPTIONAL { ?article schema:datePublished ?date }
                OPTIONAL { ?article schema:publisher ?publisher }
                OPTIONAL { ?speaker a cg:AnonymousSource . BIND(true AS ?anonymous)
                           OPTIONAL { ?speaker cg:affiliation ?affiliation } OPTIONAL { ?speaker cg:descriptor ?descriptor } }
              }
              BIND(EXISTS { GRAPH ?typeGraph { ?speaker a cg:Person } } AS ?person)
            }
            """;
    private static final String ABOUT = PREFIXES + "SELECT ?claim ?entity WHERE { GRAPH ?g { ?claim a cg:Claim ; cg:about ?entity } }";

    /** What an update did. */
    public record Summary(int claims, int clusters, int newMemberships, int disputes, int supports, int conflictingFigures,
            int nearDuplicates, double seconds) {
        public String line() {
            return String.format(Locale.ROOT,
                    "traced %d claims into %d clusters (%d new), %d disputes, %d supports, %d conflicting figure pairs,"
                            + " %d near-duplicate article pairs in %.1f s",
                    claims, clusters, newMemberships, disputes, supports, conflictingFigures, nearDuplicates, seconds);
        }
    }

    public Summary update(DatasetGraph dataset) {
        long start = System.nanoTime();
        return Txn.calculateWrite(dataset, () -> {
            List<TracedClaim> claims = claims(dataset);
            Rarity rarity = new Rarity(claims);
            Map<Node, Set<Node>> about = about(dataset);
            Map<Node, Node> membership = new LinkedHashMap<>();
            Set<Node> present = new HashSet<>();
            claims.forEach(c -> present.add(c.claim()));
            dataset.find(TRACE_GRAPH, Node.ANY, CG.inCluster.asNode(), Node.ANY).forEachRemaining(q -> {
                if (present.contains(q.getSubject())) {
                    membership.put(q.getSubject(), q.getObject()); // kept: clusters never re-form
                }
            });
            Map<Node, List<TracedClaim>> clusters = new LinkedHashMap<>();
            for (TracedClaim c : claims) {
                Node cluster = membership.get(c.claim());
                if (cluster != null) {
                    clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(c);
                }
            }
            // candidates come from an index by speaker and by side, dated, so a claim is compared with
            // the clusters of its speakers in its weeks, not with the whole store
            DatedIndex bySpeaker = new DatedIndex();
            Map<Node, Node> mergedInto = new HashMap<>();
            UnaryOperator<Node> current = n -> {
                Node at = n;
                while (mergedInto.containsKey(at)) {
                    at = mergedInto.get(at);
                }
                return at;
            };
            claims.stream().filter(c -> membership.containsKey(c.claim())).forEach(c -> index(bySpeaker, c, membership.get(c.claim())));
            int fresh = 0;
            for (TracedClaim c : claims) {
                if (membership.containsKey(c.claim())) {
                    continue;
                }
                List<Node> matching = matchingClusters(c, candidates(bySpeaker, c, current, rarity), clusters, rarity);
                Node cluster = matching.isEmpty()
                        ? NodeFactory.createURI(Iris.ID + "claim-cluster/" + Hashes.sha256Hex(c.claim().getURI()).substring(0, 16))
                        : merge(matching, clusters, membership, mergedInto);
                membership.put(c.claim(), cluster);
                clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(c);
                index(bySpeaker, c, cluster);
                fresh++;
            }
            List<Quad> quads = new ArrayList<>();
            clusters.forEach((cluster, members) -> describeCluster(cluster, members, quads));
            membership.forEach((claim, cluster) -> quads.add(quad(claim, CG.inCluster.asNode(), cluster)));
            Responses.Counts links = new Responses(claims, membership, clusters, about, rarity).link(claims, quads);
            int conflicts = FigureConflicts.link(dataset, quads);
            int duplicates = Syndication.link(dataset, quads);
            replaceTraceGraph(dataset, quads);
            return new Summary(claims.size(), clusters.size(), fresh, links.disputes(), links.supports(), conflicts, duplicates,
                    (System.nanoTime() - start) / 1e9);
        });
    }

    /** Indexes a claim's cluster under its speaker and its side, once per word of the claim. */
    private static void index(DatedIndex bySpeaker, TracedClaim c, Node cluster) {
        for (String w : c.words()) {
            bySpeaker.add("speaker " + c.speakerKey() + " " + w, c, cluster);
            if (!c.principal().isEmpty()) {
                bySpeaker.add("state " + c.principal() + " " + w, c, cluster);
            }
        }
    }

    /**
     * The clusters a claim is compared with: those of its speaker and side, in its window, that
     * share the most telling words with it (each shared word counts by its {@link Rarity} weight),
     * best {@link #CANDIDATES} first. Each word looks up at most {@link #PER_WORD} entries, the
     * closest in time, so a side's everyday words ("Gaza", "talks") cost no more than rare ones.
     */
    private static Set<Node> candidates(DatedIndex bySpeaker, TracedClaim c, UnaryOperator<Node> current, Rarity rarity) {
        Map<Node, Double> shared = new HashMap<>();
        for (String w : c.words()) {
            Set<Node> seen = new HashSet<>();
            List<Node> found = new ArrayList<>(bySpeaker.nearest("speaker " + c.speakerKey() + " " + w, c, SAME_CLAIM_DAYS, PER_WORD));
            if (!c.principal().isEmpty()) {
                found.addAll(bySpeaker.nearest("state " + c.principal() + " " + w, c, SAME_CLAIM_DAYS, PER_WORD));
            }
            double weight = rarity.weight(w);
            for (Node n : found) {
                Node cluster = current.apply(n);
                if (seen.add(cluster)) {
                    shared.merge(cluster, weight, Double::sum);
                }
            }
        }
        Set<Node> out = new LinkedHashSet<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<Node, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                .limit(CANDIDATES).forEach(e -> out.add(e.getKey()));
        return out;
    }

    /**
     * The clusters a new claim belongs to: those with a member it agrees with. Usually one; two when
     * the claim bridges wordings that arrived apart (a wire lead and the full quote), and then the
     * clusters are merged.
     */
    private static List<Node> matchingClusters(TracedClaim c, Set<Node> candidates, Map<Node, List<TracedClaim>> clusters, Rarity rarity) {
        if (c.words().size() < MIN_WORDS) {
            return List.of(); // "that account": too little wording to recognise anywhere else
        }
        // merging only on the speaker's own words: a bridge through a colleague chains unrelated claims
        List<Node> sameSpeaker = new ArrayList<>();
        Node best = null;
        double bestScore = 0;
        for (Node candidate : candidates) {
            List<TracedClaim> sample = sample(clusters.get(candidate));
            if (sample.stream().anyMatch(m -> !sameFigures(m, c))) {
                continue; // a toll that moved is a new claim, whichever member gave the old one
            }
            for (TracedClaim m : sample) {
                double score = agreement(m, c, rarity);
                if (score >= MERGE && m.speakerKey().equals(c.speakerKey()) && !sameSpeaker.contains(candidate)) {
                    sameSpeaker.add(candidate);
                }
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        if (best != null && !sameSpeaker.contains(best)) {
            sameSpeaker.add(best);
        }
        return sameSpeaker;
    }

    /**
     * Merges clusters into the one seen first (its IRI stays, so links to it stay valid) and
     * returns that one. Memberships move; nothing else is re-clustered.
     */
    private static Node merge(List<Node> matching, Map<Node, List<TracedClaim>> clusters, Map<Node, Node> membership,
            Map<Node, Node> mergedInto) {
        Node kept = matching.stream().min(Comparator.comparing((Node n) -> clusters.get(n).get(0), TracedClaim.ORDER)
                .thenComparing(Node::getURI)).orElseThrow();
        for (Node other : matching) {
            if (other.equals(kept)) {
                continue;
            }
            List<TracedClaim> moved = clusters.remove(other);
            moved.forEach(m -> membership.put(m.claim(), kept));
            clusters.get(kept).addAll(moved);
            mergedInto.put(other, kept); // the index still names it: it resolves to the kept one
        }
        clusters.get(kept).sort(TracedClaim.ORDER);
        return kept;
    }

    /**
     * How strongly member {@code m} and new claim {@code c} say the same thing: their content-word
     * overlap when it reaches what their relation needs, else 0. The same speaker needs a quarter of
     * the wording in common; a speaker only of the same state or organisation (an office, an unnamed
     * official) needs more; another speech act, or a pair where one article is undated, more still.
     * Never across different speakers, periods or figures, and never with the report a claim is
     * nested in ("WHO said … noting that the UN estimates …": the UN's estimate is not the WHO's claim).
     */
    private static double agreement(TracedClaim m, TracedClaim c, Rarity rarity) {
        boolean sameSpeaker = m.speakerKey().equals(c.speakerKey());
        // two named people of one side make two claims (one may support the other); an office, a
        // state or an unnamed official may voice a named person's claim
        boolean sameState = !sameSpeaker && !m.principal().isEmpty() && m.principal().equals(c.principal())
                && !(m.person() && c.person());
        boolean undated = m.date().isEmpty() != c.date().isEmpty();
        if (!(sameSpeaker || sameState) || (!undated && !close(m.date(), c.date())) || !sameFigures(m, c) || nested(m, c)) {
            return 0;
        }
        double needed = sameSpeaker ? SAME_CLAIM : SAME_CLAIM_STATE;
        if (!compatibleStance(m.stance(), c.stance()) || undated) {
            needed = Math.max(needed, SAME_CLAIM_UNDATED);
        }
        double score = rarity.overlap(m.words(), c.words());
        return score >= needed ? score : 0;
    }

    /** One report inside the other's content, in one article. */
    private static boolean nested(TracedClaim m, TracedClaim c) {
        return m.article().equals(c.article()) && !m.speakerKey().equals(c.speakerKey())
                && (m.text().contains(c.text()) || c.text().contains(m.text()));
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

    /** Published within a few days of each other (or both undated). */
    private static boolean close(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        long days = Math.abs(LocalDate.parse(a.substring(0, 10)).toEpochDay() - LocalDate.parse(b.substring(0, 10)).toEpochDay());
        return days <= SAME_CLAIM_DAYS;
    }

    /** Two wordings with numbers are one claim only if they give the same numbers: a toll that moved is a new claim. */
    private static boolean sameFigures(TracedClaim a, TracedClaim b) {
        return Words.sameFigures(Words.numbers(a.text()), Words.numbers(b.text()));
    }

    private static boolean compatibleStance(String a, String b) {
        return a.equals(b) || (isPlain(a) && isPlain(b));
    }

    private static boolean isPlain(String stance) {
        return stance.endsWith("stance-assert") || stance.endsWith("stance-report") || stance.endsWith("stance-respond");
    }

    /** Representative wording, first date and first outlet: from the earliest member (a dated one when there is one). */
    private static void describeCluster(Node cluster, List<TracedClaim> members, List<Quad> out) {
        TracedClaim first = members.stream().min(TracedClaim.FIRST_SEEN).orElseThrow();
        out.add(quad(cluster, RDF.type.asNode(), CG.ClaimCluster.asNode()));
        out.add(quad(cluster, CG.claimText.asNode(), NodeFactory.createLiteralString(first.text())));
        if (!first.date().isEmpty()) {
            out.add(quad(cluster, CG.firstSeen.asNode(), NodeFactory.createLiteralDT(first.date().substring(0, 10), XSDDatatype.XSDdate)));
        }
        first.publisher().ifPresent(p -> out.add(quad(cluster, CG.firstOutlet.asNode(), p)));
    }

    private static List<TracedClaim> claims(DatasetGraph dataset) {
        Map<String, String> stateOf = new HashMap<>();
        List<TracedClaim> out = new ArrayList<>();
        for (QuerySolution row : select(dataset, CLAIMS)) {
            Node speaker = row.get("speaker").asNode();
            boolean anonymous = row.contains("anonymous");
            String key = anonymous
                    ? "unnamed:" + (row.contains("affiliation") ? row.getResource("affiliation").getURI() : "")
                            + ":" + (row.contains("descriptor") ? row.getLiteral("descriptor").getString().toLowerCase(Locale.ROOT) : "")
                    : speaker.getURI();
            String text = row.getLiteral("text").getString();
            // "Israeli media" report on a state; they do not speak for it
            boolean press = anonymous && row.contains("descriptor") && PRESS.matcher(row.getLiteral("descriptor").getString()).find();
            String affiliationOrSpeaker = press ? ""
                    : anonymous ? (row.contains("affiliation") ? row.getResource("affiliation").getURI() : "") : speaker.getURI();
            String stateKey = affiliationOrSpeaker.isEmpty() ? ""
                    : stateOf.computeIfAbsent(affiliationOrSpeaker, iri -> principalOf(dataset, NodeFactory.createURI(iri)));
            String cueText = row.contains("cueText") ? row.getLiteral("cueText").getString() : "";
            out.add(new TracedClaim(row.getResource("claim").asNode(), key, stateKey, speaker, anonymous,
                    !anonymous && row.getLiteral("person").getBoolean(), text, Words.of(text), Words.of(cueText),
                    referent(text, cueText),
                    row.getResource("stance").getURI(), row.getResource("article").asNode(), row.getLiteral("id").getString(),
                    row.contains("date") ? row.getLiteral("date").getLexicalForm() : "",
                    row.contains("publisher") ? Optional.of(row.getResource("publisher").asNode()) : Optional.empty(),
                    row.getLiteral("begin").getInt()));
        }
        out.sort(TracedClaim.ORDER);
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

    /**
     * Whom an actor speaks for: the state it is, governs, belongs to or is affiliated with (up to
     * three steps), else the outermost organisation it belongs to ("UNRWA" speaks for the United
     * Nations, a Hamas official for Hamas), else itself.
     */
    private static String principalOf(DatasetGraph dataset, Node actor) {
        List<Node> frontier = List.of(actor);
        Node outermost = actor;
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                if (dataset.contains(Node.ANY, n, RDF.type.asNode(), CG.State.asNode())) {
                    return n.getURI();
                }
                for (Node p : List.of(CG.governmentOf.asNode(), CG.affiliatedWith.asNode(), CG.partOf.asNode())) {
                    dataset.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> {
                        if (q.getObject().isURI() && !next.contains(q.getObject())) {
                            next.add(q.getObject());
                        }
                    });
                }
            }
            if (!next.isEmpty()) {
                outermost = next.get(0);
            }
            frontier = next;
        }
        return outermost.getURI();
    }

    private static Map<Node, Set<Node>> about(DatasetGraph dataset) {
        Map<Node, Set<Node>> out = new HashMap<>();
        for (QuerySolution row : select(dataset, ABOUT)) {
            out.computeIfAbsent(row.getResource("claim").asNode(), k -> new HashSet<>()).add(row.getResource("entity").asNode());
        }
        return out;
    }

    static List<QuerySolution> select(DatasetGraph dataset, String sparql) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(sparql).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /**
     * Brings the trace graph to {@code quads}, deleting and adding only what changed: an update
     * that adds a few articles touches a few quads (and the text index a few entries).
     */
    private static void replaceTraceGraph(DatasetGraph dataset, List<Quad> quads) {
        Set<Quad> wanted = new HashSet<>(quads);
        List<Quad> stale = new ArrayList<>();
        Set<Quad> present = new HashSet<>();
        dataset.find(TRACE_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (wanted.contains(q)) {
                present.add(q);
            } else {
                stale.add(q);
            }
        });
        stale.forEach(dataset::delete);
        wanted.stream().filter(q -> !present.contains(q)).forEach(dataset::add);
    }

    static Quad quad(Node s, Node p, Node o) {
        return Quad.create(TRACE_GRAPH, s, p, o);
    }
}
