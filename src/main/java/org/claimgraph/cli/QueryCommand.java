package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a canned query (see --list) or a .rq file against the store or a SPARQL endpoint.",
                "Parameters are bound as RDF terms: <iri>, integers, else strings."})
final class QueryCommand implements Callable<Integer> {

    private final Io io;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: $CLAIMGRAPH_STORE, else ./data/store).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "SPARQL endpoint, e.g. http://localhost:3030/claimgraph/sparql (use while a server holds the store).")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: built in).")
    Path config;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    QueryRunner.Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind a query parameter; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows, whatever the query's own LIMIT (the canned queries stop at 1,000).")
    Long limit;

    @Option(names = "--offset", paramLabel = "K", description = "Skip the first K rows (with --limit, to page through an answer).")
    Long offset;

    @Option(names = "--list", description = "List the canned queries with their parameters and columns.")
    boolean list;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A canned query name or a SPARQL file.")
    String query;

    QueryCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        QueryCatalog catalog = QueryCatalog.builtIn();
        if (list) {
            printList(catalog);
            return ExitCodes.OK;
        }
        if (query == null) {
            io.err().println("give a query name or a .rq file; `claimgraph query --list` shows the names");
            return ExitCodes.USAGE;
        }
        Optional<String> sparql = resolve(catalog);
        if (sparql.isEmpty()) {
            io.err().println("no query named '" + query + "' and no such .rq file: `claimgraph query --list` shows the names");
            return ExitCodes.USAGE;
        }
        if (target.endpoint != null) {
            QueryRunner.remote(target.endpoint).run(sparql.get(), params, new QueryRunner.Page(limit, offset), format, io.out());
            io.out().flush();
            return ExitCodes.OK;
        }
        StoreOptions options = new StoreOptions();
        options.store = target.store;
        options.config = config;
        Optional<Store> store = options.openForReading("query", io.err());
        if (store.isEmpty()) {
            return ExitCodes.STORE_UNAVAILABLE;
        }
        QueryRunner.local(store.get().dataset()).run(sparql.get(), params, new QueryRunner.Page(limit, offset), format, io.out());
        io.out().flush();
        return ExitCodes.OK;
    }

    private Optional<String> resolve(QueryCatalog catalog) {
        Optional<CannedQuery> canned = catalog.byName(query);
        if (canned.isPresent()) {
            return Optional.of(canned.get().text());
        }
        Path file = Path.of(query);
        if (Files.isRegularFile(file)) {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return Optional.empty();
    }

    private void printList(QueryCatalog catalog) {
        for (CannedQuery q : catalog.all()) {
            io.out().println(q.name() + "\n    " + q.description());
            if (!q.parameters().isEmpty()) {
                io.out().println("    parameters: " + String.join("; ", q.parameters()));
            }
            io.out().println("    columns: " + String.join("; ", q.columns()));
            if (!q.example().isEmpty()) {
                StringBuilder example = new StringBuilder("    example: claimgraph query " + q.name());
                q.example().forEach((k, v) -> example.append(" --param '").append(k).append('=').append(v).append('\''));
                io.out().println(example);
            }
        }
        io.out().flush();
    }
}
