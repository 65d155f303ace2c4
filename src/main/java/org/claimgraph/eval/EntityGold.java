package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-made annotation of the actors and places of one article, in the shape of
 * {@code ../shared/gold/seed.json}: entities with a canonical name, a type, a Wikidata QID or
 * null, and the surface forms the article uses.
 *
 * @param article   the article file, when the gold says (a path from the project folder)
 * @param url       the article's URL, which picks one line of a JSON Lines file
 * @param actors    the actors
 * @param locations the places
 */
public record EntityGold(Optional<String> article, Optional<String> url, List<GoldEntity> actors, List<GoldEntity> locations) {

    /** One gold entity. */
    public record GoldEntity(String name, Optional<String> wikidata, List<String> mentions) {
        public GoldEntity {
            mentions = List.copyOf(mentions);
        }
    }

    public EntityGold {
        actors = List.copyOf(actors);
        locations = List.copyOf(locations);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a gold file: either an object with {@code actors} and {@code locations}, or (as the
     * seed's gold) an object with one member holding them.
     */
    public static EntityGold read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode body = root;
        if (!root.has("actors")) {
            body = null;
            for (JsonNode child : root) {
                if (child.isObject() && child.has("actors")) {
                    body = child;
                }
            }
            if (body == null) {
                throw new IOException(file + " has no \"actors\" list: expected the shape of shared/gold/seed.json");
            }
        }
        return new EntityGold(text(root, "article"), text(root, "url"), entities(body.get("actors")), entities(body.get("locations")));
    }

    private static List<GoldEntity> entities(JsonNode list) {
        List<GoldEntity> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode e : list) {
                List<String> mentions = new ArrayList<>();
                e.path("mentions").forEach(m -> mentions.add(m.asText()));
                out.add(new GoldEntity(e.get("name").asText(), text(e, "wikidata"), mentions));
            }
        }
        return out;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
