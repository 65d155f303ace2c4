package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.EntityType;

/** Builds the {@code actors} and {@code locations} records from mentions. */
final class EntityRecords {

    /** One mention: which entity, in which article (its export reference), the text, span and use. */
    record MentionRow(String entityIri, String articleId, ObjectNode article, String text, int begin, int end,
            EntityType.Kind use) {
    }

    private EntityRecords() {
    }

    /**
     * One record per entity that some mention uses as {@code kind}, sorted by label: the entity's
     * description, the number of articles naming it so, and those mentions.
     */
    static List<ObjectNode> build(List<MentionRow> mentions, EntityJson entities, EntityType.Kind kind) {
        Map<String, List<MentionRow>> byEntity = new LinkedHashMap<>();
        for (MentionRow m : mentions) {
            if (m.use() == kind) {
                byEntity.computeIfAbsent(m.entityIri(), k -> new ArrayList<>()).add(m);
            }
        }
        List<ObjectNode> records = new ArrayList<>();
        byEntity.forEach((iri, rows) -> {
            ObjectNode o = entities.describe(iri, kind);
            Set<String> articles = new LinkedHashSet<>();
            rows.forEach(r -> articles.add(r.articleId()));
            o.put("articles", articles.size());
            ArrayNode list = o.putArray("mentions");
            rows.stream()
                    .sorted(Comparator.comparing(MentionRow::articleId).thenComparingInt(MentionRow::begin))
                    .forEach(r -> {
                        ObjectNode m = list.addObject();
                        m.set("article", r.article());
                        m.put("text", r.text());
                        m.putArray("span").add(r.begin()).add(r.end());
                    });
            records.add(o);
        });
        records.sort(Comparator.comparing((ObjectNode o) -> o.get("label").asText()).thenComparing(o -> o.get("iri").asText()));
        return records;
    }
}
