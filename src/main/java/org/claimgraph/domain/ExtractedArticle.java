package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;

/**
 * An annotated article with what the extractors found in it. Later extractors add their findings
 * as further components.
 *
 * @param annotated the annotated article
 * @param mentions  names of actors and places, in text order, none overlapping
 * @param roles        roles and affiliations the text states for named people
 * @param attributions who is reported as saying what, in text order
 * @param quantities   numbers the article reports, in text order
 * @param developments steps of negotiations the article reports, in text order
 */
public record ExtractedArticle(AnnotatedArticle annotated, List<Mention> mentions, List<RoleStatement> roles,
        List<Attribution> attributions, List<Quantity> quantities, List<Development> developments) {

    public ExtractedArticle {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        attributions = List.copyOf(attributions);
        quantities = List.copyOf(quantities);
        developments = List.copyOf(developments);
    }

    public Article article() {
        return annotated.article();
    }
}
