package org.claimgraph.link;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;

/**
 * Streams dataset files into the store, one write transaction per {@link #BATCH} rows: a kill
 * mid-import leaves the batches before it, each whole. Each new event is noted as waiting for the
 * linker ({@code cg:pendingEvent} in the links graph) in the transaction that adds it. A row that
 * cannot be read (a bad value, bytes that are not UTF-8) is reported with file, line, column and
 * why, and skipped; the rest go in. A file whose header lacks a needed column, or whose dates fit no
 * form, is skipped whole, with the reason; a file that cannot be read on (a broken zip) keeps the
 * rows before. Importing a file again changes nothing (the same rows give the same triples). A
 * revised row (an event id the store holds, with other values: a new fatality count or timestamp)
 * replaces the event's facts, keeping the articles other files say mention it, drops its links
 * and notes it for the linker again; the last row read for an id wins.
 */
public final class DatasetImporter {

    static final int BATCH = 20_000;

    /**
     * What an import did.
     *
     * @param newEvents the events the store did not hold before, and those whose facts a revised row
     *     replaced (what the linker has to link)
     * @param revisedEvents those of {@code newEvents} the store held with other facts
     */
    public record Summary(String dataset, long rows, long imported, long malformed, double seconds, Set<Node> newEvents,
            Set<Node> revisedEvents) {
        public String line() {
            return String.format(Locale.ROOT,
                    "%s: read %,d rows, imported %,d events and mentions (%,d events new to the store%s), skipped %,d malformed rows in %.1f s",
                    dataset, rows, imported, newEvents.size() - revisedEvents.size(),
                    revisedEvents.isEmpty() ? "" : String.format(Locale.ROOT, ", %,d revised", revisedEvents.size()), malformed, seconds);
        }
    }

    /** The quads of one row (or of the code lists), and the event they state the facts of (null for a mention). */
    private record Row(Node event, List<Quad> quads) {}

    private final DatasetGraph dataset;
    private final DatasetFormat format;
    private final DatasetRdf rdf;

    public DatasetImporter(DatasetGraph dataset, DatasetFormat format, ReferenceData reference) {
        this.dataset = dataset;
        this.format = format;
        this.rdf = new DatasetRdf(new ActorCodes(reference.reference()));
    }

    /**
     * Imports the files in order.
     *
     * @param problems receives "FILE:LINE: column NAME: why" for each malformed row
     * @param progress receives the number of rows read so far, every few thousand rows
     */
    public Summary importFiles(List<Path> files, Consumer<String> problems, LongConsumer progress) throws IOException {
        long start = System.nanoTime();
        long rows = 0;
        long imported = 0;
        long malformed = 0;
        Set<Node> newEvents = new HashSet<>();
        Set<Node> revised = new HashSet<>();
        List<Row> batch = new ArrayList<>();
        batch.add(new Row(null, codeLists()));
        int inBatch = 0;
        for (Path file : files) {
            long line = 0;
            try (CsvRecords records = CsvRecords.open(file, format)) {
                List<String> header = format.hasHeader() ? records.next() : List.of();
                header = header == null ? List.of() : header;
                DatasetFormat.RowParser parser;
                try {
                    parser = format.rows(header, survey(file, header));
                } catch (MalformedRowException e) {
                    problems.accept(file + ":1: " + e.getMessage() + " — file skipped");
                    malformed++;
                    continue;
                }
                List<String> fields;
                while ((fields = records.next()) != null) {
                    rows++;
                    line = records.line();
                    try {
                        utf8(fields, header);
                        DatasetRecord record = parser.parse(fields);
                        List<Quad> quads = new ArrayList<>();
                        rdf.write(record, quads::add);
                        batch.add(new Row(record instanceof DatasetEvent e ? DatasetRdf.event(e.dataset(), e.id()) : null, quads));
                        imported++;
                        inBatch++;
                    } catch (MalformedRowException e) {
                        malformed++;
                        problems.accept(file + ":" + line + ": " + e.getMessage() + " — row skipped");
                    }
                    if (inBatch >= BATCH) {
                        commit(batch, newEvents, revised);
                        inBatch = 0;
                        progress.accept(rows);
                    }
                }
            } catch (IOException e) {
                // the rows before stay; the file's rest, and only it, is lost
                malformed++;
                problems.accept(file + ":" + (line + 1) + ": " + unreadable(e) + (line == 0 ? " — file skipped" : " — the rest of the file skipped"));
            }
        }
        commit(batch, newEvents, revised);
        progress.accept(rows);
        return new Summary(format.name(), rows, imported, malformed, (System.nanoTime() - start) / 1e9, newEvents, revised);
    }

    /** The distinct non-empty values of the column the format surveys (none when it surveys none): a first pass over the file. */
    private Set<String> survey(Path file, List<String> header) throws IOException {
        if (format.surveyed().isEmpty()) {
            return Set.of();
        }
        int column = Columns.position(header, format.surveyed().get());
        Set<String> values = new LinkedHashSet<>();
        try (CsvRecords records = CsvRecords.open(file, format)) {
            records.next(); // the header
            List<String> fields;
            while ((fields = records.next()) != null && values.size() < DatasetFormat.SURVEY_LIMIT) {
                if (column >= 0 && column < fields.size() && !fields.get(column).isBlank()) {
                    values.add(fields.get(column).strip());
                }
            }
        }
        return values;
    }

    /** Rejects a row with bytes that are not UTF-8 (read as U+FFFD), naming the first such column. */
    private static void utf8(List<String> fields, List<String> header) throws MalformedRowException {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).indexOf('\uFFFD') >= 0) {
                throw new MalformedRowException(i < header.size() ? header.get(i).strip().replace("\uFEFF", "") : Integer.toString(i + 1),
                        "not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
            }
        }
    }

    /** Why a file cannot be read on, and what to do. */
    private static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file: check the path";
        }
        if (e instanceof ZipException) {
            return "not a readable zip (" + e.getMessage() + "): download it again";
        }
        return "cannot be read (" + e.getMessage() + ")";
    }

    /** The dataset's code lists (so queries can name an event's type) and its provenance and licence. */
    private List<Quad> codeLists() {
        List<Quad> out = new ArrayList<>();
        Node g = DatasetRdf.graph(format.name());
        for (String resource : format.codeLists()) {
            ReferenceData.resource(resource).find().forEach(t -> out.add(Quad.create(g, t)));
        }
        Graph provenance = GraphFactory.createDefaultGraph();
        RDFParser.fromString("PREFIX dcterms: <http://purl.org/dc/terms/>\n" + format.provenance(), Lang.TURTLE)
                .base(g.getURI()).parse(provenance);
        provenance.find().forEach(t -> out.add(Quad.create(g, t)));
        return out;
    }

    /**
     * Adds a batch in one transaction, row by row. {@code newEvents} receives the events the store
     * did not hold and those a revised row changed; {@code revised} the latter only.
     */
    private void commit(List<Row> batch, Set<Node> newEvents, Set<Node> revised) {
        if (batch.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph store = Store.unindexed(dataset); // datasets hold nothing the text index indexes
            for (Row row : batch) {
                if (row.event() != null && !row.quads().isEmpty()) {
                    Node g = row.quads().get(0).getGraph();
                    List<Quad> stored = DatasetRdf.facts(dataset, g, row.event());
                    boolean same = stored.size() == row.quads().size() && row.quads().stream().allMatch(dataset::contains);
                    if (!same) {
                        if (!stored.isEmpty()) {
                            stored.forEach(store::delete);
                            LinksGraph.dropLinksTo(dataset, row.event()); // linked on the old facts
                            revised.add(row.event());
                        }
                        newEvents.add(row.event());
                        // noted in the same transaction, so an import stopped before its linking is linked by the next update
                        store.add(EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingEvent.asNode(), row.event());
                    }
                }
                row.quads().forEach(store::add);
            }
        });
        batch.clear();
    }
}
