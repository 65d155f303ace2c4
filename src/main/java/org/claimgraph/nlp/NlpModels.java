package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath (Maven Central artifacts) and shared between
 * threads: models are thread-safe, the {@code *ME} objects made from them are not, so every worker
 * makes its own {@link Annotator} and {@link NounPhraseChunker}.
 */
public final class NlpModels {

    /** From {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0}. */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** From {@code org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0}. */
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** From {@code org.apache.opennlp:opennlp-models-pos-en:1.3.0}: Universal Dependencies tags. */
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** From {@code edu.washington.cs.knowitall:opennlp-chunk-models:1.5}: needs Penn tags. */
    static final String CHUNK_MODEL = "/en-chunker.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;
    private final ChunkerModel chunks;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, ChunkerModel chunks) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.chunks = chunks;
    }

    /** Loads the English models; fails naming the missing resource if the jar is incomplete. */
    public static NlpModels loadEnglish() {
        return new NlpModels(load(SENTENCE_MODEL, SentenceModel::new), load(TOKEN_MODEL, TokenizerModel::new),
                load(POS_MODEL, POSModel::new), load(CHUNK_MODEL, ChunkerModel::new));
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the classpath: rebuild with `mvn -B package` (the models come from Maven Central)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    SentenceModel sentenceModel() {
        return sentences;
    }

    TokenizerModel tokenModel() {
        return tokens;
    }

    POSModel posModel() {
        return pos;
    }

    ChunkerModel chunkModel() {
        return chunks;
    }

    /** A new annotator (sentences, tokens, tags) for one thread. */
    public Annotator newAnnotator() {
        return new OpenNlpAnnotator(this);
    }

    /** A new noun-phrase chunker for one thread; slower than tagging, so run it only where needed. */
    public NounPhraseChunker newChunker() {
        return new NounPhraseChunker(this);
    }
}
