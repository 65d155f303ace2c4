package org.claimgraph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.ingest.ReadResult;

/**
 * One record read from the input as it travels between the Spark job's stages (the domain records are
 * not serialisable): an article with its metadata, or the reason the record was rejected.
 *
 * @param order    the record's place in the input (file number, then record number): of two versions of
 *                 one article the later wins, as in {@code claimgraph ingest}
 * @param origin   the file (and line) it came from, as {@code ingest} names it
 * @param rejected why it was rejected, or null for an article
 * @param warnings what had to be dropped from its metadata
 */
record InputRecord(long order, String origin, String rejected, String id, String text, String contentHash, String url, String file,
        String title, String publisher, String published, List<String> warnings) implements Serializable {

    InputRecord {
        warnings = List.copyOf(warnings);
    }

    static InputRecord of(long order, ReadResult result) {
        if (result instanceof ReadResult.Read read) {
            Article a = read.article();
            ArticleMetadata m = a.metadata();
            return new InputRecord(order, read.origin(), null, a.id(), a.text(), a.contentHash(), m.url().orElse(null), m.file().orElse(null),
                    m.title().orElse(null), m.publisher().orElse(null), m.published().orElse(null), read.warnings());
        }
        ReadResult.Rejected r = (ReadResult.Rejected) result;
        return new InputRecord(order, r.origin(), r.reason(), null, null, null, null, null, null, null, null, List.of());
    }

    boolean isArticle() {
        return rejected == null;
    }

    /** What the job groups by: the article's id (so that one version of it is kept), else the origin. */
    String key() {
        return isArticle() ? id : "rejected " + origin;
    }

    Article article() {
        return new Article(id, text, contentHash, new ArticleMetadata(Optional.ofNullable(url), Optional.ofNullable(file),
                Optional.ofNullable(title), Optional.ofNullable(publisher), Optional.ofNullable(published)));
    }

    /** Of two records with one key, the one read later, as the later version replaces the earlier in an ingest. */
    static InputRecord later(InputRecord a, InputRecord b) {
        return a.order >= b.order ? a : b;
    }
}
