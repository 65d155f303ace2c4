package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileFoundInAFolderIsNamedAsIngestNamesIt() {
        assertEquals("shards/2025/a.jsonl", InputFiles.origin("shards", "/data/shards", "/data/shards/2025/a.jsonl"));
        assertEquals("shards/a.jsonl", InputFiles.origin("shards/", "/data/shards", "/data/shards/a.jsonl"));
        assertEquals("hdfs://nn/news/a.json", InputFiles.origin("hdfs://nn/news", "/news", "/news/a.json"));
    }

    @Test
    void foldersAreSearchedForTheTypesIngestReadsInSortedOrderAndEveryRecordIsRead() throws Exception {
        Path shards = dir.resolve("shards");
        Files.createDirectories(shards.resolve("b"));
        Files.writeString(shards.resolve("b/2.jsonl"), "{\"url\":\"https://example.org/2\",\"text\":\"Envoy Lena Park said the talks were over.\"}\nnot json\n");
        Files.writeString(shards.resolve("a.txt"), "Mayor Tom Reed said the bridge would reopen.");
        Files.writeString(shards.resolve("notes.csv"), "x,y");
        String root = shards.toString();
        List<InputFiles.InputFile> files = InputFiles.list(List.of(root), new Configuration());
        assertEquals(List.of(root + "/a.txt", root + "/b/2.jsonl"), files.stream().map(InputFiles.InputFile::origin).toList());
        assertEquals(List.of(0, 1), files.stream().map(InputFiles.InputFile::number).toList());

        List<InputRecord> records = InputFiles.read(files.get(1), new Configuration());
        assertEquals(2, records.size());
        assertEquals(root + "/b/2.jsonl", records.get(0).file(), "recorded as the article's file, as ingest records it");
        assertEquals(root + "/b/2.jsonl:2", records.get(1).origin());
        assertTrue(records.get(1).rejected().startsWith("not JSON"), records.get(1).rejected());
        assertTrue(records.get(0).order() < records.get(1).order() && records.get(0).order() >= 1L << 32, "file number, then record number");
    }

    @Test
    void aMissingInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InputFiles.list(List.of(dir.resolve("none").toString()), new Configuration()));
    }
}
