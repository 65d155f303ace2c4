package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.shiro.FMod_Shiro;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.DatasetAssemblerVocab;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.claimgraph.store.DatasetAssembly;
import org.claimgraph.store.StoreLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claimgraph SPARQL service: embedded Fuseki (jena-fuseki-main 5.6.0) configured from
 * {@code fuseki-config/config.ttl}.
 * <ul>
 * <li>{@code /claimgraph/sparql} query and {@code /claimgraph/get} graph reads are public
 *     and read-only; {@code /claimgraph/update} and {@code /claimgraph/data} need a user of
 *     the password file (HTTP basic authentication);</li>
 * <li>{@code SERVICE} is refused and queries/updates have time limits ({@code ja:context}
 *     settings on the query endpoint and the dataset, see {@link EndpointSettings});</li>
 * <li>the Fuseki UI ({@code /}) and admin API ({@code /$/}) answer localhost only
 *     (Shiro module with fuseki-config/shiro.ini);</li>
 * <li>the claim explorer ({@code /explore/}, {@link ExplorerServlet}) is public and read-only;</li>
 * <li>CORS headers only for the configured origins.</li>
 * </ul>
 * The server serves the dataset {@link DatasetAssembly#assemble()} opens, so code in the
 * same JVM can write to the store while it is served ({@link #dataset()}).
 */
public final class SparqlServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    static final String BUILTIN_SHIRO = "fuseki-config/shiro.ini";
    private static final Property FUSEKI_DATASET = ResourceFactory.createProperty(EndpointSettings.FUSEKI + "dataset");
    private static final Property FUSEKI_NAME = ResourceFactory.createProperty(EndpointSettings.FUSEKI + "name");
    private static final Resource FUSEKI_SERVICE = ResourceFactory.createResource(EndpointSettings.FUSEKI + "Service");
    private static final Property TEXT_DATASET = ResourceFactory.createProperty("http://jena.apache.org/text#dataset");
    private static final Resource OP_GSP_R = ResourceFactory.createResource(EndpointSettings.FUSEKI + "gsp-r");
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#location");

    /** Default cap on the request body of update, data, ingest and link: 64 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;
    /** Default cap on the rows of a SELECT answer on the public endpoint. */
    public static final long DEFAULT_MAX_RESULT_ROWS = 100_000;
    /** Default number of queries answered at once. */
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 16;
    /** Seconds a client refused for lack of query slots is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final FusekiServer server;
    private final String serviceName;
    private final DatasetGraph dataset;
    private final Path storeDir;
    private volatile boolean started;

    private SparqlServer(FusekiServer server, String serviceName, DatasetGraph dataset, Path storeDir) {
        this.server = server;
        this.serviceName = serviceName;
        this.dataset = dataset;
        this.storeDir = storeDir;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this. */
    public synchronized SparqlServer start() {
        if (!started) {
            server.start();
            started = true;
            LOG.info("SPARQL endpoint http://localhost:{}{}/sparql (store {})", port(), serviceName, storeDir);
        }
        return this;
    }

    /** The HTTP port (the actual one once started, also when built with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The service name, e.g. {@code claimgraph}: its endpoints are {@code /claimgraph/sparql} etc. */
    public String serviceName() {
        return serviceName.startsWith("/") ? serviceName.substring(1) : serviceName;
    }

    /**
     * The live dataset the server answers from (the text-indexed TDB2 dataset): write to it in
     * a transaction (e.g. {@code Txn.executeWrite}) to ingest while serving.
     */
    public DatasetGraph dataset() {
        DataAccessPoint dap = server.getDataAccessPointRegistry().get(serviceName);
        return dap != null && dap.getDataService().getDataset() != null ? dap.getDataService().getDataset() : dataset;
    }

    /**
     * Stops serving. The store stays open in this JVM (other code may be using the same
     * dataset); it is released when the process ends.
     */
    public synchronized void stop() {
        if (started) {
            server.stop();
            started = false;
        }
        stopUserStore();
    }

    /**
     * Fuseki starts the password file's user store itself (it re-reads the file when it
     * changes, from a scanner thread); stopping Jetty does not stop it.
     */
    private void stopUserStore() {
        SecurityHandler security = server.getJettyServer().getDescendant(SecurityHandler.class);
        if (security != null && security.getLoginService() instanceof HashLoginService login
                && login.getBean(UserStore.class) != null) {
            try {
                login.getBean(UserStore.class).stop();
            } catch (Exception ex) {
                LOG.debug("stopping the user store: {}", ex.toString());
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Settings for a {@link SparqlServer}. */
    public static final class Builder {
        private Path storeDir;
        private int port = 3030;
        private Path configFile;
        private Path passwordFile;
        private List<String> corsOrigins = List.of();
        private Duration queryTimeout;
        private LiveWrites liveWrites;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long maxResultRows = DEFAULT_MAX_RESULT_ROWS;
        private int maxConcurrentQueries = DEFAULT_MAX_CONCURRENT_QUERIES;

        private Builder() {}

        /**
         * What {@code POST /claimgraph/ingest} and {@code /claimgraph/link?dataset=NAME} do (null, the
         * default: no such endpoints). Users of the password file only.
         */
        public Builder liveWrites(LiveWrites writes) { this.liveWrites = writes; return this; }

        /** Largest request body of update, data, ingest and link, in bytes (larger: 413). */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1)
                throw new IllegalArgumentException("the body cap must be at least 1 byte, was " + bytes);
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Most rows of a SELECT answer on the public query endpoint (more are cut, see {@link CappedQuery}). */
        public Builder maxResultRows(long rows) {
            if (rows < 1)
                throw new IllegalArgumentException("the row cap must be at least 1, was " + rows);
            this.maxResultRows = rows;
            return this;
        }

        /** Most queries answered at once on the public read endpoints; more are answered 503 with Retry-After. */
        public Builder maxConcurrentQueries(int n) {
            if (n < 1)
                throw new IllegalArgumentException("at least one query at a time, was " + n);
            this.maxConcurrentQueries = n;
            return this;
        }

        /** The store directory (TDB2 in storeDir/tdb2, text index in storeDir/text). Required. */
        public Builder storeDir(Path storeDir) { this.storeDir = storeDir; return this; }

        /** HTTP port; 0 = any free port. Default 3030. */
        public Builder port(int port) { this.port = port; return this; }

        /** Fuseki configuration; null (default) = the built-in fuseki-config/config.ttl. */
        public Builder configFile(Path configFile) { this.configFile = configFile; return this; }

        /** Password file (Jetty "user: password" lines); null = nobody can update. */
        public Builder passwordFile(Path passwordFile) { this.passwordFile = passwordFile; return this; }

        /** Origins that get CORS headers (e.g. {@code https://example.org}); empty = none. */
        public Builder corsOrigins(List<String> origins) {
            this.corsOrigins = origins == null ? List.of() : List.copyOf(origins);
            return this;
        }

        /** Replaces the configured query time limit (null = keep the configuration's). */
        public Builder queryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; return this; }

        /**
         * Opens the store and builds the server (not started).
         *
         * @throws StoreLockedException if another process holds the store
         * @throws IllegalArgumentException for a missing password file or a bad configuration
         */
        public SparqlServer build() {
            Objects.requireNonNull(storeDir, "storeDir");
            if (passwordFile != null && !Files.isReadable(passwordFile))
                throw new IllegalArgumentException("cannot read the password file " + passwordFile);

            DatasetAssembly assembly = DatasetAssembly.load(configFile, storeDir);
            Dataset ds = assembly.assemble();
            DatasetGraph dsg = ds.asDatasetGraph();
            EndpointSettings.apply(dsg);

            Model config = ModelFactory.createDefaultModel().add(assembly.configModel());
            config.setNsPrefixes(assembly.configModel().getNsPrefixMap());
            EndpointSettings.apply(config, queryTimeout);
            // Fuseki would assemble the dataset a second time, and Lucene allows one writer per
            // index: hand it a placeholder, then swap in the dataset opened above.
            List<String> ours = replaceDataset(config, assembly.storeDir());
            if (ours.isEmpty())
                throw new IllegalArgumentException("the configuration has no fuseki:Service for the store " + storeDir);

            FusekiServer.Builder fuseki = FusekiServer.create().port(port).parseConfig(config);
            for (String name : ours)
                fuseki.getDataServiceBuilder(name).dataset(dsg);
            // every query endpoint answers through the row cap
            fuseki.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQuery(maxResultRows));
            QuerySlots slots = new QuerySlots(maxConcurrentQueries, RETRY_AFTER_SECONDS);
            BodyLimitFilter bodyLimit = new BodyLimitFilter(maxBodyBytes);
            if (liveWrites != null)
                fuseki.registerOperation(WriteEndpoint.OPERATION, new WriteEndpoint(liveWrites, maxBodyBytes));
            for (String service : ours) {
                for (String read : queryEndpoints(config, service))
                    fuseki.addFilter(service + "/" + read, slots);
                for (String write : List.of("update", "data", WriteEndpoint.INGEST, WriteEndpoint.LINK))
                    fuseki.addFilter(service + "/" + write, bodyLimit);
                if (liveWrites != null) {
                    // with a password file, Jetty asks for credentials; without, WriteEndpoint refuses (401)
                    AuthPolicy users = passwordFile != null ? Auth.ANY_USER : null;
                    fuseki.addEndpoint(service, WriteEndpoint.INGEST, WriteEndpoint.OPERATION, users);
                    fuseki.addEndpoint(service, WriteEndpoint.LINK, WriteEndpoint.OPERATION, users);
                }
            }

            String name = ours.get(0);
            if (passwordFile != null) {
                fuseki.passwordFile(passwordFile.toAbsolutePath().toString());
            } else {
                LOG.warn("no password file: {}/update and {}/data refuse every request "
                        + "(start with a password file to allow writes over HTTP)", name, name);
            }
            // the claim explorer: public, read-only pages over the query endpoint (Shiro lets /explore through)
            fuseki.addServlet(ExplorerServlet.PATH + "/*", new ExplorerServlet());
            if (!corsOrigins.isEmpty())
                fuseki.addFilter("/*", new CorsFilter(corsOrigins));

            Path fusekiBase = assembly.storeDir().resolve("fuseki");
            Path shiro = shiroIni(fusekiBase);
            fuseki.fusekiModules(FusekiModules.create(
                    new LocalAdminModule(fusekiBase),   // admin API; work area STORE/fuseki
                    FMod_UI.create(),                   // the UI (from jena-fuseki-ui on the classpath)
                    new FMod_Shiro(shiro.toString()))); // UI and admin: localhost only

            FusekiServer server = fuseki.build();
            return new SparqlServer(server, name, dsg, assembly.storeDir());
        }

        /** The names of the service's public read endpoints (query and read-only graph store), e.g. sparql, get. */
        private static List<String> queryEndpoints(Model config, String service) {
            List<String> names = new ArrayList<>();
            for (Resource s : config.listSubjectsWithProperty(RDF.type, FUSEKI_SERVICE).toList()) {
                Statement nameSt = s.getProperty(FUSEKI_NAME);
                if (nameSt == null || !DataAccessPoint.canonical(nameSt.getString()).equals(service))
                    continue;
                for (Statement ep : s.listProperties(EndpointSettings.ENDPOINT).toList()) {
                    if (!ep.getObject().isResource())
                        continue;
                    Resource e = ep.getResource();
                    Statement epName = e.getProperty(FUSEKI_NAME);
                    if (epName != null && epName.getObject().isLiteral() && !epName.getString().isEmpty()
                            && (e.hasProperty(EndpointSettings.OPERATION, EndpointSettings.OP_QUERY)
                                || e.hasProperty(EndpointSettings.OPERATION, OP_GSP_R)))
                        names.add(epName.getString());
                }
            }
            return names;
        }

        /**
         * Points every service whose dataset is this store at an in-memory placeholder and
         * returns their canonical names ("/claimgraph").
         */
        private static List<String> replaceDataset(Model config, Path store) {
            String location = store.resolve("tdb2").toString();
            List<String> names = new ArrayList<>();
            for (Resource service : config.listSubjectsWithProperty(RDF.type, FUSEKI_SERVICE).toList()) {
                Resource ds = service.getPropertyResourceValue(FUSEKI_DATASET);
                if (ds == null)
                    continue;
                Resource base = ds.hasProperty(TEXT_DATASET) ? ds.getPropertyResourceValue(TEXT_DATASET) : ds;
                Statement loc = base == null ? null : base.getProperty(TDB2_LOCATION);
                if (loc == null || !loc.getObject().isLiteral() || !location.equals(loc.getString()))
                    continue;
                Statement nameSt = service.getProperty(FUSEKI_NAME);
                if (nameSt == null || !nameSt.getObject().isLiteral())
                    continue;
                service.removeAll(FUSEKI_DATASET);
                service.addProperty(FUSEKI_DATASET,
                        config.createResource().addProperty(RDF.type, DatasetAssemblerVocab.tMemoryDataset));
                names.add(DataAccessPoint.canonical(nameSt.getString()));
            }
            return names;
        }

        /**
         * The Shiro file to use, written to fusekiBase/shiro.ini: the shiro.ini next to the
         * configuration file if there is one, else the built-in fuseki-config/shiro.ini.
         */
        private Path shiroIni(Path fusekiBase) {
            Path target = fusekiBase.resolve("shiro.ini");
            try {
                Files.createDirectories(fusekiBase);
                Path beside = configFile == null ? null : configFile.toAbsolutePath().resolveSibling("shiro.ini");
                if (beside != null && Files.isReadable(beside)) {
                    Files.copy(beside, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    try (InputStream in = SparqlServer.class.getClassLoader().getResourceAsStream(BUILTIN_SHIRO)) {
                        if (in == null)
                            throw new IllegalStateException("the built-in " + BUILTIN_SHIRO + " is missing from the classpath");
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
            }
            return target.toAbsolutePath();
        }
    }
}
