package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP models, loaded once from the classpath (Maven Central artifacts) and shared: models
 * are thread-safe, the {@code *ME} objects made from them are not.
 */
public final class NlpModels {

    /** From {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0}. */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel sentences;

    private NlpModels(SentenceModel sentences) {
        this.sentences = sentences;
    }

    /** Loads the English models; fails with the missing resource's name if the jar is incomplete. */
    public static NlpModels loadEnglish() {
        try (InputStream in = NlpModels.class.getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + SENTENCE_MODEL
                        + " is not on the classpath: rebuild with `mvn -B package` (it comes from opennlp-models-sentdetect-en)");
            }
            return new NlpModels(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + SENTENCE_MODEL, e);
        }
    }

    SentenceModel sentenceModel() {
        return sentences;
    }

    /** A new annotator for one thread. */
    public Annotator newAnnotator() {
        return new OpenNlpAnnotator(this);
    }
}
