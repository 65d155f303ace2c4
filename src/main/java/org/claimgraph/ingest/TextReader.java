package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.ArticleMetadata;

/**
 * A {@code .txt} file is one article: the whole file is the text; its first non-empty line is the
 * title; a file name that starts with an ISO date ({@code 2025-07-24-outlet-headline.txt}) gives the
 * publication date, since plain text has nowhere else to carry it and researchers name saved
 * articles that way. Without it the article is undated.
 */
final class TextReader implements ArticleReader {

    /** A date at the very start of the name, followed by a separator or the extension (not by more digits). */
    private static final Pattern DATE_IN_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?=[-_ .])");

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
        ArticleMetadata metadata = new ArticleMetadata(Optional.empty(), Optional.of(origin), title, Optional.empty(), dateInName(origin));
        sink.accept(ArticleFactory.create(origin, text, metadata));
    }

    /** The ISO date a file name starts with, if it is a real calendar date. */
    static Optional<String> dateInName(String origin) {
        Path name = Path.of(origin).getFileName();
        Matcher m = DATE_IN_NAME.matcher(name == null ? "" : name.toString());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)).toString());
        } catch (DateTimeException notADate) { // 2025-13-40-… is a name, not a date
            return Optional.empty();
        }
    }
}
