package org.claimgraph.domain;

import java.util.Objects;

/**
 * A stretch of article text that names an entity.
 *
 * @param span       where the name stands (a possessive 's left out)
 * @param text       the text of the span
 * @param entity     the entity it names
 * @param sentence   index of its sentence, -1 if none
 * @param confidence how sure the link to the entity is, 0..1
 * @param how        what produced it
 * @param use        whether the text speaks of the entity as an actor or as a place ("Israel
 *                   said" vs "in Israel")
 */
public record Mention(Span span, String text, Entity entity, int sentence, double confidence, MatchKind how,
        EntityType.Kind use) {

    /** What produced a mention. */
    public enum MatchKind {
        /** the entity's full name from the gazetteer */
        NAME,
        /** an alias or descriptive name from the gazetteer */
        ALIAS,
        /** a demonym: "Israeli" for Israel */
        DEMONYM,
        /** a proper-noun sequence typed by its context */
        PROPER_NOUN,
        /** a short form of a name used earlier in the article: "Haddad" for "Rami Haddad" */
        SHORT_FORM,
        /** a definite description standing for a recent name: "the group" for Hamas */
        ANAPHOR
    }

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(use, "use");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit its span " + span);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    public Mention withEntity(Entity other, MatchKind kind, double newConfidence) {
        return new Mention(span, text, other, sentence, newConfidence, kind, use);
    }
}
