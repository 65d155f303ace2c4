package org.claimgraph.extract;

import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.ExtractedArticle;

/** The extraction stage: finds actors, places (and later claims, numbers, negotiations) in an article. */
public interface Extractor {

    ExtractedArticle extract(AnnotatedArticle article);
}
