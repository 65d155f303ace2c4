package org.claimgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.claimgraph.rdf.IngestRun;
import scala.Tuple2;

/**
 * The per-article half of an ingest as a Spark job: input files (any Hadoop-compatible path) are read
 * on the executors with {@code ingest}'s readers, grouped by id (one version of each, the later as in
 * {@code ingest}), spread over {@code partitions} in input order, and each partition runs the standard pipeline
 * ({@link PartitionOutput}) and writes its articles' graphs as gzipped N-Quads, their trace facts as
 * JSON Lines, and its messages. The cross-article half (tracing, linking, text index) is
 * {@code claimgraph load} over the N-Quads, on one machine: see the README's "Spark".
 */
public final class ArticleJob {

    /**
     * What a run wrote.
     *
     * @param partitions the partitions that held records (one file of each kind per partition)
     */
    public record Summary(int files, long articles, long rejected, long failed, long quads, long traceLines, int partitions) {

        public String line() {
            return String.format("read %,d files: %,d articles written as %,d quads in %,d partitions (%,d trace facts), %,d rejected, %,d failed",
                    files, articles, quads, partitions, traceLines, rejected, failed);
        }
    }

    private final JavaSparkContext spark;

    public ArticleJob(JavaSparkContext spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * The output's file system, once the output is known to be new or empty (a second run into one
     * folder would mix two runs' partitions). Also checked before Spark starts, to fail in a second.
     */
    public static FileSystem checkOutput(String output, Configuration conf) throws IOException {
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        fs.setWriteChecksum(false); // no .crc files beside the output on a local disk: the gzip trailer checks the data
        if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
            throw new IllegalArgumentException(output + " already holds files: give a new or empty folder");
        }
        return fs;
    }

    /**
     * Runs the job. {@code output} must not hold anything yet.
     *
     * @throws IllegalArgumentException when an input is missing or the output is not empty
     */
    public Summary run(List<String> inputs, String output, int partitions, IngestRun run) throws IOException {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        Configuration conf = spark.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem outFs = checkOutput(output, conf);
        List<InputFiles.InputFile> files = InputFiles.list(inputs, conf);
        HashMap<String, String> settings = InputFiles.settings(conf);
        String outputPath = outFs.makeQualified(out).toString();
        List<PartitionOutput.Counts> counts = files.isEmpty() ? List.of() : spark
                .parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
                .flatMap(file -> InputFiles.read(file, InputFiles.configuration(settings)).iterator())
                .mapToPair(record -> new Tuple2<>(record.key(), record))
                .reduceByKey(InputRecord::later, partitions)
                .values()
                // in input order across the partitions (part-00000 the first range): tracing goes in batches of
                // articles, so `load` of the parts in name order must meet them in the order `ingest` meets them
                .sortBy(InputRecord::order, true, partitions)
                .mapPartitionsWithIndex(new PartitionOutput(outputPath, settings, run), false)
                .collect();
        Summary summary = new Summary(files.size(), counts.stream().mapToLong(PartitionOutput.Counts::articles).sum(),
                counts.stream().mapToLong(PartitionOutput.Counts::rejected).sum(), counts.stream().mapToLong(PartitionOutput.Counts::failed).sum(),
                counts.stream().mapToLong(PartitionOutput.Counts::quads).sum(), counts.stream().mapToLong(PartitionOutput.Counts::traceLines).sum(),
                counts.size());
        // written last, so a folder with _SUCCESS is a finished run (as Hadoop's own jobs mark theirs)
        try (OutputStream marker = outFs.create(new Path(out, "_SUCCESS"), true)) {
            marker.write((summary.line() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return summary;
    }

}
