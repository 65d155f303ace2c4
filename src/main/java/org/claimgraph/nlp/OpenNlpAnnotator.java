package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.CleanArticle;
import org.claimgraph.domain.DataFile;
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
            if (!spans.isEmpty() && falseBreak(text, spans.get(spans.size() - 1), span)) {
                span = new Span(spans.remove(spans.size() - 1).begin(), span.end());
            }
            spans.add(span);
        }
        for (Span span : spans) {
            out.add(new Sentence(out.size(), span, tokens(text, span)));
        }
    }

    private static final Set<String> ABBREVIATIONS = DataFile.lines(OpenNlpAnnotator.class,
            "abbreviations.txt").stream().flatMap(l -> Arrays.stream(l.text().strip().split("\\s+")))
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the detector ended a sentence where none ends: after an initial ("Army Secretary Daniel P. |
     * Driscoll traveled") or a title ("said Sen. | Rania Talbot"), or before a word in lower case
     * ("Rep. Owen Mercer (D-Ore.) | said the aid") — a news sentence starts with a capital, a digit or a quote.
     */
    static boolean falseBreak(String text, Span previous, Span next) {
        String before = previous.of(text);
        int space = before.lastIndexOf(' ');
        String lastWord = before.substring(space + 1).replaceFirst("^[(\\[\"“‘']+", "");
        // one letter only: "U.S." and "U.N." end sentences often enough
        boolean initial = space >= 0 && lastWord.length() == 2 && Token.isInitial(lastWord);
        if (initial || ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String after = next.of(text);
        return !after.isEmpty() && Character.isLowerCase(after.codePointAt(0));
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&');
    }

    private List<Token> tokens(String text, Span sentence) {
        String s = sentence.of(text);
        opennlp.tools.util.Span[] spans = joinAbbreviations(s, splitAtDashes(s, tokenizer.tokenizePos(s)));
        String[] words = opennlp.tools.util.Span.spansToStrings(spans, s);
        String[] tags = tagger.tag(words);
        if (words.length > 1 && tags[0].equals("VERB") && (tags[1].equals("VERB") || tags[1].equals("AUX"))
                && Character.isUpperCase(words[0].charAt(0)) && words[0].endsWith("s")) {
            tags[0] = "PROPN"; // "Palestinians say …": a sentence's first word before its verb is its subject, not a verb
        }
        long upper = Arrays.stream(words).filter(OpenNlpAnnotator::isAcronym).count();
        for (int i = 0; i < words.length && upper * 3 < words.length; i++) {
            if (isAcronym(words[i]) && (tags[i].equals("VERB") || tags[i].equals("AUX"))) {
                tags[i] = "PROPN"; // "one UN source": an acronym in running text is a name, whatever the model says
            }
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = new Span(sentence.begin() + spans[i].getStart(), sentence.begin() + spans[i].getEnd());
            tokens.add(new Token(span, words[i], closedClass(words[i], tags[i])));
        }
        return tokens;
    }

    /**
     * Pronouns are a closed class: a capitalised word the model tags PRON that is none of them is a
     * name it misread at the start of a sentence ("Qassem also reiterated …" came out Qassem/PRON).
     * Likewise a capitalised possessive is no verb.
     */
    static String closedClass(String word, String tag) {
        if (tag.equals("PRON") && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && !PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
            return "PROPN";
        }
        if ((tag.equals("VERB") || tag.equals("AUX")) && word.length() > 2 && Character.isUpperCase(word.charAt(0))
                && (word.endsWith("'s") || word.endsWith("’s"))) {
            return "PROPN"; // "Putin's aide": the possessive the tokenizer left on a name is no verb
        }
        return tag;
    }

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we",
            "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which",
            "what", "that", "this", "these", "those", "there", "one", "ones", "oneself", "anyone", "anybody", "anything",
            "everyone", "everybody", "everything", "someone", "somebody", "something", "no-one", "nobody", "nothing", "none",
            "all", "both", "each", "either", "neither", "few", "many", "more", "most", "much", "several", "some", "any", "other",
            "others", "another", "such", "whoever", "whatever", "whichever", "y'all", "'s");

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

    /**
     * Gives an abbreviation back its full stop, which the tokenizer cuts off ("Rep" "." "Stephen"), so
     * that a title reads as one word before the name ("Rep.", "Gen.", and an initial such as "P.").
     */
    static opennlp.tools.util.Span[] joinAbbreviations(String s, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            opennlp.tools.util.Span t = spans[i];
            if (i + 2 < spans.length && spans[i + 1].getStart() == t.getEnd() && spans[i + 1].length() == 1
                    && s.charAt(t.getEnd()) == '.') {
                String word = s.substring(t.getStart(), t.getEnd() + 1);
                if (Token.isInitial(word) || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                    out.add(new opennlp.tools.util.Span(t.getStart(), t.getEnd() + 1));
                    i++;
                    continue;
                }
            }
            out.add(t);
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
