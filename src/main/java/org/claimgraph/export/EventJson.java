package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/** Reads quantities and negotiations back from a graph into the export shapes. */
final class EventJson {

    private final GraphView view;

    EventJson(Graph g) {
        this.view = new GraphView(g);
    }

    ObjectNode quantity(Node q, ObjectNode articleRef) {
        ObjectNode o = GraphView.JSON.objectNode();
        o.put("iri", q.getURI());
        o.set("article", articleRef);
        o.put("measure", view.notation(q, CG.measure.asNode(), "measure-"));
        Optional<String> value = view.text(q, CG.value.asNode());
        if (value.isPresent()) {
            o.put("value", new BigDecimal(value.get()));
        } else {
            o.putNull("value");
        }
        o.put("qualifier", view.notation(q, CG.qualifier.asNode(), "qualifier-"));
        o.put("unit", view.text(q, CG.unit.asNode()).orElse(null));
        Optional<Node> place = view.one(q, CG.place.asNode());
        o.set("place", place.isPresent() ? view.ref(place.get()) : GraphView.JSON.nullNode());
        Optional<Node> statedBy = view.one(q, CG.statedBy.asNode());
        o.set("stated_by", statedBy.isPresent() ? view.speaker(statedBy.get()) : GraphView.JSON.nullNode());
        o.put("as_of", view.text(q, CG.asOf.asNode()).orElse(null));
        o.put("period", view.text(q, CG.period.asNode()).orElse(null));
        ArrayNode conflicts = o.putArray("conflicts_with");
        view.all(q, CG.conflictsWith.asNode()).stream().map(Node::getURI).sorted().forEach(conflicts::add);
        // the dataset events a single toll probably counts (candidate links, see the related-events query)
        ArrayNode related = o.putArray("related_events");
        view.linkedEvents(q).stream().map(Node::getURI).sorted().forEach(related::add);
        o.put("text", view.text(q, CG.spanText.asNode()).orElse(null));
        o.set("span", view.span(q));
        return o;
    }

    /**
     * A negotiation without its developments (the record's last field, {@link #developments}); its
     * venue is the one most articles name ({@code venueArticles}: venue IRI → article count).
     */
    ObjectNode negotiation(Node n, Map<String, Integer> venueArticles) {
        ObjectNode o = GraphView.JSON.objectNode();
        o.put("iri", n.getURI());
        o.put("label", view.text(n, RDFS.label.asNode()).orElse(n.getURI()));
        o.put("topic", view.text(n, CG.topic.asNode()).orElse(null));
        Optional<Node> venue = view.all(n, CG.venue.asNode()).stream()
                .max(Comparator.comparingInt((Node v) -> venueArticles.getOrDefault(v.getURI(), 0))
                        .thenComparing(Node::getURI, Comparator.reverseOrder()));
        o.set("venue", venue.isPresent() ? view.ref(venue.get()) : GraphView.JSON.nullNode());
        // a mediator in any article's telling is a mediator, not a party
        List<Node> mediatorNodes = view.all(n, CG.mediator.asNode());
        ArrayNode parties = o.putArray("parties");
        view.all(n, CG.party.asNode()).stream().filter(p -> !mediatorNodes.contains(p)).forEach(p -> parties.add(view.ref(p)));
        ArrayNode mediators = o.putArray("mediators");
        mediatorNodes.forEach(m -> mediators.add(view.ref(m)));
        return o;
    }

    /**
     * A negotiation's developments (already filtered to the articles wanted) in date order, each made
     * only when it is taken: a negotiation of a large store has hundreds of thousands.
     */
    java.util.stream.Stream<ObjectNode> developments(List<Node> developments, Function<Node, ObjectNode> articleRefOf) {
        Map<Node, String> dates = new java.util.HashMap<>();
        developments.forEach(d -> dates.put(d, date(d).orElse("")));
        return developments.stream()
                .sorted(Comparator.comparing((Node d) -> dates.get(d)).thenComparing(Node::getURI))
                .map(d -> {
                    ObjectNode x = GraphView.JSON.objectNode();
                    x.put("iri", d.getURI());
                    x.put("kind", view.notation(d, CG.developmentKind.asNode(), "kind-"));
                    x.put("date", date(d).orElse(null));
                    ArrayNode actors = x.putArray("actors");
                    view.all(d, Vocab.SEM_HAS_ACTOR).forEach(a -> actors.add(view.ref(a)));
                    x.set("article", articleRefOf.apply(view.one(d, CG.inArticle.asNode()).orElseThrow()));
                    x.put("text", view.text(d, CG.spanText.asNode()).orElse(null));
                    x.set("span", view.span(d));
                    return x;
                });
    }

    private Optional<String> date(Node development) {
        return view.one(development, CG.eventTime.asNode()).flatMap(t -> view.text(t, Vocab.TIME_IN_XSD_DATE));
    }
}
