package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.domain.Article;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Benchmark;
import org.claimgraph.rdf.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput (tokens per second) of the NLP stage and of the whole extraction",
                "pipeline on the given articles; prints a TSV table. Stores nothing."})
final class BenchCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "5", description = "Passes over the articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles: files, folders, or - for JSON Lines on stdin.")
    List<String> paths;

    BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Article> articles = new ArrayList<>();
        Inputs.of(paths, io.in()).read(r -> {
            if (r instanceof ReadResult.Read read) {
                articles.add(read.article());
            }
        });
        if (articles.isEmpty()) {
            io.err().println("no articles read from " + paths);
            return ExitCodes.USAGE;
        }
        int n = threads.threads();
        Benchmark bench = new Benchmark(NlpModels.loadEnglish(), ReferenceData.load());
        io.out().println(Benchmark.HEADER);
        io.out().println(bench.nlp(articles, n, repeat).row());
        io.out().println(bench.pipeline(articles, n, repeat).row());
        io.out().flush();
        return ExitCodes.OK;
    }
}
