package org.claimgraph.rdf;

import org.claimgraph.domain.Attribution;

/**
 * The confidences an attribution has unless its graph states otherwise: the writer leaves out a
 * confidence equal to these, and the readers (the exports) take these where none is stated. Kept apart
 * from {@link ArticleRdf} so that both sides read one definition.
 */
public final class UsualConfidences {

    private UsualConfidences() {
    }

    /**
     * The extraction confidence an attribution has unless its cg:extractionConfidence says otherwise
     * (since 0.5 it is stored only where it differs: 92% of attributions on the bench corpus have
     * this one): 0.85 for a direct quotation of a named speaker, 0.75 for other words of a named
     * speaker, 0.5 where no words name the speaker (no cg:sourceSpans). These are the values
     * {@code AttributionFinder} gives; the few it revises (relayed speech, joint sources) are stored.
     *
     * @param speakerNamed whether words of the article name the speaker (cg:sourceSpans is stated)
     */
    public static double extraction(boolean speakerNamed, Attribution.Mode mode) {
        return !speakerNamed ? 0.5 : mode == Attribution.Mode.DIRECT ? 0.85 : 0.75;
    }

    /**
     * The source confidence an attribution has unless its cg:sourceConfidence says otherwise (since 0.6
     * it is stored only where it differs: 63% of attributions on the 2,000-article bench corpus have this
     * one): 0.5 where no words name the speaker (no cg:sourceSpans), 0.8 for words naming an unnamed
     * source (a cg:AnonymousSource: "a senior official"), 0.95 for words naming an entity (its name
     * matched as written). These are the values {@code SpeakerResolver} and the mention finder give the
     * plain cases; pronouns, descriptions and joint sources resolve with others, which are stored.
     *
     * @param speakerNamed whether words of the article name the speaker (cg:sourceSpans is stated)
     * @param unnamedSource whether the speaker is an unnamed source rather than an entity
     */
    public static double source(boolean speakerNamed, boolean unnamedSource) {
        return !speakerNamed ? 0.5 : unnamedSource ? 0.8 : 0.95;
    }
}
