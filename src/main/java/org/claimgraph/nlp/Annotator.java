package org.claimgraph.nlp;

import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.CleanArticle;

/**
 * The NLP stage: adds linguistic annotation to a cleaned article. Implementations are not
 * thread-safe; make one per worker thread from a shared {@link NlpModels}.
 */
public interface Annotator {

    AnnotatedArticle annotate(CleanArticle article);
}
