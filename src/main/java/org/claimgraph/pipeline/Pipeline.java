package org.claimgraph.pipeline;

import java.util.Map;
import java.util.Objects;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.clean.RepeatedBlockCleaner;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.nlp.Annotator;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.resolve.ArticleResolver;
import org.claimgraph.resolve.Resolver;

/**
 * The stages from a read article to a resolved one: clean, annotate, extract, resolve. Each stage
 * takes the record the previous one produced. Not thread-safe (the annotator is not): use one
 * pipeline per thread, built from shared models and reference data.
 */
public final class Pipeline {

    private final Cleaner cleaner;
    private final Annotator annotator;
    private final Extractor extractor;
    private final Resolver resolver;

    private Pipeline(Builder b) {
        this.cleaner = Objects.requireNonNull(b.cleaner, "cleaner");
        this.annotator = Objects.requireNonNull(b.annotator, "annotator");
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.resolver = Objects.requireNonNull(b.resolver, "resolver");
    }

    /** The standard pipeline over the English models and the built-in gazetteer. */
    public static Pipeline standard(NlpModels models, ReferenceData reference) {
        Map<String, Entity> statesActedFor = reference.statesActedFor();
        return builder()
                .cleaner(new RepeatedBlockCleaner())
                .annotator(models.newAnnotator())
                .extractor(new ArticleExtractor(reference.gazetteer(), statesActedFor))
                .resolver(new ArticleResolver(statesActedFor, reference.profiles(), reference.entities()))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public ResolvedArticle process(Article article) {
        return resolver.resolve(extractor.extract(annotator.annotate(cleaner.clean(article))));
    }

    /** Configures the stages; every stage must be given. */
    public static final class Builder {
        private Cleaner cleaner;
        private Annotator annotator;
        private Extractor extractor;
        private Resolver resolver;

        private Builder() {
        }

        public Builder cleaner(Cleaner c) {
            this.cleaner = c;
            return this;
        }

        public Builder annotator(Annotator a) {
            this.annotator = a;
            return this;
        }

        public Builder extractor(Extractor e) {
            this.extractor = e;
            return this;
        }

        public Builder resolver(Resolver r) {
            this.resolver = r;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
