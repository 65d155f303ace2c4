package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer meets after stopping the demo: reading a store that is missing or empty says so,
 * names the folder and points at the demo's store; `--help` sums up every command in a whole sentence.
 */
class NewcomerPathIT {

    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void demoStoreExists() throws Exception {
        before = System.getProperty("claimgraph.home");
        System.setProperty("claimgraph.home", home.toString());
        Files.createDirectories(home.resolve("data/demo"));
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("claimgraph.home");
        } else {
            System.setProperty("claimgraph.home", before);
        }
    }

    @Test
    void aMissingStoreIsNamedNotCreated() {
        Path missing = home.resolve("data/store");
        for (List<String> command : List.of(List.of("query", "articles"), List.of("export", "articles"), List.of("stats"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--store", missing.toString()));
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.STORE_UNAVAILABLE, run.exit(), command + ": " + run.err());
            assertTrue(run.err().contains("no store at " + missing), run.err());
            assertTrue(run.err().contains("--store " + home.resolve("data/demo")), "points at the demo's store: " + run.err());
            assertFalse(Files.exists(missing), command + " must not create a store by reading");
        }
    }

    @Test
    void anEmptyStoreAnswersWithANote() throws Exception {
        Path empty = Files.createDirectories(home.resolve("empty"));
        CliRun run = CliRun.of("query", "--store", empty.toString(), "--format", "csv", "articles");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("the store at " + empty + " holds no articles"), run.err());
        assertTrue(run.err().contains("--store " + home.resolve("data/demo")), run.err());
        assertEquals(1, run.outLines().size(), "the header only: " + run.out());
    }

    @Test
    void theJarCalledForSparkSaysHowToRunTheJob() {
        CliRun run = CliRun.of("spark", "--master", "local[2]", "--input", "in", "--output", "out");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("./claimgraph spark --master local[2]"), run.err());
        assertTrue(run.err().contains("spark-submit --class org.claimgraph.spark.SparkMain"), run.err());
        assertTrue(CliRun.of("--help").out().contains("spark "), "--help lists spark");
    }

    @Test
    void everyCommandIsSummedUpInAWholeSentence() {
        CliRun help = CliRun.of("--help");
        List<String> lines = help.out().lines().toList();
        int start = lines.indexOf("Commands:");
        assertTrue(start > 0, help.out());
        List<String> summaries = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.matches("  \\S.*")) {
                summaries.add(line.strip());
            } else if (!summaries.isEmpty() && !line.isBlank()) {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        }
        assertTrue(summaries.size() >= 15, summaries.toString());
        for (String s : summaries) {
            assertTrue(s.endsWith(".") || s.endsWith(")."), "not a whole sentence: " + s);
        }
    }
}
