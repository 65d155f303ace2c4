package org.claimgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The canned queries shipped in {@code queries/} (inside the jar), one per {@code .rq} file. */
public final class QueryCatalog {

    private final List<CannedQuery> queries;

    private QueryCatalog(List<CannedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The catalogue built into the jar (or the classes folder when run from Maven). */
    public static QueryCatalog builtIn() {
        URL url = QueryCatalog.class.getResource("/queries");
        if (url == null) {
            throw new IllegalStateException("no queries/ folder on the classpath: rebuild the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(fs.getPath("/queries"));
                } catch (FileSystemAlreadyExistsException e) {
                    // someone else in this JVM has the jar open (the Fuseki UI serves its files from it): share it, leave it open
                    return fromFolder(FileSystems.getFileSystem(uri).getPath("/queries"));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in queries: " + e.getMessage(), e);
        }
    }

    /** The {@code .rq} files of a folder. */
    public static QueryCatalog fromFolder(Path folder) {
        List<CannedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.add(CannedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries from " + folder, e);
        }
        return new QueryCatalog(queries);
    }

    public List<CannedQuery> all() {
        return queries;
    }

    public Optional<CannedQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
