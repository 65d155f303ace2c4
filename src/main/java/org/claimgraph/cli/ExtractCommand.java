package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.export.ExtractJson;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.OrderedWorkers;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Run the pipeline on articles and print what it finds, storing nothing.",
        description = {"Run the pipeline on articles and print what it finds, one JSON object per article;",
                "stores nothing."})
final class ExtractCommand implements Callable<Integer> {

    /** The one output format; the option exists so scripts can say what they expect. */
    enum Format { jsonl }

    private final Io io;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    ThreadsOption threads;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for JSON Lines on stdin.")
    List<String> paths;

    ExtractCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        ReferenceData reference = ReferenceData.load();
        NlpModels models = NlpModels.loadEnglish();
        ExtractJson json = new ExtractJson(reference);
        int[] rejected = {0};
        int n = threads.threads();
        Supplier<Function<Article, ResolvedArticle>> perThread = () -> Pipeline.standard(models, reference)::process;
        try (OrderedWorkers<Article, ResolvedArticle> workers = new OrderedWorkers<>(n, perThread,
                resolved -> io.out().println(ExtractJson.line(json.toJson(resolved))))) {
            Inputs.of(paths, io.in()).read(result -> {
                if (result instanceof ReadResult.Read read) {
                    read.warnings().forEach(w -> io.err().println("warning " + read.origin() + ": " + w));
                    workers.submit(read.article());
                } else if (result instanceof ReadResult.Rejected r) {
                    rejected[0]++;
                    io.err().println("rejected " + r.origin() + ": " + r.reason());
                }
            });
            workers.finish();
        }
        io.out().flush();
        return rejected[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
