package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made attributions of one article, in the shape of {@code ../shared/gold/seed.json}: per
 * attribution the source (canonical name or descriptor), the cue, the first words of its sentence
 * ({@code sentence_hint}), and optionally the source words, cue lemma, stance, mode and content.
 */
public record AttributionGold(Optional<String> article, Optional<String> url, List<GoldAttribution> attributions) {

    /**
     * One gold attribution. {@code at} is the offset of its cue when the gold gives spans (then the
     * sentence is found around it, and {@code sentenceHint} only labels the attribution in reports);
     * {@code sourceWikidata} the QID of a named source and {@code via} the channel of relayed speech,
     * when the gold gives them.
     */
    public record GoldAttribution(String source, Optional<String> sourceText, String cue, Optional<String> cueLemma,
            Optional<String> stance, Optional<String> mode, Optional<String> content, String sentenceHint,
            Optional<Integer> at, Optional<String> sourceWikidata, Optional<String> via) {

        /** A gold attribution found by its sentence's first words, as in seed.json. */
        public GoldAttribution(String source, Optional<String> sourceText, String cue, Optional<String> cueLemma,
                Optional<String> stance, Optional<String> mode, Optional<String> content, String sentenceHint) {
            this(source, sourceText, cue, cueLemma, stance, mode, content, sentenceHint, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    public AttributionGold {
        attributions = List.copyOf(attributions);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static AttributionGold read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode body = root.has("attributions") ? root : null;
        if (body == null) {
            for (JsonNode child : root) {
                if (child.isObject() && child.has("attributions")) {
                    body = child;
                }
            }
        }
        if (body == null) {
            throw new IOException(file + " has no \"attributions\" list: expected the shape of shared/gold/seed.json");
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (JsonNode a : body.get("attributions")) {
            Optional<String> mode = text(a, "mode").or(() -> a.has("direct_quote")
                    ? Optional.of(a.get("direct_quote").asBoolean() ? "direct" : "indirect") : Optional.empty());
            out.add(new GoldAttribution(a.get("source").asText(), text(a, "source_text"), a.get("cue").asText(),
                    text(a, "cue_lemma"), text(a, "stance"), mode, text(a, "content"), a.get("sentence_hint").asText()));
        }
        return new AttributionGold(text(root, "article"), text(root, "url"), out);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
