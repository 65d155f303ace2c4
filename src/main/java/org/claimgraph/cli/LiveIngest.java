package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.link.DatasetFormat;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.IngestListener;
import org.claimgraph.pipeline.IngestSummary;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.serve.LiveWrites;
import org.claimgraph.store.Store;
import org.claimgraph.trace.ClaimTracer;

/**
 * The HTTP ingest and link of {@code claimgraph serve}: the body goes through the same code as
 * {@code claimgraph ingest -} (JSON Lines on standard input) and {@code claimgraph link}, into the
 * served dataset, one write transaction per batch of articles; the reply is the summary as JSON.
 * Models and reference data are loaded at the first request and kept.
 */
final class LiveIngest implements LiveWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Problems listed in one reply at most (all are counted). */
    private static final int MAX_LISTED = 1_000;

    private final IngestOptions options;
    private final Object lock = new Object();
    private NlpModels models;
    private ReferenceData reference;

    LiveIngest(IngestOptions options) {
        this.options = options;
    }

    @Override
    public Object lock() {
        return lock;
    }

    @Override
    public Set<String> datasets() {
        return LinkCommand.DATASETS;
    }

    private synchronized void load() {
        if (reference == null) {
            reference = ReferenceData.load();
            models = NlpModels.loadEnglish();
        }
    }

    @Override
    public ObjectNode ingest(DatasetGraph dataset, InputStream body, boolean oneObject) throws IOException {
        load();
        InputStream lines = oneObject ? oneLine(body.readAllBytes()) : body;
        ArrayNode rejections = JSON.createArrayNode();
        ArrayNode warnings = JSON.createArrayNode();
        ObjectNode after = JSON.createObjectNode();
        IngestListener listener = new IngestListener() {
            @Override
            public void traced(ClaimTracer.Summary summary) {
                after.put("traced", summary.line());
            }

            @Override
            public void linked(EventLinker.Summary summary) {
                after.put("linked", summary.line());
            }

            @Override
            public void rejected(ReadResult.Rejected rejection) {
                if (rejections.size() < MAX_LISTED)
                    rejections.addObject().put("line", line(rejection.origin())).put("reason", rejection.reason());
            }

            @Override
            public void warning(String origin, String message) {
                if (warnings.size() < MAX_LISTED)
                    warnings.addObject().put("line", line(origin)).put("warning", message);
            }
        };
        // one write transaction per batch, never the bulk loader: queries go on meanwhile and see
        // each article whole or not at all
        IngestSummary summary = IngestTask.ingester(Store.over(dataset), options, false, models, reference, listener)
                .ingest(Inputs.of(List.of("-"), lines));
        ObjectNode reply = JSON.createObjectNode()
                .put("read", summary.read())
                .put("stored", summary.stored())
                .put("unchanged", summary.unchanged())
                .put("replaced", summary.replaced())
                .put("rejected", summary.rejected())
                .put("summary", summary.line());
        reply.setAll(after);
        reply.set("rejections", rejections);
        reply.set("warnings", warnings);
        return reply;
    }

    /** One JSON object, perhaps over several lines, as one JSON line; anything else as it came (rejected there). */
    private static InputStream oneLine(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject())
                return new ByteArrayInputStream(JSON.writeValueAsBytes(node));
        } catch (IOException notJson) {
            // the reader rejects it with its reason
        }
        return new ByteArrayInputStream(body);
    }

    /** The line number of a JSON Lines origin ({@code -:3}), 0 when it has none. */
    private static int line(String origin) {
        int colon = origin.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(origin.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public ObjectNode link(DatasetGraph dataset, String datasetName, InputStream body, String fileName) throws IOException {
        DatasetFormat format = LinkCommand.format(datasetName);
        if (format == null)
            throw new IllegalArgumentException("unknown dataset " + datasetName);
        load();
        // the importer reads files: the body goes to a temporary folder, under the client's file name
        // (its last part only), and the folder is left out of every problem reported back
        Path dir = Files.createTempDirectory("claimgraph-link-");
        try {
            String safe = Path.of(fileName.replace('\\', '/')).getFileName() == null ? datasetName + ".csv"
                    : Path.of(fileName.replace('\\', '/')).getFileName().toString();
            Path file = dir.resolve(safe);
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            List<String> problems = new ArrayList<>();
            String prefix = dir.toString() + dir.getFileSystem().getSeparator();
            DatasetImporter.Summary summary = new DatasetImporter(dataset, format, reference).importFiles(List.of(file),
                    problem -> {
                        if (problems.size() < MAX_LISTED)
                            problems.add(problem.replace(prefix, ""));
                    }, rows -> { });
            EventLinker.Summary linked = new EventLinker(reference).update(dataset, EventLinker.Changes.events(summary.newEvents()));
            ObjectNode reply = JSON.createObjectNode()
                    .put("dataset", datasetName)
                    .put("file", safe)
                    .put("rows", summary.rows())
                    .put("imported", summary.imported())
                    .put("newEvents", summary.newEvents().size())
                    .put("malformed", summary.malformed())
                    .put("summary", summary.line())
                    .put("links", linked.line());
            ArrayNode list = reply.putArray("problems");
            problems.forEach(list::add);
            return reply;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
