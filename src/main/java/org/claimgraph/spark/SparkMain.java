package org.claimgraph.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.claimgraph.rdf.IngestRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimgraph spark}, and the main class {@code spark-submit} runs: the Spark job over input
 * shards. Not a subcommand of the main jar's command line, which stays free of Spark: the launcher
 * runs this class with Spark's jars added (locally), or spark-submit does (on a cluster).
 */
@Command(name = "claimgraph spark", mixinStandardHelpOptions = true,
        header = "Extract article graphs with Apache Spark: input shards in, gzipped N-Quads and trace facts out.",
        description = {"Runs the standard pipeline over every article in --input (.jsonl .json .txt .html; folders recursively; any",
                "Hadoop-compatible path: file:, hdfs:, s3a:...) and writes OUTPUT/quads/part-*.nq.gz (one graph per article, as",
                "`claimgraph ingest` makes it), OUTPUT/trace/part-*.jsonl.gz (claims, quantities, developments) and",
                "OUTPUT/messages/ (rejected records). Then `claimgraph load OUTPUT/quads/*.nq.gz` stores, traces and links them.",
                "Exit 1 when some input was rejected or failed (the rest was written); 2 on a usage error."})
public final class SparkMain implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[2], yarn, k8s://...; default: what spark-submit sets, else local[*].")
    String master;

    @Option(names = "--input", paramLabel = "PATH", required = true, split = ",", description = "Input files or folders (repeat or separate with commas).")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "A new or empty folder for the output.")
    String output;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Output partitions, one file of each kind per partition (default: 4 per core of the cluster).")
    int partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try {
            ArticleJob.checkOutput(output, new org.apache.hadoop.conf.Configuration());
        } catch (IllegalArgumentException e) {
            System.err.println("claimgraph spark: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("claimgraph");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // a local run has no use for the web UI (and its servlet classes differ from the server's own)
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            int n = partitions > 0 ? partitions : 4 * spark.defaultParallelism();
            long start = System.nanoTime();
            ArticleJob.Summary summary = new ArticleJob(spark).run(inputs, output, n, IngestRun.startNow());
            System.err.println(summary.line());
            System.err.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
            return summary.rejected() + summary.failed() > 0 ? 1 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("claimgraph spark: " + e.getMessage());
            return 2;
        }
    }
}
