package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.chunker.ChunkerME;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Noun phrases of a sentence by the 1.5-era OpenNLP chunker. That model was trained on Penn
 * Treebank tags, so the Universal Dependencies tags are mapped back to their Penn counterparts
 * first (the mapping OpenNLP itself uses, coarse: every noun becomes NN). Not thread-safe.
 */
public final class NounPhraseChunker {

    private static final Map<String, String> UD_TO_PENN = Map.ofEntries(
            Map.entry("ADJ", "JJ"), Map.entry("ADP", "IN"), Map.entry("ADV", "RB"), Map.entry("AUX", "MD"),
            Map.entry("CCONJ", "CC"), Map.entry("DET", "DT"), Map.entry("INTJ", "UH"), Map.entry("NOUN", "NN"),
            Map.entry("NUM", "CD"), Map.entry("PART", "RP"), Map.entry("PRON", "PRP"), Map.entry("PROPN", "NNP"),
            Map.entry("PUNCT", "."), Map.entry("SCONJ", "IN"), Map.entry("SYM", "SYM"), Map.entry("VERB", "VB"),
            Map.entry("X", "FW"));

    private final ChunkerME chunker;

    NounPhraseChunker(NlpModels models) {
        this.chunker = new ChunkerME(models.chunkModel());
    }

    /** Penn Treebank tag for a Universal Dependencies tag ("NNP" for "PROPN"). */
    public static String penn(String udTag) {
        int plus = udTag.indexOf('+');
        return UD_TO_PENN.getOrDefault(plus < 0 ? udTag : udTag.substring(0, plus), "FW");
    }

    /** The noun-phrase spans of a sentence, in order. */
    public List<Span> nounPhrases(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words[i] = tokens.get(i).text();
            tags[i] = penn(tokens.get(i).pos());
        }
        String[] chunks = chunker.chunk(words, tags);
        List<Span> phrases = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= chunks.length; i++) {
            boolean continues = i < chunks.length && chunks[i].equals("I-NP") && start >= 0;
            if (continues) {
                continue;
            }
            if (start >= 0) {
                phrases.add(new Span(tokens.get(start).span().begin(), tokens.get(i - 1).span().end()));
                start = -1;
            }
            if (i < chunks.length && chunks[i].endsWith("-NP")) {
                start = i;
            }
        }
        return phrases;
    }
}
