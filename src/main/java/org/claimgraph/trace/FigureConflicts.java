package org.claimgraph.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.vocab.CG;

/**
 * Figures that contradict each other: two quantities of one measure (and unit), for one place,
 * period and day, stated by different sources, whose values cannot both hold ("at least 59,100 killed"
 * against "57,000 killed"; "more than 59,000" and "59,100" agree). Each such pair is linked
 * both ways with {@code cg:conflictsWith}. Quantities are grouped by measure, place, period and
 * day first, so the cost follows the size of the groups, not the square of the store.
 */
final class FigureConflicts {

    private static final String QUANTITIES = ClaimTracer.PREFIXES + """
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?q ?measure ?unit ?place ?period ?asOf ?date ?value ?qualifier ?statedBy ?publisher WHERE {
              GRAPH ?g { ?q a cg:Quantity ; cg:measure ?measure ; cg:place ?place ; cg:value ?value ; cg:inArticle ?article .
                         OPTIONAL { ?q cg:period ?period } OPTIONAL { ?q cg:asOf ?asOf } OPTIONAL { ?q cg:unit ?unit }
                         OPTIONAL { ?q cg:qualifier ?qualifier } OPTIONAL { ?q cg:statedBy ?statedBy }
                         OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:publisher ?publisher } }
            }
            """;

    /** A figure as a range of amounts it allows, and who gave it. */
    record Figure(Node quantity, String source, double low, double high) {
        boolean agreesWith(Figure other) {
            return low <= other.high && other.low <= high;
        }
    }

    private FigureConflicts() {
    }

    /** Adds the conflicts to {@code out}; returns how many pairs conflict. */
    static int link(DatasetGraph dataset, List<Quad> out) {
        Map<String, List<Figure>> groups = new HashMap<>();
        for (QuerySolution row : ClaimTracer.select(dataset, QUANTITIES)) {
            String day = row.contains("asOf") ? row.getLiteral("asOf").getLexicalForm()
                    : row.contains("date") ? row.getLiteral("date").getLexicalForm() : "";
            if (day.length() < 10 || row.getResource("measure").getURI().endsWith("measure-other")) {
                continue; // an undated figure, or one of "other" things, can be compared with nothing
            }
            String period = row.contains("period") ? row.getLiteral("period").getString().toLowerCase(Locale.ROOT).strip() : "";
            String unit = row.contains("unit") ? row.getLiteral("unit").getString().toLowerCase(Locale.ROOT) : "";
            String key = String.join(" ", row.getResource("measure").getURI(), unit, row.getResource("place").getURI(), period,
                    day.substring(0, 10));
            String source = row.contains("statedBy") ? row.get("statedBy").toString()
                    : "reporter " + (row.contains("publisher") ? row.getResource("publisher").getURI() : "");
            double value = new BigDecimal(row.getLiteral("value").getLexicalForm()).doubleValue();
            String qualifier = row.contains("qualifier") ? row.getResource("qualifier").getLocalName() : "";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(figure(row.getResource("q").asNode(), source, value, qualifier));
        }
        int pairs = 0;
        for (List<Figure> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Figure a = group.get(i);
                    Figure b = group.get(j);
                    if (!a.source().equals(b.source()) && !a.agreesWith(b)) {
                        out.add(ClaimTracer.quad(a.quantity(), CG.conflictsWith.asNode(), b.quantity()));
                        out.add(ClaimTracer.quad(b.quantity(), CG.conflictsWith.asNode(), a.quantity()));
                        pairs++;
                    }
                }
            }
        }
        return pairs;
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
