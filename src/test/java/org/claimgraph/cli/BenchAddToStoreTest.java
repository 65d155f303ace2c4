package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.claimgraph.bench.ScaleBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --add-to-store --query-runs 0}: the update's cost alone, as the help promises. */
class BenchAddToStoreTest {

    @TempDir
    Path work;

    @Test
    void zeroQueryRunsIsAcceptedAndOnlyTheMissingStoreIsReported() {
        CliRun run = CliRun.of("bench", "--articles", "3", "--add-to-store", "--query-runs", "0", "--updates", "1",
                "--work", work.toString(), "--examples", "examples");
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("no built store"), run.err());
    }

    @Test
    void negativeQueryRunsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleBench.Options(3, 1, 3, 1, -1, Path.of("examples"), work, 13));
        new ScaleBench.Options(3, 1, 3, 1, 0, Path.of("examples"), work, 13); // 0 skips the queries
    }
}
