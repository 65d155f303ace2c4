package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.document.Document;
import org.claimgraph.rdf.vocab.CG;

/**
 * Figures that contradict each other: two quantities of one measure (and unit), for one place,
 * period and day, stated by different sources, whose values cannot both hold ("at least 59,100 killed"
 * against "57,000 killed"; "more than 59,000" and "59,100" agree). Each such pair is linked
 * both ways with {@code cg:conflictsWith}. A new figure meets only those of its group (measure, unit,
 * place, period and day), found in the {@link TraceIndex}: the cost follows the size of the groups,
 * not the size of the store.
 */
final class FigureConflicts {

    /** Figures read from one group at most (a day's toll for one place, from every outlet). */
    static final int GROUP_READ = 50_000;

    /** A figure as a range of amounts it allows, and who gave it. */
    record Figure(Node quantity, String source, double low, double high) {
        boolean agreesWith(Figure other) {
            return low <= other.high && other.low <= high;
        }
    }

    private FigureConflicts() {
    }

    /**
     * Adds the conflicts of the batch's quantities, with each other and with those traced before, to
     * {@code out}; returns how many pairs conflict. Pairs traced before stay as they are.
     */
    static int link(List<TraceReader.Quantity> batch, TraceIndex index, List<Quad> out) {
        Map<String, List<Figure>> groups = new HashMap<>();
        int pairs = 0;
        for (TraceReader.Quantity q : batch) {
            List<Figure> group = groups.computeIfAbsent(q.group(), g -> traced(index, g));
            Figure a = q.figure();
            for (Figure b : group) {
                if (!a.source().equals(b.source()) && !a.agreesWith(b)) {
                    out.add(ClaimTracer.quad(a.quantity(), CG.conflictsWith.asNode(), b.quantity()));
                    out.add(ClaimTracer.quad(b.quantity(), CG.conflictsWith.asNode(), a.quantity()));
                    pairs++;
                }
            }
            group.add(a);
        }
        return pairs;
    }

    /** The figures traced before in a group (measure, unit, place, period, day). */
    private static List<Figure> traced(TraceIndex index, String group) {
        List<Figure> out = new ArrayList<>();
        if (index != null) {
            for (Document d : index.find(List.of(TraceIndex.term(TraceIndex.KIND, "quantity"), TraceIndex.term(TraceIndex.GROUP, group)),
                    null, GROUP_READ)) {
                String[] data = d.get(TraceIndex.DATA).split("\n", -1);
                out.add(new Figure(NodeFactory.createURI(d.get(TraceIndex.ID)), data[0], Double.parseDouble(data[1]), Double.parseDouble(data[2])));
            }
        }
        return out;
    }

    /** The amounts a stated value allows: "more than 59,000" allows 59,001 and up; "about 600" 540 to 660. */
    static Figure figure(Node quantity, String source, double value, String qualifier) {
        return switch (qualifier) {
            case "qualifier-more-than", "qualifier-at-least" -> new Figure(quantity, source, value, Double.POSITIVE_INFINITY);
            case "qualifier-up-to" -> new Figure(quantity, source, 0, value);
            case "qualifier-about" -> new Figure(quantity, source, value * 0.9, value * 1.1);
            default -> new Figure(quantity, source, value, value);
        };
    }
}
