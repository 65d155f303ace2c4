package org.claimgraph.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.export.JsonLines;
import org.claimgraph.export.StoreExporter;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write a table as JSON Lines or CSV, or the whole store as RDF, to stdout.",
        description = {"Write a table (articles, actors, locations, attributions, quantities, negotiations, claims) as JSON Lines or CSV,",
                "or the whole store as RDF (trig, nq, jsonld), to stdout."})
final class ExportCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "WHAT", description = "articles, actors, locations, attributions, quantities, negotiations, claims, or rdf.")
    String what;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl (default) or csv (one value per cell, nested fields flattened) for tables; trig (default), nq or jsonld for rdf.")
    String format;

    ExportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (what.equals("rdf")) {
            StoreExporter.RdfSyntax syntax = parse(StoreExporter.RdfSyntax.class, format == null ? "trig" : format);
            if (syntax == null) {
                return ExitCodes.USAGE;
            }
            Optional<Store> s = store.openForReading("export", io.err());
            if (s.isEmpty()) {
                return ExitCodes.STORE_UNAVAILABLE;
            }
            new StoreExporter(s.get().dataset()).exportRdf(syntax, io.out());
        } else {
            StoreExporter.Table table = parse(StoreExporter.Table.class, what);
            JsonLines.Format f = parse(JsonLines.Format.class, format == null ? "jsonl" : format);
            if (table == null || f == null) {
                return ExitCodes.USAGE;
            }
            Optional<Store> s = store.openForReading("export", io.err());
            if (s.isEmpty()) {
                return ExitCodes.STORE_UNAVAILABLE;
            }
            new StoreExporter(s.get().dataset()).exportTable(table, f, io.out());
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        io.err().println("'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
