package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Hashes;
import org.claimgraph.eval.AttributionGold.GoldAttribution;
import org.claimgraph.eval.EntityGold.GoldEntity;
import org.claimgraph.eval.EventGold.GoldDevelopment;
import org.claimgraph.eval.EventGold.GoldQuantity;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;

/**
 * The real-news development corpus ({@code gold/realnews/}): a manifest of third-party articles
 * (never committed; their texts are rebuilt into the git-ignored {@code cache/}) and hand-made
 * annotations that give offsets and names only. Reads an article from the cache, checks it is the
 * text the annotation was made on, and turns the annotation into the gold records the scorers
 * take, taking surface forms and sentences from the cached text.
 */
public final class RealNewsCorpus {

    /** One manifest line. */
    public record Entry(String id, String url, String outlet, String conflict, String split, String sha256) {
    }

    /** The gold of one article, in the scorers' shapes. */
    public record Gold(EntityGold entities, AttributionGold attributions, EventGold events) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<Entry> entries;

    private RealNewsCorpus(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.entries = List.copyOf(entries);
    }

    /** Whether {@code dir} holds a corpus (a {@code manifest.jsonl}). */
    public static boolean isCorpus(Path dir) {
        return Files.isRegularFile(dir.resolve("manifest.jsonl"));
    }

    public static RealNewsCorpus open(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = JSON.readTree(line);
            entries.add(new Entry(e.get("id").asText(), e.get("url").asText(), e.path("outlet").asText(),
                    e.path("conflict").asText(), e.path("split").asText(), e.get("sha256").asText()));
        }
        return new RealNewsCorpus(dir, entries);
    }

    /** The entries of one split ("dev" or "test"), or all of them for "all". */
    public List<Entry> entries(String split) {
        return split.equals("all") ? entries : entries.stream().filter(e -> e.split().equals(split)).toList();
    }

    /** The cached article, checked against the manifest's hash of its text. */
    public Article article(Entry e) throws IOException {
        Path file = dir.resolve("cache").resolve(e.id() + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: the corpus texts are not in the repository; rebuild the cache as "
                    + dir.resolve("README.md") + " says");
        }
        List<Article> read = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Inputs.of(List.of(file.toString()), new ByteArrayInputStream(new byte[0])).read(r -> {
            if (r instanceof ReadResult.Read ok) {
                read.add(ok.article());
            } else {
                rejected.add(r.toString());
            }
        });
        if (read.size() != 1) {
            throw new IOException(file + ": not readable as one article " + rejected);
        }
        Article a = read.get(0);
        if (!Hashes.sha256Hex(a.text()).equals(e.sha256())) {
            throw new IOException(file + ": its text is not the one annotated (sha256 differs from manifest.jsonl): rebuild it");
        }
        return a;
    }

    /** The annotation of an article, against its text. */
    public Gold gold(Entry e, String text) throws IOException {
        Path file = dir.resolve("annotations").resolve(e.id() + ".json");
        JsonNode root = JSON.readTree(file.toFile());
        List<GoldEntity> actors = new ArrayList<>();
        List<GoldEntity> places = new ArrayList<>();
        Map<String, String> qids = new HashMap<>();
        for (JsonNode ent : root.path("entities")) {
            List<String> mentions = new ArrayList<>();
            for (JsonNode m : ent.path("mentions")) {
                mentions.add(span(file, text, m));
            }
            Optional<String> qid = text(ent, "wikidata");
            qid.ifPresent(q -> qids.put(ent.get("name").asText(), q));
            GoldEntity g = new GoldEntity(ent.get("name").asText(), qid, mentions);
            (ent.path("kind").asText().equals("place") ? places : actors).add(g);
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (JsonNode a : root.path("attributions")) {
            int cueBegin = a.get("cue_span").get(0).asInt();
            String source = a.hasNonNull("source") ? a.get("source").asText() : "";
            List<String> content = new ArrayList<>();
            for (JsonNode c : a.path("content_spans")) {
                content.add(span(file, text, c));
            }
            Optional<String> sourceText = a.hasNonNull("source_span") ? Optional.of(span(file, text, a.get("source_span")))
                    : Optional.empty();
            attributions.add(new GoldAttribution(source, sourceText, span(file, text, a.get("cue_span")), text(a, "cue_lemma"),
                    text(a, "stance"), text(a, "mode"), Optional.of(String.join(" ", content)), hint(text, cueBegin),
                    Optional.of(cueBegin), Optional.ofNullable(qids.get(source)), text(a, "via")));
        }
        List<GoldQuantity> quantities = new ArrayList<>();
        for (JsonNode q : root.path("quantities")) {
            int at = q.get("span").get(0).asInt();
            JsonNode v = q.get("value");
            quantities.add(new GoldQuantity(span(file, text, q.get("span")), q.get("measure").asText(),
                    v == null || v.isNull() ? Optional.empty() : Optional.of(new BigDecimal(v.asText())), text(q, "stated_by"),
                    hint(text, at), Optional.of(at)));
        }
        List<GoldDevelopment> developments = new ArrayList<>();
        for (JsonNode d : root.path("developments")) {
            int at = d.get("span").get(0).asInt();
            List<String> actors2 = new ArrayList<>();
            d.path("actors").forEach(x -> actors2.add(x.asText()));
            developments.add(new GoldDevelopment(d.get("kind").asText(), actors2, hint(text, at), Optional.of(at)));
        }
        Optional<String> article = Optional.of(dir.resolve("cache").resolve(e.id() + ".json").toString());
        Optional<String> url = Optional.of(e.url());
        return new Gold(new EntityGold(article, url, actors, places), new AttributionGold(article, url, attributions),
                new EventGold(article, url, quantities, developments));
    }

    /** The first words of the sentence around {@code offset}: a label for reports, never stored. */
    private static String hint(String text, int offset) {
        int[] s = AttributionScorer.sentenceAt(text, offset);
        String words = text.substring(s[0], s[1]).strip();
        String[] w = words.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 6)));
    }

    private static String span(Path file, String text, JsonNode pair) throws IOException {
        int b = pair.get(0).asInt();
        int e = pair.get(1).asInt();
        if (b < 0 || e > text.length() || e <= b) {
            throw new IOException(String.format(Locale.ROOT, "%s: span [%d, %d] is outside the text (%d chars): run gold/realnews/check.py",
                    file, b, e, text.length()));
        }
        return text.substring(b, e);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
