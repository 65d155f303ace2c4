package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedArticle.EntityMentions;

/**
 * Resolution for mentions already linked by the gazetteer: groups them by entity, in order of
 * first mention. Short forms and descriptions that need the article's context come later.
 */
public final class LinkedMentionResolver implements Resolver {

    @Override
    public ResolvedArticle resolve(ExtractedArticle article) {
        Map<String, List<Mention>> byIri = new LinkedHashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            byIri.computeIfAbsent(m.entity().iri(), k -> new ArrayList<>()).add(m);
            entities.putIfAbsent(m.entity().iri(), m.entity());
        }
        List<EntityMentions> grouped = new ArrayList<>();
        byIri.forEach((iri, mentions) -> grouped.add(new EntityMentions(entities.get(iri), mentions)));
        return new ResolvedArticle(article, grouped);
    }
}
