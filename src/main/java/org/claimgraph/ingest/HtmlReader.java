package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimgraph.domain.ArticleMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An {@code .html} page is one article. The main text is taken from the first {@code <article>}
 * with text (a page whose articles are all empty is rejected, saying so) (else
 * {@code <main>}, else {@code <body>}), one block per line: headings, paragraphs, list items and
 * quotes. That extracted text is what is stored and what offsets index. Title, publisher, date and
 * URL come from Open Graph / {@code article:} meta tags, {@code <title>} and the canonical link.
 */
final class HtmlReader implements ArticleReader {

    private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote";

    @Override
    public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
        byte[] bytes = in.readNBytes(Limits.MAX_ARTICLE_CHARS + 1);
        if (bytes.length > Limits.MAX_ARTICLE_CHARS) {
            sink.accept(new ReadResult.Rejected(origin, "the page is larger than " + Limits.describe() + ": no news page is; save the article alone"));
            return;
        }
        String html = Utf8.decode(origin, bytes);
        if (html == null) {
            sink.accept(new ReadResult.Rejected(origin, "not valid UTF-8: save the page as UTF-8"));
            return;
        }
        sink.accept(fromHtml(origin, html, ArticleMetadata.NONE.withFile(origin)));
    }

    /** Extracts text and metadata; metadata already known in {@code given} wins over the page's. */
    static ReadResult fromHtml(String origin, String html, ArticleMetadata given) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata meta = new ArticleMetadata(
                given.url().or(() -> firstAttr(doc, "link[rel=canonical]", "href"))
                        .or(() -> meta(doc, "og:url")),
                given.file(),
                given.title().or(() -> meta(doc, "og:title")).or(() -> Optional.of(doc.title())),
                given.publisher().or(() -> meta(doc, "og:site_name")),
                given.published().or(() -> meta(doc, "article:published_time")));
        String text = mainText(doc);
        if (text.isBlank() && doc.selectFirst("article") != null) {
            return new ReadResult.Rejected(origin, "the page's <article> is empty (its text filled in by JavaScript?):"
                    + " save the page once it has loaded, or give the text as .txt or JSON");
        }
        return ArticleFactory.create(origin, text, meta);
    }

    static String mainText(Document doc) {
        // the first <article> with text: a page may open with an empty one (a placeholder, a teaser)
        Element root = doc.select("article").stream().filter(a -> !a.text().isBlank()).findFirst()
                .or(() -> doc.selectFirst("article") != null ? Optional.of(doc.selectFirst("article")) : Optional.empty())
                .or(() -> Optional.ofNullable(doc.selectFirst("main")))
                .orElse(doc.body());
        if (root == null) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (insideAnotherBlock(block, root)) {
                continue; // a <p> inside an <li> or <blockquote> is already in its parent's text
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            return root.text().strip();
        }
        return String.join("\n", blocks) + "\n";
    }

    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> meta(Document doc, String property) {
        return firstAttr(doc, "meta[property=" + property + "], meta[name=" + property + "]", "content");
    }

    private static Optional<String> firstAttr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute)).filter(s -> !s.isBlank());
    }
}
