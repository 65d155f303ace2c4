package org.claimgraph.link;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * A news item (development, claim, death toll) or a dataset event, as the linker compares them.
 *
 * @param graph the article graph of a news item; empty for an event
 * @param deaths a death toll's or an event's deaths as low, best, high; empty when it counts none
 */
record LinkItem(Node node, String graph, String type, LocalDate date, String datePrecision, Set<String> urls, Set<String> actors,
        Optional<double[]> point, String geoPrecision, String dataset, Optional<int[]> deaths) {

    Optional<Integer> fatalities() {
        return deaths.map(d -> d[1]);
    }
}
