package org.claimgraph.domain;

import java.util.Objects;

/**
 * A stretch of article text that names an entity.
 *
 * @param span       where the name stands
 * @param text       the text of the span
 * @param entity     the entity it names
 * @param sentence   index of its sentence in {@link AnnotatedArticle#sentences()}
 * @param confidence how sure the link to the entity is, 0..1
 * @param how        what matched: a name, an alias, a demonym
 */
public record Mention(Span span, String text, Entity entity, int sentence, double confidence, MatchKind how) {

    /** What kind of surface form produced a mention. */
    public enum MatchKind { NAME, ALIAS, DEMONYM }

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(how, "how");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit its span " + span);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }
}
