package org.claimgraph.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Reads what the tracer compares from the graphs of given articles: their claims (with speaker, side
 * and date), what each claim is about, their quantities and their texts. Each query runs with its
 * article graph bound, so reading a few new articles costs the same in a store of any size.
 */
final class TraceReader {

    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    private static final String CLAIMS = PREFIXES + """
            SELECT ?claim ?speaker ?anonymous ?affiliation ?descriptor ?text ?articleText ?stance ?article ?id ?date ?publisher ?begin ?end WHERE {
              GRAPH ?g {
                ?attribution cg:asserts ?claim ; cg:source ?speaker ;
                             cg:stance ?stance ; cg:inArticle ?article ; oa:start ?begin ; oa:end ?end .
                ?claim cg:claimText ?text .
                ?article cg:articleId ?id ; cg:text ?articleText .
                OPTIONAL { ?article schema:datePublished ?date }
                OPTIONAL { ?article schema:publisher ?publisher }
                OPTIONAL { ?speaker a cg:AnonymousSource . BIND(true AS ?anonymous)
                           OPTIONAL { ?speaker cg:affiliation ?affiliation } OPTIONAL { ?speaker cg:descriptor ?descriptor } }
              }
            }
            """;
    private static final String ABOUT = PREFIXES + "SELECT ?claim ?entity WHERE { GRAPH ?g { ?attribution cg:asserts ?claim . ?claim cg:about ?entity } }";
    private static final String QUANTITIES = PREFIXES + """
            SELECT ?q ?measure ?unit ?place ?period ?asOf ?date ?value ?qualifier ?statedBy ?publisher ?article WHERE {
              GRAPH ?g { ?q cg:measure ?measure ; cg:place ?place ; cg:value ?value ; cg:inArticle ?article .
                         OPTIONAL { ?q cg:period ?period } OPTIONAL { ?q cg:asOf ?asOf } OPTIONAL { ?q cg:unit ?unit }
                         OPTIONAL { ?q cg:qualifier ?qualifier } OPTIONAL { ?q cg:statedBy ?statedBy }
                         OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:publisher ?publisher } }
            }
            """;
    private static final String ARTICLES = PREFIXES + """
            SELECT ?article ?text ?date ?publisher WHERE {
              GRAPH ?g { ?article a cg:Article ; cg:text ?text . OPTIONAL { ?article schema:datePublished ?date }
                         OPTIONAL { ?article schema:publisher ?publisher } }
            }
            """;

    private static final Pattern PRESS = Pattern.compile(
            "\\b(?:media|press|newspapers?|television|TV|radio|reports?|broadcasters?|outlets?|journalists?)\\b", Pattern.CASE_INSENSITIVE);

    /** A quantity as figure conflicts compare it: its group (measure, unit, place, period, day) and the amounts it allows. */
    record Quantity(Node quantity, Node article, String group, FigureConflicts.Figure figure) {
    }

    /** An article as syndication compares it. */
    record ArticleText(Node article, String text, String date, Optional<Node> publisher) {
    }

    private final DatasetGraph dataset;
    private final Dataset wrapped;
    /** Whom each speaker speaks for, looked up once per update. */
    private final Map<String, String> principals = new HashMap<>();
    /**
     * Whether a speaker is a person (typed so in any graph), looked up once per speaker: as a test on
     * every claim's row of the claims query it was a third of reading a batch's claims back (profiled),
     * and a speaker has dozens of claims in a batch.
     */
    private final Map<Node, Boolean> persons = new HashMap<>();

    TraceReader(DatasetGraph dataset) {
        this.dataset = dataset;
        this.wrapped = DatasetFactory.wrap(dataset);
    }

    /** The claims of these article graphs, in {@link TracedClaim#ORDER}. */
    List<TracedClaim> claims(Collection<Node> graphs) {
        List<Fields> read = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node g : graphs) {
            for (QuerySolution row : select(CLAIMS, g)) {
                if (seen.add(row.getResource("claim").asNode())) {
                    read.add(fields(row));
                }
            }
        }
        // the words, figures and patterns of each wording are worked out on all cores: a first load traces after the
        // pipeline's workers are done, and on one thread this was a tenth of its tracing (profiled); the store is read
        // above, on this thread, which holds the transaction
        List<TracedClaim> out = new ArrayList<>(read.parallelStream().map(Fields::traced).toList());
        out.sort(TracedClaim.ORDER);
        return out;
    }

    /** What {@link TracedClaim#of} needs of a claim, read from the store. */
    private record Fields(Node claim, String speakerKey, String principal, Node speaker, boolean anonymous, boolean person, String text,
            String cueText, String stance, Node article, String articleId, String date, Optional<Node> publisher, int begin) {
        TracedClaim traced() {
            return TracedClaim.of(claim, speakerKey, principal, speaker, anonymous, person, text, cueText, stance, article, articleId, date,
                    publisher, begin);
        }
    }

    private Fields fields(QuerySolution row) {
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
                : principals.computeIfAbsent(affiliationOrSpeaker, iri -> principalOf(NodeFactory.createURI(iri)));
        // an attribution is anchored at its cue
        String cueText = row.getLiteral("articleText").getString().substring(row.getLiteral("begin").getInt(), row.getLiteral("end").getInt());
        return new Fields(row.getResource("claim").asNode(), key, stateKey, speaker, anonymous,
                !anonymous && persons.computeIfAbsent(speaker, this::isPerson), text, cueText, row.getResource("stance").getURI(),
                row.getResource("article").asNode(), row.getLiteral("id").getString(),
                row.contains("date") ? row.getLiteral("date").getLexicalForm() : "",
                row.contains("publisher") ? Optional.of(row.getResource("publisher").asNode()) : Optional.empty(),
                row.getLiteral("begin").getInt());
    }

    /** Whether some named graph types {@code speaker} a {@link CG#Person}: what {@code GRAPH ?g { ?speaker a cg:Person }} asks. */
    private boolean isPerson(Node speaker) {
        java.util.Iterator<org.apache.jena.sparql.core.Quad> typed = dataset.findNG(Node.ANY, speaker, RDF.type.asNode(), CG.Person.asNode());
        try {
            return typed.hasNext();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(typed);
        }
    }

    /** What each claim of these article graphs is about. */
    Map<Node, Set<Node>> about(Collection<Node> graphs) {
        Map<Node, Set<Node>> out = new HashMap<>();
        for (Node g : graphs) {
            for (QuerySolution row : select(ABOUT, g)) {
                out.computeIfAbsent(row.getResource("claim").asNode(), k -> new HashSet<>()).add(row.getResource("entity").asNode());
            }
        }
        return out;
    }

    /** The dated quantities of these article graphs that can be compared (not of "other" things). */
    List<Quantity> quantities(Collection<Node> graphs) {
        List<Quantity> out = new ArrayList<>();
        for (Node g : graphs) {
            for (QuerySolution row : select(QUANTITIES, g)) {
                String day = row.contains("asOf") ? row.getLiteral("asOf").getLexicalForm()
                        : row.contains("date") ? row.getLiteral("date").getLexicalForm() : "";
                if (day.length() < 10 || row.getResource("measure").getURI().endsWith("measure-other")) {
                    continue; // an undated figure, or one of "other" things, can be compared with nothing
                }
                String period = row.contains("period") ? row.getLiteral("period").getString().toLowerCase(Locale.ROOT).strip() : "";
                String unit = row.contains("unit") ? row.getLiteral("unit").getString().toLowerCase(Locale.ROOT) : "";
                String group = String.join(" ", row.getResource("measure").getURI(), unit, row.getResource("place").getURI(), period,
                        day.substring(0, 10));
                String source = row.contains("statedBy") ? row.get("statedBy").toString()
                        : "reporter " + (row.contains("publisher") ? row.getResource("publisher").getURI() : "");
                double value = new BigDecimal(row.getLiteral("value").getLexicalForm()).doubleValue();
                String qualifier = row.contains("qualifier") ? row.getResource("qualifier").getLocalName() : "";
                Node q = row.getResource("q").asNode();
                out.add(new Quantity(q, row.getResource("article").asNode(), group, FigureConflicts.figure(q, source, value, qualifier)));
            }
        }
        return out;
    }

    /** The texts of these article graphs. */
    List<ArticleText> articles(Collection<Node> graphs) {
        List<ArticleText> out = new ArrayList<>();
        for (Node g : graphs) {
            for (QuerySolution row : select(ARTICLES, g)) {
                out.add(new ArticleText(row.getResource("article").asNode(), row.getLiteral("text").getString(),
                        row.contains("date") ? row.getLiteral("date").getLexicalForm() : "",
                        row.contains("publisher") ? Optional.of(row.getResource("publisher").asNode()) : Optional.empty()));
            }
        }
        return out;
    }

    /** The text of one article, by its IRI; null if it is not stored (any more). */
    ArticleText article(Node articleIri) {
        String id = articleIri.getURI().substring(articleIri.getURI().lastIndexOf('/') + 1);
        List<ArticleText> found = articles(List.of(Iris.articleGraph(id)));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Whom an actor speaks for: the state it is, governs, belongs to or is affiliated with (up to
     * three steps), else the outermost organisation it belongs to ("UNRWA" speaks for the United
     * Nations, a Hamas official for Hamas), else itself.
     */
    private String principalOf(Node actor) {
        List<Node> frontier = List.of(actor);
        Node outermost = actor;
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                if (dataset.contains(Node.ANY, n, RDF.type.asNode(), CG.State.asNode())) {
                    return n.getURI();
                }
                for (Node p : List.of(CG.governmentOf.asNode(), CG.affiliatedWith.asNode(), CG.partOf.asNode())) {
                    dataset.getUnionGraph().find(n, p, Node.ANY).forEachRemaining(t -> {
                        if (t.getObject().isURI() && !next.contains(t.getObject())) {
                            next.add(t.getObject());
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

    private final Map<String, Query> parsed = new HashMap<>();

    private List<QuerySolution> select(String sparql, Node graph) {
        try (QueryExecution exec = QueryExecution.dataset(wrapped).query(parsed.computeIfAbsent(sparql, QueryFactory::create))
                .substitution("g", ResourceFactory.createResource(graph.getURI())).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
