package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made quantities and negotiation developments of one article ({@code gold/events/}): per
 * quantity its number phrase, measure, value, qualifier and who states it; per development its
 * kind and actors; each with the first words of its sentence.
 */
public record EventGold(Optional<String> article, Optional<String> url, List<GoldQuantity> quantities,
        List<GoldDevelopment> developments) {

    /**
     * One gold quantity; {@code value} is empty for a vague amount. {@code at} is the offset of its
     * number when the gold gives spans (the sentence is then found around it).
     */
    public record GoldQuantity(String text, String measure, Optional<BigDecimal> value, Optional<String> statedBy,
            String sentenceHint, Optional<Integer> at) {
    }

    /** One gold development; {@code at} as for quantities. */
    public record GoldDevelopment(String kind, List<String> actors, String sentenceHint, Optional<Integer> at) {
        public GoldDevelopment {
            actors = List.copyOf(actors);
        }
    }

    public EventGold {
        quantities = List.copyOf(quantities);
        developments = List.copyOf(developments);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static EventGold read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<GoldQuantity> quantities = new ArrayList<>();
        for (JsonNode q : root.path("quantities")) {
            JsonNode v = q.get("value");
            quantities.add(new GoldQuantity(q.get("text").asText(), q.get("measure").asText(),
                    v == null || v.isNull() ? Optional.empty() : Optional.of(v.decimalValue()),
                    text(q, "stated_by"), q.get("sentence_hint").asText(), Optional.empty()));
        }
        List<GoldDevelopment> developments = new ArrayList<>();
        for (JsonNode d : root.path("developments")) {
            List<String> actors = new ArrayList<>();
            d.path("actors").forEach(a -> actors.add(a.asText()));
            developments.add(new GoldDevelopment(d.get("kind").asText(), actors, d.get("sentence_hint").asText(), Optional.empty()));
        }
        return new EventGold(text(root, "article"), text(root, "url"), quantities, developments);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
