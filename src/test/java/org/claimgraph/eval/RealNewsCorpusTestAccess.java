package org.claimgraph.eval;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages write the one-article corpus of {@link RealNewsCorpusTest}. */
public final class RealNewsCorpusTestAccess {

    private RealNewsCorpusTestAccess() {
    }

    public static Path write(Path dir) throws IOException {
        return RealNewsCorpusTest.write(dir, RealNewsCorpusTest.TEXT);
    }
}
