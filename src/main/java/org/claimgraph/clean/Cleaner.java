package org.claimgraph.clean;

import org.claimgraph.domain.Article;
import org.claimgraph.domain.CleanArticle;

/** The cleaning stage: marks what later stages must skip, never changing the text. */
public interface Cleaner {

    CleanArticle clean(Article article);
}
