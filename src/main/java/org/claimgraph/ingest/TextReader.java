package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimgraph.domain.ArticleMetadata;

/** A {@code .txt} file is one article: the whole file is the text; its first non-empty line is the title. */
final class TextReader implements ArticleReader {

    @Override
    public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
        byte[] bytes = in.readNBytes(Limits.MAX_ARTICLE_CHARS + 1);
        if (bytes.length > Limits.MAX_ARTICLE_CHARS) {
            sink.accept(new ReadResult.Rejected(origin, "the file is larger than " + Limits.describe() + ": no news article is; split it"));
            return;
        }
        String text = Utf8.decode(origin, bytes);
        if (text == null) {
            sink.accept(new ReadResult.Rejected(origin, "not valid UTF-8 text: convert the file to UTF-8 (e.g. iconv -t UTF-8)"));
            return;
        }
        Optional<String> title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
        ArticleMetadata metadata = new ArticleMetadata(Optional.empty(), Optional.of(origin), title, Optional.empty(), Optional.empty());
        sink.accept(ArticleFactory.create(origin, text, metadata));
    }
}
