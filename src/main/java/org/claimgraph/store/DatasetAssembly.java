package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * The claimgraph store as the Fuseki configuration describes it: a TDB2 database with the
 * union default graph, wrapped in a jena-text dataset whose Lucene index covers article,
 * claim and quote text.
 * <p>
 * {@link #load} reads {@code fuseki-config/config.ttl} (the same file a standalone Fuseki
 * uses) and points its two locations at {@code storeDir/tdb2} and {@code storeDir/text}.
 * {@link #assemble} opens the dataset. Within one JVM every assembly of the same store
 * returns the same open dataset (TDB2 and Lucene each allow one opener per store); a
 * second process gets a {@link StoreLockedException}.
 */
public final class DatasetAssembly {

    /** Classpath resource of the built-in configuration (packaged from fuseki-config/). */
    static final String BUILTIN_CONFIG = "fuseki-config/config.ttl";
    /** The service the configuration must describe (or the only one it describes). */
    static final String SERVICE_NAME = "claimgraph";

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";

    private static final Resource FUSEKI_SERVICE = ResourceFactory.createResource(FUSEKI + "Service");
    private static final Property FUSEKI_NAME = ResourceFactory.createProperty(FUSEKI + "name");
    private static final Property FUSEKI_DATASET = ResourceFactory.createProperty(FUSEKI + "dataset");
    private static final Resource TDB2_DATASET = ResourceFactory.createResource(TDB2 + "DatasetTDB2");
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty(TDB2 + "location");
    private static final Resource TEXT_DATASET = ResourceFactory.createResource(TEXT + "TextDataset");
    private static final Property TEXT_DATASET_BASE = ResourceFactory.createProperty(TEXT + "dataset");
    private static final Property TEXT_INDEX = ResourceFactory.createProperty(TEXT + "index");
    private static final Property TEXT_DOC_PRODUCER = ResourceFactory.createProperty(TEXT + "textDocProducer");
    private static final Property TEXT_DIRECTORY = ResourceFactory.createProperty(TEXT + "directory");

    /** Datasets open in this JVM, by absolute store directory. */
    private static final Map<Path, Dataset> OPEN = new HashMap<>();

    private final Model config;
    private final Resource datasetDescription;
    private final Path storeDir;

    private DatasetAssembly(Model config, Resource datasetDescription, Path storeDir) {
        this.config = config;
        this.datasetDescription = datasetDescription;
        this.storeDir = storeDir;
    }

    /**
     * Reads the Fuseki configuration (null = the built-in fuseki-config/config.ttl from the
     * classpath) and points its TDB2 location and text index at storeDir/tdb2 and
     * storeDir/text.
     *
     * @throws IllegalArgumentException if the file cannot be read or does not describe a
     *         TDB2 dataset for a service
     */
    public static DatasetAssembly load(Path configFile, Path storeDir) {
        Objects.requireNonNull(storeDir, "storeDir");
        Path store = storeDir.toAbsolutePath().normalize();
        Model model = read(configFile);
        AssemblerUtils.prepareForAssembler(model);
        String source = configFile == null ? "built-in " + BUILTIN_CONFIG : configFile.toString();
        Resource dataset = chooseDataset(model, source);
        pointAt(dataset, store, source);
        return new DatasetAssembly(model, dataset, store);
    }

    /** The rewritten configuration, for {@code FusekiServer.create().parseConfig(...)}. */
    public Model configModel() {
        return config;
    }

    /**
     * The text-indexed TDB2 dataset the configuration describes (union default graph).
     * The same store assembled twice in one JVM gives the same dataset; do not close it
     * while others may use it (the store is released when the process ends).
     *
     * @throws StoreLockedException if another process holds the store
     */
    public Dataset assemble() {
        synchronized (OPEN) {
            Dataset open = OPEN.get(storeDir);
            if (open != null && usable(open))
                return open;
            Dataset dataset = open();
            OPEN.put(storeDir, dataset);
            return dataset;
        }
    }

    public Path storeDir() {
        return storeDir;
    }

    // ---- assembling

    private Dataset open() {
        try {
            Files.createDirectories(storeDir.resolve("tdb2"));
            Files.createDirectories(storeDir.resolve("text"));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot create the store directory " + storeDir + ": " + ex.getMessage(), ex);
        }
        try {
            Optional<Dataset> text = textDataset();
            Object built = text.isPresent() ? text.get() : Assembler.general().open(datasetDescription);
            if (!(built instanceof Dataset dataset))
                throw new IllegalStateException("the configuration's dataset did not assemble into a Dataset: " + built);
            return dataset;
        } catch (RuntimeException ex) {
            Throwable lock = lockFailure(ex);
            if (lock == null)
                throw ex;
            if (String.valueOf(lock.getMessage()).contains("this virtual machine"))
                throw new IllegalStateException("store " + storeDir + " is already open in this process by other code "
                        + "than DatasetAssembly: use that dataset", ex);
            throw new StoreLockedException(storeDir, ex);
        }
    }

    /**
     * A text dataset assembled as jena-text's own assembler does, with its index wrapped in a
     * {@link ReadSafeTextIndex} (a read's abort must not roll back a concurrent write's text); empty
     * when the description is not a plain text:TextDataset (then the general assembler builds it).
     */
    private Optional<Dataset> textDataset() {
        if (!datasetDescription.hasProperty(RDF.type, TEXT_DATASET) || datasetDescription.hasProperty(TEXT_DOC_PRODUCER))
            return Optional.empty();
        Resource base = datasetDescription.getPropertyResourceValue(TEXT_DATASET_BASE);
        Resource index = datasetDescription.getPropertyResourceValue(TEXT_INDEX);
        if (base == null || index == null)
            return Optional.empty();
        Dataset tdb2 = (Dataset) Assembler.general().open(base);
        TextIndex text = (TextIndex) Assembler.general().open(index);
        Dataset dataset = TextDatasetFactory.create(tdb2, new ReadSafeTextIndex(text, tdb2.asDatasetGraph()), true);
        AssemblerUtils.mergeContext(datasetDescription, dataset.getContext());
        return Optional.of(dataset);
    }

    /**
     * The cause that says another holder has the store's lock, or null. TDB2 throws
     * {@code DBOpEnvException("Failed to get a lock: file='…/tdb.lock': held by process N")}
     * from {@code ProcessFileLock.lockEx}; Lucene throws {@code LockObtainFailedException}
     * for its {@code write.lock}. Assemblers may wrap either.
     */
    private static Throwable lockFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DBOpEnvException && String.valueOf(t.getMessage()).contains("lock"))
                return t;
            if (t.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException"))
                return t;
        }
        return null;
    }

    /** False once someone has closed the dataset (closing closes its Lucene writer). */
    private static boolean usable(Dataset dataset) {
        if (dataset.asDatasetGraph() instanceof DatasetGraphText text
                && (text.getTextIndex() instanceof ReadSafeTextIndex safe ? safe.unwrap() : text.getTextIndex()) instanceof TextIndexLucene lucene)
            return lucene.getIndexWriter() != null && lucene.getIndexWriter().isOpen();
        return true;
    }

    // ---- reading and rewriting the configuration

    private static Model read(Path configFile) {
        Model model = ModelFactory.createDefaultModel();
        try {
            if (configFile != null) {
                if (!Files.isReadable(configFile))
                    throw new IllegalArgumentException("cannot read the Fuseki configuration " + configFile);
                RDFParser.source(configFile).parse(model);
            } else {
                try (InputStream in = DatasetAssembly.class.getClassLoader().getResourceAsStream(BUILTIN_CONFIG)) {
                    if (in == null)
                        throw new IllegalStateException("the built-in " + BUILTIN_CONFIG + " is missing from the classpath");
                    RDFParser.source(in).lang(Lang.TURTLE).base("urn:claimgraph:" + BUILTIN_CONFIG).parse(model);
                }
            }
        } catch (RiotException ex) {
            throw new IllegalArgumentException("bad Fuseki configuration "
                    + (configFile == null ? BUILTIN_CONFIG : configFile) + ": " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return model;
    }

    /** The dataset of the "claimgraph" service (or of the only service). */
    private static Resource chooseDataset(Model model, String source) {
        List<Resource> services = model.listSubjectsWithProperty(RDF.type, FUSEKI_SERVICE).toList();
        Resource service = null;
        for (Resource s : services) {
            Statement name = s.getProperty(FUSEKI_NAME);
            if (name != null && name.getObject().isLiteral()
                    && name.getString().replaceFirst("^/", "").equals(SERVICE_NAME))
                service = s;
        }
        if (service == null && services.size() == 1)
            service = services.get(0);
        if (service != null) {
            Resource dataset = service.getPropertyResourceValue(FUSEKI_DATASET);
            if (dataset == null)
                throw new IllegalArgumentException(source + ": the service has no fuseki:dataset");
            return dataset;
        }
        if (!services.isEmpty())
            throw new IllegalArgumentException(source + ": " + services.size()
                    + " services and none named \"" + SERVICE_NAME + "\"");
        // A file with only a dataset description.
        List<Resource> texts = model.listSubjectsWithProperty(RDF.type, TEXT_DATASET).toList();
        if (texts.size() == 1)
            return texts.get(0);
        List<Resource> tdbs = model.listSubjectsWithProperty(RDF.type, TDB2_DATASET).toList();
        if (tdbs.size() == 1)
            return tdbs.get(0);
        throw new IllegalArgumentException(source + ": no fuseki:Service \"" + SERVICE_NAME + "\" and no single dataset");
    }

    /** Sets the TDB2 location to store/tdb2 and the Lucene directory to store/text. */
    private static void pointAt(Resource dataset, Path store, String source) {
        Resource base = dataset.hasProperty(TEXT_DATASET_BASE) ? dataset.getPropertyResourceValue(TEXT_DATASET_BASE) : dataset;
        if (base == null || !(base.hasProperty(RDF.type, TDB2_DATASET) || base.hasProperty(TDB2_LOCATION)))
            throw new IllegalArgumentException(source + ": the service's dataset is not a TDB2 database (tdb2:DatasetTDB2)");
        base.removeAll(TDB2_LOCATION);
        base.addProperty(TDB2_LOCATION, store.resolve("tdb2").toString());

        Resource index = dataset.getPropertyResourceValue(TEXT_INDEX);
        if (index != null) {
            RDFNode old = index.hasProperty(TEXT_DIRECTORY) ? index.getProperty(TEXT_DIRECTORY).getObject() : null;
            if (old != null && old.isLiteral() && "mem".equals(old.asLiteral().getLexicalForm()))
                return; // an in-memory index stays in memory
            index.removeAll(TEXT_DIRECTORY);
            index.addProperty(TEXT_DIRECTORY, store.resolve("text").toString());
        }
    }
}
