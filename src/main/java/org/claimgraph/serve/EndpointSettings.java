package org.claimgraph.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.assembler.JA;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappingRegistry;
import org.apache.jena.sparql.util.Symbol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time limits and the SERVICE ban for a Fuseki 5.6.0 configuration, where each takes effect:
 * <ul>
 * <li>query endpoints ({@code fuseki:operation fuseki:query}): {@code arq:queryTimeout} as a
 *     {@code ja:context} setting on the endpoint (Fuseki merges the endpoint's context into
 *     each query request), replaced by an override (tests) or added when missing; and
 *     {@code arq:spillToDiskThreshold} when missing, so the time limit also holds while a large
 *     answer is sorted;</li>
 * <li>the served dataset's context: {@code arq:httpServiceAllowed false} and
 *     {@code arq:updateTimeout} when the configuration sets neither, because Fuseki 5.6.0
 *     runs SPARQL updates with the dataset's context only ({@code SPARQL_Update} calls
 *     {@code UpdateAction.execute(request, dataset)}): endpoint settings do not reach them;</li>
 * <li>the served dataset's operator executor: {@link CancellableOpExecutor}, so that the time
 *     limit also stops a property path and a sort in progress.</li>
 * </ul>
 * Endpoints written in the old style ({@code fuseki:serviceQuery "sparql"}) have no node to
 * carry settings and only get the dataset-level ones.
 */
final class EndpointSettings {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final Property ENDPOINT = ResourceFactory.createProperty(FUSEKI + "endpoint");
    static final Property OPERATION = ResourceFactory.createProperty(FUSEKI + "operation");
    static final Resource OP_QUERY = ResourceFactory.createResource(FUSEKI + "query");

    static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Rows an ORDER BY or DISTINCT holds in memory before it sorts them in chunks on disk. ARQ checks
     * the time limit between rows, not inside a sort: one sort of a large answer ran minutes past the
     * limit (reproduced by QueryTimeLimitIT); in chunks, the limit is checked between chunks.
     */
    static final long DEFAULT_SPILL_THRESHOLD = 10_000;
    static final Duration DEFAULT_UPDATE_TIMEOUT = Duration.ofSeconds(120);

    private EndpointSettings() {}

    static void apply(Model config, Duration queryTimeoutOverride) {
        List<Resource> endpoints = new ArrayList<>();
        config.listObjectsOfProperty(ENDPOINT).forEach(n -> { if (n.isResource()) endpoints.add(n.asResource()); });
        for (Resource ep : endpoints) {
            if (!ep.hasProperty(OPERATION, OP_QUERY))
                continue;
            if (queryTimeoutOverride != null)
                set(ep, ARQ.queryTimeout, Long.toString(queryTimeoutOverride.toMillis()));
            else if (!has(ep, ARQ.queryTimeout)) {
                LOG.info("a query endpoint has no arq:queryTimeout: using {} s", DEFAULT_QUERY_TIMEOUT.toSeconds());
                set(ep, ARQ.queryTimeout, Long.toString(DEFAULT_QUERY_TIMEOUT.toMillis()));
            }
            if (!has(ep, ARQ.spillToDiskThreshold)) {
                LOG.info("a query endpoint has no arq:spillToDiskThreshold: using {} rows, so the time limit holds during sorts",
                        DEFAULT_SPILL_THRESHOLD);
                set(ep, ARQ.spillToDiskThreshold, Long.toString(DEFAULT_SPILL_THRESHOLD));
            }
        }
    }

    /** Secure defaults on the served dataset's own context, when the configuration has none. */
    static void apply(DatasetGraph dataset) {
        Context cxt = dataset.getContext();
        if (cxt == null)
            return;
        if (!cxt.isDefined(ARQ.httpServiceAllowed)) {
            LOG.info("the dataset does not set arq:httpServiceAllowed: SERVICE is switched off");
            cxt.set(ARQ.httpServiceAllowed, "false");
        }
        // the time limit stops paths and sorts too (ARQ alone checks it between rows only)
        CancellableOpExecutor.register(cxt);
        if (!cxt.isDefined(ARQ.updateTimeout)) {
            LOG.info("the dataset has no arq:updateTimeout: using {} s", DEFAULT_UPDATE_TIMEOUT.toSeconds());
            cxt.set(ARQ.updateTimeout, Long.toString(DEFAULT_UPDATE_TIMEOUT.toMillis()));
        }
    }

    private static boolean has(Resource endpoint, Symbol symbol) {
        return !settings(endpoint, symbol).isEmpty();
    }

    /** Replaces any setting of {@code symbol} on the endpoint by {@code value}. */
    private static void set(Resource endpoint, Symbol symbol, String value) {
        Model m = endpoint.getModel();
        for (Resource setting : settings(endpoint, symbol)) {
            m.remove(endpoint, JA.context, setting);
            setting.removeProperties();
        }
        Resource setting = m.createResource()
                .addProperty(JA.cxtName, symbol.getSymbol())
                .addProperty(JA.cxtValue, value);
        endpoint.addProperty(JA.context, setting);
    }

    /** The {@code ja:context} nodes of the endpoint that name {@code symbol} (short or long form). */
    private static List<Resource> settings(Resource endpoint, Symbol symbol) {
        List<Resource> found = new ArrayList<>();
        for (Statement st : endpoint.listProperties(JA.context).toList()) {
            RDFNode o = st.getObject();
            if (!o.isResource())
                continue;
            Statement name = o.asResource().getProperty(JA.cxtName);
            if (name != null && name.getObject().isLiteral()
                    && MappingRegistry.mapPrefixName(name.getString()).equals(symbol.getSymbol()))
                found.add(o.asResource());
        }
        return found;
    }
}
