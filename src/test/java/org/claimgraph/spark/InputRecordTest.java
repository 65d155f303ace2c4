package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.ingest.ReadResult;
import org.junit.jupiter.api.Test;

class InputRecordTest {

    private static final Article ARTICLE = new Article("0123456789abcdef", "Minister Ana Ruiz said talks would resume.", "hash",
            new ArticleMetadata(Optional.of("https://example.org/a"), Optional.of("shards/a.jsonl"), Optional.of("Talks"),
                    Optional.empty(), Optional.of("2025-03-01")));

    @Test
    void anArticleCrossesBetweenStagesUnchanged() throws Exception {
        InputRecord record = InputRecord.of(7, new ReadResult.Read("shards/a.jsonl:3", ARTICLE, List.of("title dropped")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(record);
        }
        InputRecord back = (InputRecord) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals(record, back);
        assertEquals(ARTICLE, back.article());
        assertEquals("0123456789abcdef", back.key());
    }

    @Test
    void ofTwoVersionsOfAnArticleTheLaterReadIsKept() {
        InputRecord first = InputRecord.of(1L << 32, new ReadResult.Read("a.jsonl:1", ARTICLE, List.of()));
        InputRecord second = InputRecord.of((2L << 32) + 5, new ReadResult.Read("b.jsonl:6", ARTICLE, List.of()));
        assertSame(second, InputRecord.later(first, second));
        assertSame(second, InputRecord.later(second, first));
    }

    @Test
    void aRejectedRecordKeepsItsReasonAndIsKeyedByWhereItCameFrom() {
        InputRecord rejected = InputRecord.of(3, new ReadResult.Rejected("a.jsonl:4", "not JSON"));
        assertFalse(rejected.isArticle());
        assertEquals("not JSON", rejected.rejected());
        assertEquals("rejected a.jsonl:4", rejected.key());
    }
}
