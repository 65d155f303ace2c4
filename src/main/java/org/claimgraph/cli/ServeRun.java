package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.link.GdeltEvents;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.serve.SparqlServer;
import org.claimgraph.store.Store;

/** Starts a server, ingests into its live dataset in the same JVM, then serves until stopped. */
final class ServeRun {

    private ServeRun() {
    }

    static int run(SparqlServer server, List<String> paths, IngestOptions options, Io io) throws InterruptedException {
        return run(server, paths, List.of(), options, io);
    }

    /**
     * As {@link #run(SparqlServer, List, IngestOptions, Io)}, and GDELT files ({@code gdeltFiles})
     * linked into the live dataset after the articles.
     */
    static int run(SparqlServer server, List<String> paths, List<Path> gdeltFiles, IngestOptions options, Io io) throws InterruptedException {
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "claimgraph-shutdown"));
        String base = "http://localhost:" + server.port();
        io.err().println("Fuseki UI        " + base + "/   (localhost only)");
        int code = ExitCodes.OK;
        if (!paths.isEmpty()) {
            code = IngestTask.run(Store.over(server.dataset()), paths, options, io);
        }
        if (!gdeltFiles.isEmpty()) {
            try {
                ReferenceData reference = ReferenceData.load();
                io.err().println(new DatasetImporter(server.dataset(), new GdeltEvents(), reference)
                        .importFiles(gdeltFiles, problem -> io.err().println("warning: " + problem), rows -> { }).line());
                io.err().println(new EventLinker(reference).update(server.dataset()).line());
            } catch (IOException e) {
                io.err().println("could not read " + gdeltFiles + ": " + e.getMessage());
            }
        }
        // the port is known only once the server runs (--port 0 picks a free one)
        io.err().println("Try, in another terminal:");
        io.err().println("  ./claimgraph query --endpoint " + base + "/claimgraph/sparql articles");
        io.err().println("  ./claimgraph query --endpoint " + base + "/claimgraph/sparql actor-mentions --param name=Hamas");
        io.err().println("  ./claimgraph query --endpoint " + base + "/claimgraph/sparql claim-trace --param q=\"not the answer of a group\"");
        io.err().println("serving; press Ctrl-C to stop");
        stopped.await();
        return code;
    }
}
