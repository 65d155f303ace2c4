package org.claimgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.Function2;
import org.claimgraph.domain.Article;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.IngestRun;
import org.claimgraph.rdf.Iris;

/**
 * One task of the Spark job: runs its partition's articles through the standard pipeline and writes
 * {@code quads/part-NNNNN.nq.gz} (each article's graph in one block, as {@code claimgraph load} reads
 * them, then the run's provenance once), {@code trace/part-NNNNN.jsonl.gz} ({@link TraceFacts}) and,
 * when there is something to say, {@code messages/part-NNNNN.jsonl} (rejected records, warnings,
 * articles the pipeline failed on). A task run again (a lost executor) writes the same files again.
 */
final class PartitionOutput implements Function2<Integer, Iterator<InputRecord>, Iterator<PartitionOutput.Counts>> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CanonicalizeLiteral CANONICAL = CanonicalizeLiteral.get();

    /** What a task wrote. */
    record Counts(int partition, long articles, long rejected, long failed, long quads, long traceLines) implements Serializable {
    }

    private final String output;
    private final Map<String, String> settings;
    private final String runId;
    private final String runStarted;
    private final String runVersion;

    PartitionOutput(String output, Map<String, String> settings, IngestRun run) {
        this.output = output;
        this.settings = settings;
        this.runId = run.id();
        this.runStarted = run.started().toString();
        this.runVersion = run.softwareVersion();
    }

    @Override
    public Iterator<Counts> call(Integer partition, Iterator<InputRecord> records) throws IOException {
        if (!records.hasNext()) {
            return List.<Counts>of().iterator();
        }
        Configuration conf = InputFiles.configuration(settings);
        String name = String.format("part-%05d", partition);
        IngestRun run = new IngestRun(runId, Instant.parse(runStarted), runVersion);
        Pipeline pipeline = ExecutorModels.newPipeline();
        long articles = 0;
        long quadCount = 0;
        long traceLines = 0;
        List<String> messages = new ArrayList<>();
        long rejected = 0;
        long failed = 0;
        Set<Quad> runQuads = new LinkedHashSet<>();
        try (OutputStream quadFile = create(conf, "quads/" + name + ".nq.gz");
                Writer traceFile = new java.io.OutputStreamWriter(create(conf, "trace/" + name + ".jsonl.gz"), StandardCharsets.UTF_8)) {
            StreamRDF quadOut = StreamRDFWriter.getWriterStream(quadFile, RDFFormat.NQUADS);
            quadOut.start();
            while (records.hasNext()) {
                InputRecord record = records.next();
                record.warnings().forEach(w -> messages.add(message("warning", record.origin(), w)));
                if (!record.isArticle()) {
                    rejected++;
                    messages.add(message("rejected", record.origin(), record.rejected()));
                    continue;
                }
                List<Quad> quads;
                try {
                    quads = quads(pipeline, record.article(), run);
                } catch (RuntimeException e) {
                    // one article the pipeline cannot take must not stop a job over millions: named, and the rest written
                    failed++;
                    messages.add(message("failed", record.origin(), e.toString()));
                    pipeline = ExecutorModels.newPipeline();
                    continue;
                }
                for (Quad q : quads) {
                    if (q.getGraph().equals(Iris.RUNS_GRAPH)) {
                        runQuads.add(q);
                    } else {
                        quadOut.quad(q);
                        quadCount++;
                    }
                }
                for (String line : TraceFacts.of(quads)) {
                    traceFile.write(line);
                    traceFile.write('\n');
                    traceLines++;
                }
                articles++;
            }
            runQuads.forEach(quadOut::quad);
            quadOut.finish();
        }
        if (!messages.isEmpty()) {
            try (OutputStream out = create(conf, "messages/" + name + ".jsonl")) {
                for (String m : messages) {
                    out.write((m + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return List.of(new Counts(partition, articles, rejected, failed, quadCount + runQuads.size(), traceLines)).iterator();
    }

    /**
     * An article's quads as {@code ingest} stores them: each once, and literals in their canonical form
     * ("0.8", not "0.80"), as TDB2 keeps them, so that the files hold the same terms as a store an ingest
     * filled, whatever store they are loaded or pushed into.
     */
    static List<Quad> quads(Pipeline pipeline, Article article, IngestRun run) {
        Set<Quad> quads = new LinkedHashSet<>();
        ArticleRdf.write(pipeline.process(article), run, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), CANONICAL.apply(q.getObject())));
            }
        });
        return new ArrayList<>(quads);
    }

    private OutputStream create(Configuration conf, String relative) throws IOException {
        Path path = new Path(output, relative);
        FileSystem fs = path.getFileSystem(conf);
        fs.setWriteChecksum(false); // no .crc files beside the output on a local disk: the gzip trailer checks the data
        OutputStream out = fs.create(path, true);
        return relative.endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static String message(String kind, String origin, String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", kind);
        node.put("origin", origin);
        node.put("message", text);
        return node.toString();
    }

}
