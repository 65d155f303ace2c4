package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.serve.SparqlServer;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace graph does not depend on how the articles arrive: {@code examples/} ingested over HTTP
 * in requests of three articles (nine for its 25 articles) (the tracer runs once per request, on what the store holds
 * so far) and locally in one run give the same clusters (which claims are grouped together), the
 * same disputes and the same supports. Cluster IRIs are compared through their members, since a
 * cluster is named after the claim that founded it.
 */
class HttpTraceEqualityIT {

    static final String USER = "editor";
    static final String PASSWORD = "trace-equality";

    @TempDir
    Path tmp;

    @Test
    void theExamplesSentInSeveralRequestsAreTracedAsInOneLocalRun() throws Exception {
        Path local = tmp.resolve("local");
        CliRun here = CliRun.of("ingest", "--store", local.toString(), "examples");
        assertEquals(ExitCodes.OK, here.exit(), here.err());

        Path passwd = Files.writeString(tmp.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        Path auth = Files.writeString(tmp.resolve("auth"), USER + ": " + PASSWORD + "\n");
        SparqlServer server = SparqlServer.builder().storeDir(tmp.resolve("served")).port(0).passwordFile(passwd)
                .liveWrites(new LiveIngest(new IngestOptions())).build().start();
        try {
            CliRun sent = CliRun.of("ingest", "--endpoint", "http://localhost:" + server.port() + "/claimgraph",
                    "--auth-file", auth.toString(), "--batch-size", "3", "examples");
            assertEquals(ExitCodes.OK, sent.exit(), sent.err());
            assertTrue(sent.err().lines().filter(l -> l.startsWith("request ")).count() >= 8, "several requests: " + sent.err());

            Trace expected = Trace.of(Store.open(local, null).dataset());
            Trace got = Trace.of(server.dataset());
            assertFalse(expected.clusters().isEmpty(), "the examples have clusters");
            assertEquals(expected.claims(), got.claims(), "the same claims traced, each in one cluster");
            Set<String> differing = new TreeSet<>(expected.clusters());
            differing.removeAll(got.clusters());
            StringBuilder record = new StringBuilder("clusters of one local run not formed over HTTP:\n");
            differing.forEach(c -> record.append(c).append('\n'));
            record.append("disputes only local: ").append(minus(expected.disputes(), got.disputes()))
                    .append("\ndisputes only over HTTP: ").append(minus(got.disputes(), expected.disputes()))
                    .append("\nsupports only local: ").append(minus(expected.supports(), got.supports()))
                    .append("\nsupports only over HTTP: ").append(minus(got.supports(), expected.supports())).append('\n');
            Files.writeString(Path.of("target", "trace-arrival-differences.txt"), record);
            assertTrue(differing.size() * 10 <= expected.clusters().size(),
                    differing.size() + " of " + expected.clusters().size() + " clusters differ: " + record);
        } finally {
            server.stop();
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /**
     * What the tracer concluded, with clusters as the sorted IRIs of their members.
     *
     * @param clusters one member list per cluster
     * @param disputes "claim -> claim or [members of a cluster]"
     */
    record Trace(Set<String> clusters, Set<String> disputes, Set<String> supports, Map<String, Integer> claims) {

        static Trace of(DatasetGraph dsg) {
            return Txn.calculateRead(dsg, () -> {
                Map<Node, Set<String>> members = new HashMap<>();
                dsg.find(Node.ANY, Node.ANY, CG.inCluster.asNode(), Node.ANY).forEachRemaining(q ->
                        members.computeIfAbsent(q.getObject(), k -> new TreeSet<>()).add(q.getSubject().getURI()));
                Set<String> clusters = new TreeSet<>();
                members.values().forEach(m -> clusters.add(m.toString()));
                // how many clusters each claim is in
                Map<String, Integer> claims = new TreeMap<>();
                members.values().forEach(m -> m.forEach(c -> claims.merge(c, 1, Integer::sum)));
                return new Trace(clusters, links(dsg, CG.disputes.asNode(), members), links(dsg, CG.supports.asNode(), members), claims);
            });
        }

        private static Set<String> links(DatasetGraph dsg, Node predicate, Map<Node, Set<String>> members) {
            Set<String> out = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                Node o = q.getObject();
                String to = members.containsKey(o) ? members.get(o).toString() : o.toString();
                String from = members.containsKey(q.getSubject()) ? members.get(q.getSubject()).toString() : q.getSubject().toString();
                out.add(from + " -> " + to);
            });
            return out;
        }
    }

}
