package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimgraph.link.DatasetFormat;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.link.AcledEvents;
import org.claimgraph.link.GdeltEvents;
import org.claimgraph.link.UcdpGed;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Import an external conflict dataset into its own graph (…/graph/dataset/NAME).",
                "gdelt: GDELT 2.0 event and mention files (*.export.CSV, *.mentions.CSV, or the .zip as downloaded).",
                "ucdp: UCDP GED CSV with its published header (CC BY 4.0).",
                "acled: ACLED export CSV with its published 31-column header (ACLED's terms forbid redistributing rows);"
                        + " dates in the form each file's rows share, or --date-format."})
final class LinkCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "DATASET", description = "gdelt, ucdp or acled")
    String dataset;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", description = "Dataset files, read in order.")
    List<Path> files = List.of();

    @Option(names = "--relink", description = "Recompute every candidate link, not only those of the new events"
            + " (after upgrading claimgraph; FILEs may then be left out).")
    boolean relink;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = "acled: the files' date form as a Java date pattern"
            + " (d-MMM-yy, d/M/yyyy, M/d/yyyy ...), when it cannot be told from their dates.")
    String dateFormat;

    @Mixin
    RemoteOptions remote;

    LinkCommand(Io io) {
        this.io = io;
    }

    /** The dataset names {@link #format} knows. */
    static final Set<String> DATASETS = Set.of("gdelt", "ucdp", "acled");

    /** The reader of a dataset by its name, null for an unknown one; ACLED dates in the form each file's rows share. */
    static DatasetFormat format(String dataset) {
        return switch (dataset) {
            case "gdelt" -> new GdeltEvents();
            case "ucdp" -> new UcdpGed();
            case "acled" -> new AcledEvents();
            default -> null;
        };
    }

    @Override
    public Integer call() throws IOException {
        if (dateFormat != null && !dataset.equals("acled")) {
            io.err().println("claimgraph link: --date-format is for acled files only");
            return ExitCodes.USAGE;
        }
        if (dateFormat != null && remote.remote()) {
            io.err().println("claimgraph link: --date-format is not sent to a server, which reads each file's date form from its"
                    + " rows; to state it, run link on the server's store, or save the file with ISO dates (yyyy-MM-dd)");
            return ExitCodes.USAGE;
        }
        DatasetFormat format;
        try {
            format = dateFormat == null ? format(dataset) : AcledEvents.withDateFormat(dateFormat);
        } catch (IllegalArgumentException e) {
            io.err().println("claimgraph link: --date-format " + dateFormat + " is no date pattern (" + e.getMessage()
                    + "): write it as d-MMM-yy, d/M/yyyy or M/d/yyyy");
            return ExitCodes.USAGE;
        }
        if (format == null) {
            io.err().println("claimgraph link: unknown dataset " + dataset + ": use gdelt, ucdp or acled");
            return ExitCodes.USAGE;
        }
        if (files.isEmpty() && !relink) {
            io.err().println("claimgraph link: give the dataset files to import (or --relink to recompute the links only)");
            return ExitCodes.USAGE;
        }
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                io.err().println("claimgraph link: cannot read " + f + ": check the path");
                return ExitCodes.USAGE;
            }
        }
        if (remote.remote())
            return RemoteLink.run(remote, dataset, files, relink, io);
        Store s = store.open();
        ConsoleProgress progress = new ConsoleProgress(io.err(), System.console() != null);
        ReferenceData reference = ReferenceData.load();
        DatasetImporter.Summary summary = new DatasetImporter(s.dataset(), format, reference)
                .importFiles(files, problem -> io.err().println("warning: " + problem), progress::rows);
        progress.finish();
        io.err().println(summary.line());
        // only the new events need linking, unless asked to recompute every link (after an upgrade of the linker)
        EventLinker.Changes changes = relink ? EventLinker.Changes.ALL : EventLinker.Changes.events(summary.newEvents());
        io.err().println(new EventLinker(reference).update(s.dataset(), changes).line());
        return summary.malformed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
