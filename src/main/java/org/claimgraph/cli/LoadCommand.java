package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.pipeline.GraphLoader;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.rdf.NQuadsFiles;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load article graphs from N-Quads files into the store, as an ingest would store them.",
        description = {"Load article graphs made elsewhere (N-Quads, .nq or .nq.gz, as `export rdf --format nq` writes them)",
                "into the store: TDB2's bulk loader into a store without articles,",
                "then the text index, claim tracing and dataset linking, as after an ingest.",
                "Articles already stored with the same content are left alone, so a stopped load can be run again.",
                "Exit 2 for a file that cannot be loaded (the message names it and the line); 3 when the store cannot be used."})
final class LoadCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction into a store that already holds articles (default: ${DEFAULT-VALUE}).")
    int batchSize = Ingester.DEFAULT_BATCH_SIZE;

    @Option(names = "--no-bulk", description = "Write quad by quad even into a store without articles.")
    boolean noBulk;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads files (.nq or .nq.gz).")
    List<Path> files;

    LoadCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isReadable(f) || Files.isDirectory(f)) {
                io.err().println("claimgraph load: cannot read " + f + ": give N-Quads files (.nq or .nq.gz)");
                return ExitCodes.USAGE;
            }
            if (!NQuadsFiles.takes(f)) {
                io.err().println("claimgraph load: " + f + " is no .nq or .nq.gz file: load takes N-Quads"
                        + " (for articles as text, JSON or HTML use `claimgraph ingest`)");
                return ExitCodes.USAGE;
            }
        }
        Store s = store.open();
        ConsoleProgress progress = new ConsoleProgress(io.err(), System.console() != null);
        GraphLoader.Summary summary;
        try {
            summary = new GraphLoader(s, ReferenceData.load(), batchSize, !noBulk, progress).load(files);
        } catch (GraphLoader.LoadException e) {
            progress.finish();
            io.err().println("claimgraph load: " + e.getMessage());
            io.err().println("claimgraph load: articles written before this file stay stored (a bulk load into an empty store"
                    + " is given up whole); fix the file and run load again: stored articles are skipped as unchanged");
            return ExitCodes.USAGE;
        }
        progress.finish();
        summary.skipped().forEach((graph, quads) -> io.err().println(String.format("skipped %,d quads of %s (%s)", quads, graph,
                why(graph))));
        io.err().println(summary.line());
        return ExitCodes.OK;
    }

    /** Why a graph other than an article's is not loaded. */
    private static String why(String graph) {
        if (graph.contains("/graph/dataset/")) {
            return "a dataset import: import the dataset's files with `claimgraph link`";
        }
        if (graph.endsWith("/graph/reference") || graph.endsWith("/graph/ontology")) {
            return "claimgraph's own reference data, already in the store";
        }
        return "derived from the articles: recomputed after the load";
    }
}
