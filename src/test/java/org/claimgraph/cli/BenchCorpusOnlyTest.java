package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --articles N --corpus-only}: the generated corpus alone, as input for {@code spark} or {@code ingest}. */
class BenchCorpusOnlyTest {

    @TempDir
    Path work;

    @Test
    void writesTheCorpusAndNothingElse() throws IOException {
        CliRun run = CliRun.of("bench", "--articles", "3", "--corpus-only", "--work", work.toString(), "--examples", "examples");
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(work.resolve("corpus")), files.toList(), "no store, no report");
        }
        try (Stream<Path> files = Files.list(work.resolve("corpus"))) {
            List<Path> corpus = files.toList();
            assertEquals(1, corpus.size());
            assertTrue(corpus.get(0).toString().endsWith(".jsonl"), corpus.toString());
            assertEquals(3, Files.readAllLines(corpus.get(0)).size());
        }
    }

    @Test
    void needsAFolder() {
        CliRun run = CliRun.of("bench", "--articles", "3", "--corpus-only", "--examples", "examples");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--work"), run.err());
    }
}
