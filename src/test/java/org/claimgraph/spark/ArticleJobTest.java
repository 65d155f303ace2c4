package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's output folder must be new or empty: a second run into it would mix two runs' partitions. */
class ArticleJobTest {

    @TempDir
    Path dir;

    @Test
    void aNewOrEmptyFolderIsTakenOneHoldingFilesIsNot() throws Exception {
        Configuration conf = new Configuration();
        assertTrue(ArticleJob.checkOutput(dir.resolve("new").toString(), conf) != null);
        assertTrue(ArticleJob.checkOutput(dir.toString(), conf) != null);
        Files.writeString(dir.resolve("part-00000.nq.gz"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleJob.checkOutput(dir.toString(), conf));
        assertTrue(e.getMessage().contains("already holds files"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArticleJob.checkOutput(dir.resolve("part-00000.nq.gz").toString(), conf));
    }
}
