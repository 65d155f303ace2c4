package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;

/**
 * An extracted article whose mentions are resolved to entities and grouped by entity: what the RDF
 * stage writes.
 *
 * @param extracted the extraction
 * @param entities  every entity the article mentions, each with its mentions, in order of first
 *                  mention
 * @param roles        roles and affiliations, their holders resolved
 * @param attributions attributions with their speakers decided
 * @param quantities   quantities with who states them and their date
 * @param developments developments attached to their negotiation
 * @param mediators    the actors the article calls mediators
 */
public record ResolvedArticle(ExtractedArticle extracted, List<EntityMentions> entities, List<RoleStatement> roles,
        List<ResolvedAttribution> attributions, List<ResolvedQuantity> quantities, List<ResolvedDevelopment> developments,
        List<Entity> mediators) {

    /** One entity and the places the article names it. */
    public record EntityMentions(Entity entity, List<Mention> mentions) {
        public EntityMentions {
            Objects.requireNonNull(entity, "entity");
            mentions = List.copyOf(mentions);
        }
    }

    public ResolvedArticle {
        Objects.requireNonNull(extracted, "extracted");
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        attributions = List.copyOf(attributions);
        quantities = List.copyOf(quantities);
        developments = List.copyOf(developments);
        mediators = List.copyOf(mediators);
    }

    public Article article() {
        return extracted.article();
    }

    public AnnotatedArticle annotated() {
        return extracted.annotated();
    }
}
