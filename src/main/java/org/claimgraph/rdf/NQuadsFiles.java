package org.claimgraph.rdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The N-Quads files `load` and `push` take: {@code .nq}, or gzipped {@code .nq.gz}. */
public final class NQuadsFiles {

    private NQuadsFiles() {
    }

    /** Whether a path names such a file, by its name. */
    public static boolean takes(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /** The file's N-Quads, unzipped when its name ends in .gz. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
