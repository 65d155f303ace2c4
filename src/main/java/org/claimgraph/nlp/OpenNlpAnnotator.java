package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.CleanArticle;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Sentences, tokens and Universal Dependencies tags by OpenNLP's maximum-entropy models. Sentence
 * detection runs line by line, so a headline or paragraph break always ends a sentence. Every
 * offset indexes the article text as received. Not thread-safe.
 */
final class OpenNlpAnnotator implements Annotator {

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    OpenNlpAnnotator(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenModel());
        this.tagger = new POSTaggerME(models.posModel(), POSTagFormat.UD);
    }

    @Override
    public AnnotatedArticle annotate(CleanArticle article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > lineStart) {
                    addSentences(text, lineStart, i, sentences);
                }
                lineStart = i + 1;
            }
        }
        return new AnnotatedArticle(article, sentences);
    }

    private void addSentences(String text, int lineBegin, int lineEnd, List<Sentence> out) {
        String line = text.substring(lineBegin, lineEnd);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(line)) {
            Span span = trim(text, lineBegin + s.getStart(), lineBegin + s.getEnd());
            if (span.length() == 0) {
                continue;
            }
            if (!spans.isEmpty() && endsWithInitial(text, spans.get(spans.size() - 1))) {
                // "Army Secretary Daniel P. | Driscoll traveled": an initial ends no sentence
                span = new Span(spans.remove(spans.size() - 1).begin(), span.end());
            }
            spans.add(span);
        }
        for (Span span : spans) {
            out.add(new Sentence(out.size(), span, tokens(text, span)));
        }
    }

    /** Whether a sentence ends with a capital initial ("Daniel P."), which the detector takes for a full stop. */
    private static boolean endsWithInitial(String text, Span sentence) {
        int e = sentence.end();
        return e - sentence.begin() >= 3 && text.charAt(e - 1) == '.' && Character.isUpperCase(text.charAt(e - 2))
                && text.charAt(e - 3) == ' ';
    }

    private List<Token> tokens(String text, Span sentence) {
        String s = sentence.of(text);
        opennlp.tools.util.Span[] spans = splitAtDashes(s, tokenizer.tokenizePos(s));
        String[] words = opennlp.tools.util.Span.spansToStrings(spans, s);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = new Span(sentence.begin() + spans[i].getStart(), sentence.begin() + spans[i].getEnd());
            tokens.add(new Token(span, words[i], tags[i]));
        }
        return tokens;
    }

    /**
     * Splits tokens at em and en dashes written without spaces ("Macron—who", "2024–2025"), which
     * the English model keeps whole (gluing a name to the next word), and takes a hyphen off a
     * word it was cut with ("al" "-Hayya" becomes "al" "-" "Hayya").
     */
    static opennlp.tools.util.Span[] splitAtDashes(String s, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span t : spans) {
            int start = t.getStart();
            boolean attached = !out.isEmpty() && out.get(out.size() - 1).getEnd() == start;
            if (attached && s.charAt(start) == '-' && t.getEnd() - start > 1 && Character.isLetter(s.charAt(start + 1))) {
                out.add(new opennlp.tools.util.Span(start, start + 1)); // "al-Hayya" comes as "al" "-Hayya": the hyphen on its own
                start++;
            }
            for (int i = t.getStart(); i < t.getEnd(); i++) {
                char c = s.charAt(i);
                if ((c == '\u2014' || c == '\u2013') && t.getEnd() - t.getStart() > 1) {
                    if (i > start) {
                        out.add(new opennlp.tools.util.Span(start, i));
                    }
                    out.add(new opennlp.tools.util.Span(i, i + 1));
                    start = i + 1;
                }
            }
            if (start < t.getEnd()) {
                out.add(new opennlp.tools.util.Span(start, t.getEnd()));
            }
        }
        return out.toArray(new opennlp.tools.util.Span[0]);
    }

    private static Span trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }
}
