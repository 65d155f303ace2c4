package org.claimgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.claimgraph.domain.Article;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;

/**
 * Writes a corpus of realistic news prose for the benchmark from the articles in {@code examples/}
 * (written for this project, CC0): each generated article joins paragraphs of about three example
 * articles (about 900 tokens), with other names, amounts, days ({@link Variation}) and outlets; one
 * in twenty is a syndicated copy of a recent article under another outlet, with small edits. Articles
 * are spread over {@link Spec#days} days from {@link Spec#start}, in date order, as JSON Lines files
 * of {@link #PER_FILE} articles. Deterministic for a given spec.
 */
public final class CorpusGenerator {

    static final int PER_FILE = 1000;
    /** About 900 tokens of English news prose (OpenNLP's tokens). */
    static final int TARGET_CHARS = 4200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PLACES = List.of("Harbor", "Northgate", "Crescent", "Levant", "Gulf", "Atlantic", "Nile",
            "Cedar", "Eastbank", "Southport", "Riverside", "Highland", "Bayview", "Lakeshore", "Summit", "Coastal");
    private static final List<String> PAPERS = List.of("Times", "Daily", "Post", "Ledger", "Wire", "Dispatch", "Chronicle", "Herald",
            "Observer", "Review", "Courier", "Tribune");

    /**
     * What to generate.
     *
     * @param articles how many articles
     * @param start    the first publication day
     * @param days     the days the articles are spread over
     * @param seed     the randomness
     * @param prefix   the URL path segment that keeps two corpora of one spec apart ("corpus", "update")
     */
    public record Spec(int articles, LocalDate start, int days, long seed, String prefix) {
        public Spec {
            if (articles < 1 || days < 1) {
                throw new IllegalArgumentException("articles and days must be at least 1");
            }
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(prefix, "prefix");
        }

        /** About 40 articles a day, between 60 days and two years. */
        public static Spec of(int articles, long seed) {
            return new Spec(articles, LocalDate.of(2024, 1, 1), Math.max(60, Math.min(730, articles / 40)), seed, "corpus");
        }

        /** The last day articles are published on. */
        public LocalDate end() {
            return start.plusDays(days - 1);
        }
    }

    /** One generated article's metadata, for the dataset rows that refer to it. */
    public record Generated(String url, LocalDate published) {
    }

    private final List<Article> examples;

    public CorpusGenerator(List<Article> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no example articles to generate from");
        }
        this.examples = List.copyOf(examples);
    }

    /** Reads the example articles from a folder (examples/). */
    public static CorpusGenerator fromExamples(Path folder) {
        List<Article> articles = new ArrayList<>();
        Inputs.of(List.of(folder.toString()), InputStream.nullInputStream()).read(r -> {
            if (r instanceof ReadResult.Read read) {
                articles.add(read.article());
            }
        });
        return new CorpusGenerator(articles);
    }

    /** Writes the corpus into {@code folder} (created); returns what it wrote, in date order. */
    public List<Generated> write(Spec spec, Path folder) {
        Random random = new Random(spec.seed());
        List<Generated> out = new ArrayList<>();
        List<ObjectNode> recent = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            BufferedWriter writer = null;
            for (int i = 0; i < spec.articles(); i++) {
                if (i % PER_FILE == 0) {
                    if (writer != null) {
                        writer.close();
                    }
                    writer = Files.newBufferedWriter(folder.resolve(String.format(Locale.ROOT, "%s-%06d.jsonl", spec.prefix(), i)),
                            StandardCharsets.UTF_8);
                }
                LocalDate day = spec.start().plusDays((long) i * spec.days() / spec.articles());
                ObjectNode article = !recent.isEmpty() && random.nextInt(20) == 0
                        ? syndicated(recent.get(random.nextInt(recent.size())), day, i, spec, random)
                        : article(day, i, spec, random);
                recent.add(article);
                if (recent.size() > 50) {
                    recent.remove(0);
                }
                writer.write(JSON.writeValueAsString(article));
                writer.newLine();
                out.add(new Generated(article.get("url").asText(), day));
            }
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + folder, e);
        }
        return out;
    }

    private ObjectNode article(LocalDate day, int index, Spec spec, Random random) {
        Variation variation = new Variation(day.getYear() * 12L + day.getMonthValue(), day, random.nextLong());
        Article lead = examples.get(random.nextInt(examples.size()));
        StringBuilder text = new StringBuilder();
        String title = lead.metadata().title().orElse(lead.text().lines().findFirst().orElse("News"));
        text.append(variation.apply(title)).append("\n\n");
        Article next = lead;
        while (text.length() < TARGET_CHARS) {
            text.append(variation.apply(body(next))).append("\n\n");
            next = examples.get(random.nextInt(examples.size()));
        }
        String outlet = outlet(random);
        return json(url(outlet, day, index, spec), variation.apply(title), outlet, day, random, text.toString().strip());
    }

    /** A wire story republished by another outlet the same or the next day: a sentence dropped, a credit line added. */
    private ObjectNode syndicated(ObjectNode original, LocalDate day, int index, Spec spec, Random random) {
        String outlet = outlet(random);
        String text = original.get("text").asText();
        String[] sentences = text.split("(?<=\\. )");
        StringBuilder edited = new StringBuilder();
        int dropped = 1 + random.nextInt(Math.max(1, sentences.length - 1));
        for (int s = 0; s < sentences.length; s++) {
            if (s != dropped) {
                edited.append(sentences[s]);
            }
        }
        edited.append("\n\n(Reporting by ").append(original.get("publisher").asText()).append("; edited by ").append(outlet).append(")");
        return json(url(outlet, day, index, spec), original.get("title").asText(), outlet, day, random, edited.toString());
    }

    /** The article's text without its headline line (a .txt example begins with it). */
    private static String body(Article a) {
        String text = a.text().strip();
        String title = a.metadata().title().orElse("");
        if (!title.isEmpty() && text.startsWith(title)) {
            text = text.substring(title.length()).strip();
        }
        return text;
    }

    /** Outlets from a pool of 192, a few carrying much of the news (as wire services and large papers do). */
    private static String outlet(Random random) {
        int place = (int) Math.floor(Math.pow(random.nextDouble(), 2) * PLACES.size());
        return PLACES.get(place) + " " + PAPERS.get(random.nextInt(PAPERS.size()));
    }

    private static String url(String outlet, LocalDate day, int index, Spec spec) {
        return "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + spec.prefix() + "/" + day.getYear() + "/"
                + String.format(Locale.ROOT, "%02d/%02d/%d-%d", day.getMonthValue(), day.getDayOfMonth(), spec.seed(), index);
    }

    private static ObjectNode json(String url, String title, String outlet, LocalDate day, Random random, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("url", url);
        o.put("title", title);
        o.put("publisher", outlet);
        o.put("published", String.format(Locale.ROOT, "%sT%02d:%02d:00Z", day, 5 + random.nextInt(17), random.nextInt(60)));
        o.put("text", text);
        return o;
    }
}
