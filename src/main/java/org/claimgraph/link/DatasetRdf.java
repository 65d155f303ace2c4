package org.claimgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/**
 * A dataset event as RDF, in the dataset's graph {@code …/graph/dataset/{name}}: a
 * {@code cg:DatasetEvent} (⊑ sem:Event) with its row id, date (OWL-Time) and precision, event
 * code and category, actors (mapped to reference actors where {@link ActorCodes} knows them; the
 * dataset's codes and names are always kept), place (a WKT point and its precision) and source URL.
 */
final class DatasetRdf {

    private static final Node SEM_PLACE = NodeFactory.createURI("http://semanticweb.cs.vu.nl/2009/11/sem/Place");
    private static final Node GEO_FEATURE = NodeFactory.createURI(Vocab.GEO + "Feature");
    private static final Node WKT = NodeFactory.createURI(Vocab.GEO + "wktLiteral");

    private final ActorCodes codes;

    DatasetRdf(ActorCodes codes) {
        this.codes = codes;
    }

    static Node graph(String dataset) {
        return NodeFactory.createURI(Iris.BASE + "graph/dataset/" + dataset);
    }

    static Node event(String dataset, String id) {
        return NodeFactory.createURI(Iris.ID + "dataset/" + dataset + "/event/" + id);
    }

    /**
     * The facts {@link #write} stated of an event in the dataset's graph {@code g}: its own triples
     * but the articles a mentions file says mention it, and those of its time, place and geometry.
     * Call in a transaction.
     */
    static List<Quad> facts(DatasetGraph dataset, Node g, Node event) {
        List<Quad> out = new ArrayList<>();
        dataset.find(g, event, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getPredicate().equals(CG.mentionedIn.asNode())) {
                out.add(q);
            }
        });
        for (String part : List.of("/time", "/place", "/place/geometry")) {
            dataset.find(g, NodeFactory.createURI(event.getURI() + part), Node.ANY, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }

    void write(DatasetRecord record, Consumer<Quad> out) {
        if (record instanceof DatasetMention m) {
            out.accept(Quad.create(graph(m.dataset()), event(m.dataset(), m.id()), CG.mentionedIn.asNode(),
                    NodeFactory.createLiteralDT(m.url(), XSDDatatype.XSDanyURI)));
            return;
        }
        DatasetEvent e = (DatasetEvent) record;
        Node g = graph(e.dataset());
        Node ev = event(e.dataset(), e.id());
        Add add = (s, p, o) -> out.accept(Quad.create(g, s, p, o));
        add.quad(ev, RDF.type.asNode(), CG.DatasetEvent.asNode());
        add.quad(ev, CG.sourceRowId.asNode(), NodeFactory.createLiteralString(e.id()));
        Node time = NodeFactory.createURI(ev.getURI() + "/time");
        add.quad(ev, CG.eventTime.asNode(), time);
        add.quad(time, RDF.type.asNode(), Vocab.TIME_INSTANT);
        add.quad(time, Vocab.TIME_IN_XSD_DATE, NodeFactory.createLiteralDT(e.date().toString(), XSDDatatype.XSDdate));
        add.quad(ev, CG.datePrecision.asNode(), NodeFactory.createLiteralString(e.datePrecision()));
        add.quad(ev, CG.eventCode.asNode(), NodeFactory.createLiteralString(e.eventCode()));
        if (!e.eventType().isEmpty()) {
            add.quad(ev, CG.datasetEventType.asNode(), NodeFactory.createURI(CG.NS + e.eventType()));
        }
        for (DatasetEvent.DatasetActor a : e.actors()) {
            codes.actor(e.dataset(), a).ifPresent(actor -> add.quad(ev, Vocab.SEM_HAS_ACTOR, actor));
            if (!a.code().isEmpty()) {
                add.quad(ev, CG.actorCode.asNode(), NodeFactory.createLiteralString(a.code()));
            }
            if (!a.name().isEmpty()) {
                add.quad(ev, CG.actorName.asNode(), NodeFactory.createLiteralString(a.name()));
            }
        }
        e.place().ifPresent(p -> {
            Node place = NodeFactory.createURI(ev.getURI() + "/place");
            Node geometry = NodeFactory.createURI(ev.getURI() + "/place/geometry");
            add.quad(ev, Vocab.SEM_HAS_PLACE, place);
            for (Node type : List.of(SEM_PLACE, GEO_FEATURE)) {
                add.quad(place, RDF.type.asNode(), type);
            }
            if (!p.name().isEmpty()) {
                add.quad(place, RDFS.label.asNode(), NodeFactory.createLiteralString(p.name()));
            }
            add.quad(place, CG.geoPrecision.asNode(), NodeFactory.createLiteralString(p.precision()));
            add.quad(place, Vocab.GEO_HAS_GEOMETRY, geometry);
            add.quad(geometry, Vocab.GEO_AS_WKT, NodeFactory.createLiteralDT(
                    String.format(Locale.ROOT, "POINT(%s %s)", p.lon(), p.lat()), TypeMapper.getInstance().getSafeTypeByName(WKT.getURI())));
        });
        e.fatalities().ifPresent(n -> add.quad(ev, CG.fatalities.asNode(), integer(n)));
        e.fatalitiesLow().ifPresent(n -> add.quad(ev, CG.fatalitiesLow.asNode(), integer(n)));
        e.fatalitiesHigh().ifPresent(n -> add.quad(ev, CG.fatalitiesHigh.asNode(), integer(n)));
        e.modified().ifPresent(t -> add.quad(ev, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime)));
        e.sourceUrl().ifPresent(u -> add.quad(ev, CG.sourceUrl.asNode(), NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    @FunctionalInterface
    private interface Add {
        void quad(Node s, Node p, Node o);
    }
}
