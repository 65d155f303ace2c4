package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.CleanArticle;
import org.claimgraph.domain.Span;

/**
 * Sentences by OpenNLP's maximum-entropy detector, run line by line so that a headline or a
 * paragraph break always ends a sentence. Not thread-safe.
 */
final class OpenNlpAnnotator implements Annotator {

    private final SentenceDetectorME detector;

    OpenNlpAnnotator(NlpModels models) {
        this.detector = new SentenceDetectorME(models.sentenceModel());
    }

    @Override
    public AnnotatedArticle annotate(CleanArticle article) {
        String text = article.text();
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > lineStart) {
                    addSentences(text.substring(lineStart, i), lineStart, sentences);
                }
                lineStart = i + 1;
            }
        }
        return new AnnotatedArticle(article, sentences);
    }

    private void addSentences(String line, int offset, List<Span> out) {
        for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
            Span span = trim(line, s.getStart(), s.getEnd(), offset);
            if (span.length() > 0) {
                out.add(span);
            }
        }
    }

    private static Span trim(String line, int begin, int end, int offset) {
        while (begin < end && Character.isWhitespace(line.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return new Span(offset + begin, offset + end);
    }
}
