package org.claimgraph.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.claimgraph.clean.RepeatedBlockCleaner;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Article;
import org.claimgraph.nlp.Annotator;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;

/**
 * Measures throughput of the NLP stage (sentences, tokens, tags) and of the whole pipeline up to
 * resolved articles, over the same articles, on a given number of threads. An untimed pass over
 * the first {@link #WARM_UP} articles warms the JIT first. Timing lives here, never in tests.
 */
public final class Benchmark {

    /** One measurement. */
    public record Result(String stage, int threads, long articles, long tokens, double seconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public String row() {
            return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.0f\t%.1f", stage, threads, articles, tokens, seconds,
                    tokensPerSecond(), articles / seconds);
        }
    }

    /** Articles of the untimed pass before each measurement. */
    static final int WARM_UP = 200;

    public static final String HEADER = "stage\tthreads\tarticles\ttokens\tseconds\ttokens_per_s\tarticles_per_s";

    private final NlpModels models;
    private final ReferenceData reference;

    public Benchmark(NlpModels models, ReferenceData reference) {
        this.models = models;
        this.reference = reference;
    }

    /** The NLP stage alone, {@code repeat} times over {@code articles}. */
    public Result nlp(List<Article> articles, int threads, int repeat) {
        Supplier<Function<Article, Long>> perThread = () -> {
            RepeatedBlockCleaner cleaner = new RepeatedBlockCleaner();
            Annotator annotator = models.newAnnotator();
            return a -> (long) annotator.annotate(cleaner.clean(a)).tokenCount();
        };
        return time("nlp", articles, threads, repeat, perThread);
    }

    /** Clean, annotate, extract and resolve, {@code repeat} times over {@code articles}. */
    public Result pipeline(List<Article> articles, int threads, int repeat) {
        Supplier<Function<Article, Long>> perThread = () -> {
            Pipeline pipeline = Pipeline.standard(models, reference);
            return a -> {
                AnnotatedArticle annotated = pipeline.process(a).annotated();
                return (long) annotated.tokenCount();
            };
        };
        return time("pipeline", articles, threads, repeat, perThread);
    }

    private static Result time(String stage, List<Article> articles, int threads, int repeat,
            Supplier<Function<Article, Long>> perThread) {
        run(articles.subList(0, Math.min(WARM_UP, articles.size())), threads, 1, perThread); // warm-up
        long start = System.nanoTime();
        long tokens = run(articles, threads, repeat, perThread);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(stage, threads, (long) articles.size() * repeat, tokens, seconds);
    }

    private static long run(List<Article> articles, int threads, int repeat, Supplier<Function<Article, Long>> perThread) {
        AtomicLong tokens = new AtomicLong();
        try (OrderedWorkers<Article, Long> workers = new OrderedWorkers<>(threads, perThread, tokens::addAndGet)) {
            for (int r = 0; r < repeat; r++) {
                articles.forEach(workers::submit);
            }
            workers.finish();
        }
        return tokens.get();
    }
}
