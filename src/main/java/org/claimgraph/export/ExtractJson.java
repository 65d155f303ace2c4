package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedArticle;

/**
 * The {@code extract} output: one JSON object per article with the article (text included) and
 * what was found in it, in the shapes of the exports.
 */
public final class ExtractJson {

    private final EntityJson entities;

    /** @param reference the reference graph that describes the linked entities */
    public ExtractJson(Graph reference) {
        this.entities = new EntityJson(reference);
    }

    public ObjectNode toJson(ResolvedArticle resolved) {
        Article article = resolved.article();
        ArticleMetadata m = article.metadata();
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("id", article.id());
        ref.put("url", m.url().orElse(null));
        ref.put("publisher", m.publisher().orElse(null));
        ref.put("published", m.published().orElse(null));

        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode a = out.putObject("article");
        a.setAll(ref);
        a.put("file", m.file().orElse(null));
        a.put("title", m.title().orElse(null));
        a.put("duplicate_paragraphs", resolved.annotated().clean().duplicateParagraphs());
        a.put("text", article.text());

        List<EntityRecords.MentionRow> rows = new ArrayList<>();
        for (ResolvedArticle.EntityMentions em : resolved.entities()) {
            for (Mention mention : em.mentions()) {
                rows.add(new EntityRecords.MentionRow(em.entity().iri(), article.id(), ref, mention.text(),
                        mention.span().begin(), mention.span().end()));
            }
        }
        out.putArray("actors").addAll(EntityRecords.build(rows, entities, EntityType.Kind.ACTOR));
        out.putArray("locations").addAll(EntityRecords.build(rows, entities, EntityType.Kind.PLACE));
        out.putArray("attributions");
        out.putArray("quantities");
        out.putArray("negotiations");
        return out;
    }

    /** One line of JSON Lines. */
    public static String line(ObjectNode o) {
        try {
            return JsonLines.JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
