package org.claimgraph.resolve;

import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.ResolvedArticle;

/** The resolution stage: decides which entity each mention names and groups mentions by entity. */
public interface Resolver {

    ResolvedArticle resolve(ExtractedArticle article);
}
