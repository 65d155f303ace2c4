package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The events an update's news can reach are found from their days, not by reading every event of the
 * store and filtering: the same events, and a read that does not grow with the events outside the window.
 */
class NearEventsTest {

    private static final LocalDate START = LocalDate.of(2031, 1, 1);
    private static final int DAYS = 400;

    /** One day-precision event a day for {@link #DAYS} days in one graph, and a month- and a week-precision one in another. */
    private static String trig() {
        StringBuilder out = new StringBuilder("""
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                """);
        out.append("<https://example.org/graph/daily> {\n");
        for (int d = 0; d < DAYS; d++) {
            event(out, "d" + d, START.plusDays(d), "day");
        }
        out.append("}\n<https://example.org/graph/coarse> {\n");
        event(out, "m1", START.plusDays(30), "month");
        event(out, "w1", START.plusDays(300), "week");
        return out.append("}\n").toString();
    }

    private static void event(StringBuilder out, String id, LocalDate day, String precision) {
        out.append("<https://example.org/e/").append(id).append("> a cg:DatasetEvent ; cg:eventTime <https://example.org/e/").append(id)
                .append("/time> ; cg:datePrecision \"").append(precision).append("\" ; cg:datasetEventType cg:cameo-01 .\n")
                .append("<https://example.org/e/").append(id).append("/time> time:inXSDDate \"").append(day).append("\"^^xsd:date .\n");
    }

    /** Counts the quads read through it (the query engine's too, graph by graph), and keeps them. */
    static final class Counting extends DatasetGraphWrapper {
        final AtomicLong read = new AtomicLong();
        final java.util.List<Quad> seen = new java.util.ArrayList<>();

        Counting(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public java.util.Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            java.util.Iterator<Quad> it = super.find(g, s, p, o);
            return new java.util.Iterator<>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public Quad next() {
                    read.incrementAndGet();
                    Quad q = it.next();
                    seen.add(q);
                    return q;
                }
            };
        }

        @Override
        public java.util.Iterator<Quad> find(Quad q) {
            return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public java.util.Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return find(g, s, p, o);
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return GraphView.createNamedGraph(this, graphNode); // so the engine's reads of a graph come through find
        }
    }

    private static Set<String> names(java.util.List<LinkItem> events) {
        return events.stream().map(e -> e.node().getURI().replaceAll("^.*/", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aWindowReadsItsDaysAndTheCoarseEventsOnly() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> RDFParser.fromString(trig(), Lang.TRIG).parse(mem));
        Counting dsg = new Counting(mem);
        LocalDate day = START.plusDays(200);
        Set<String> found = Txn.calculateRead(mem, () -> names(DatasetEvents.near(dsg, day, day)));
        // the window's days (two either side, as a day-precision event's window) and every coarser event
        assertEquals(new TreeSet<>(Set.of("d198", "d199", "d200", "d201", "d202", "m1", "w1")), found);
        // reading every event and filtering by date read at least one quad of each of the 400
        assertTrue(dsg.read.get() < DAYS, "quads read for a five-day window: " + dsg.read.get());
    }

    @Test
    void aLongWindowFindsWhatTheFilterFound() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> RDFParser.fromString(trig(), Lang.TRIG).parse(mem));
        // longer than the day-by-day limit: read by the filter over every event, the same answer
        Set<String> found = Txn.calculateRead(mem, () -> names(DatasetEvents.near(mem, START.plusDays(10), START.plusDays(10 + DatasetEvents.DAY_BY_DAY))));
        Set<String> expected = new TreeSet<>(Set.of("m1", "w1"));
        for (int d = 8; d < DAYS; d++) {
            expected.add("d" + d);
        }
        assertEquals(expected, found);
    }
}
