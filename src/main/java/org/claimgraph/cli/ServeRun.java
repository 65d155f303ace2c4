package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.Node;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.link.DatasetFormat;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.serve.LiveWrites;
import org.claimgraph.serve.SparqlServer;
import org.claimgraph.store.Store;

/** Starts a server, ingests into its live dataset in the same JVM, then serves until stopped. */
final class ServeRun {

    private ServeRun() {
    }

    /** A dataset file to link after the articles. */
    record DatasetFile(DatasetFormat format, Path file) {
    }

    /**
     * Starts {@code server}, ingests {@code paths} and links {@code datasets} into its live dataset
     * (holding the lock of the HTTP writes, so they wait), then serves until the process is stopped.
     */
    static int run(SparqlServer server, LiveWrites live, List<String> paths, List<DatasetFile> datasets, IngestOptions options,
            Io io) throws InterruptedException {
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "claimgraph-shutdown"));
        String base = "http://localhost:" + server.port();
        io.err().println("Claim explorer   " + base + "/explore/   (public, read-only)");
        io.err().println("Fuseki UI        " + base + "/   (localhost only)");
        int code;
        synchronized (live.lock()) {
            code = startupWrites(server, paths, datasets, options, io);
        }
        // the port is known only once the server runs (--port 0 picks a free one)
        io.err().println("Open the claim explorer in a browser: " + base + "/explore/");
        io.err().println("Or try, in another terminal:");
        io.err().println("  ./claimgraph query --endpoint " + base + "/claimgraph/sparql articles");
        io.err().println("  ./claimgraph query --endpoint " + base + "/claimgraph/sparql actor-mentions --param name=Hamas");
        io.err().println("  ./claimgraph query --endpoint " + base + "/claimgraph/sparql claim-trace --param q=\"not the answer of a group\"");
        io.err().println("  ./claimgraph ingest --endpoint " + base + "/claimgraph --auth-file FILE more-articles/");
        io.err().println("serving; press Ctrl-C to stop");
        stopped.await();
        return code;
    }

    private static int startupWrites(SparqlServer server, List<String> paths, List<DatasetFile> datasets, IngestOptions options,
            Io io) {
        int code = ExitCodes.OK;
        if (!paths.isEmpty()) {
            code = IngestTask.run(Store.over(server.dataset()), paths, options, io);
        }
        if (!datasets.isEmpty()) {
            ReferenceData reference = ReferenceData.load();
            Set<Node> newEvents = new HashSet<>();
            for (DatasetFile d : datasets) {
                try {
                    DatasetImporter.Summary summary = new DatasetImporter(server.dataset(), d.format(), reference)
                            .importFiles(List.of(d.file()), problem -> io.err().println("warning: " + problem), rows -> { });
                    io.err().println(summary.line());
                    newEvents.addAll(summary.newEvents());
                } catch (IOException e) {
                    io.err().println("could not read " + d.file() + ": " + e.getMessage());
                }
            }
            io.err().println(new EventLinker(reference).update(server.dataset(), EventLinker.Changes.events(newEvents)).line());
        }
        return code;
    }
}
