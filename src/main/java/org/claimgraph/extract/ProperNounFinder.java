package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Names the gazetteer does not know: runs of capitalised tokens (proper nouns by the tagger, with
 * "of", "bin", "al" and the like inside), typed by their context. A run with a title before it
 * ("envoy", "Prime Minister") or a speech verb after it is a person; one with an organisation word
 * ("Ministry", "Coalition") an organisation; one after a locative preposition ("in", "near") a
 * place. A run with no such cue is left out, so capitalised common words, sentence-initial words
 * and headline case make no names by themselves. Immutable and thread-safe.
 */
final class ProperNounFinder {

    /** A typed name found in the text. {@code titleSpan} covers a title split from it, if any. */
    record Candidate(Span span, String name, EntityType type, double confidence, Optional<Span> titleSpan) {
    }

    private static final List<String> CONNECTORS = List.of("of", "bin", "bint", "al", "el", "de", "du", "van", "von", "la", "ibn");
    private static final Map<String, EntityType> KEYWORD_TYPES = Map.ofEntries(
            Map.entry("agency-keywords", EntityType.Agency),
            Map.entry("armed-group-keywords", EntityType.ArmedGroup),
            Map.entry("government-keywords", EntityType.Government),
            Map.entry("media-keywords", EntityType.MediaOutlet),
            Map.entry("organization-keywords", EntityType.Organization),
            Map.entry("crossing-keywords", EntityType.Crossing),
            Map.entry("region-keywords", EntityType.Region),
            Map.entry("city-keywords", EntityType.City),
            Map.entry("place-keywords", EntityType.Location));

    private final NameCues cues;

    ProperNounFinder(NameCues cues) {
        this.cues = cues;
    }

    /**
     * Candidates in the article, skipping tokens for which {@code taken} is true (already named by
     * the gazetteer) and blocks the cleaner marked.
     */
    List<Candidate> find(AnnotatedArticle article, Predicate<Span> taken) {
        List<Candidate> body = new ArrayList<>();
        List<Sentence> headlines = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            if (isHeadline(s)) {
                headlines.add(s);
            } else {
                body.addAll(inSentence(s, taken, false));
            }
        }
        // a headline's capitals say nothing: keep only names the body also uses
        List<Candidate> out = new ArrayList<>(body);
        for (Sentence s : headlines) {
            for (Candidate c : inSentence(s, taken, true)) {
                body.stream().filter(b -> b.name().equals(c.name())).findFirst()
                        .ifPresent(b -> out.add(new Candidate(c.span(), c.name(), b.type(), b.confidence(), c.titleSpan())));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Most words capitalised, as in a title line. */
    static boolean isHeadline(Sentence s) {
        long words = s.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        long capitals = s.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0)) && t.isCapitalised()).count();
        return words >= 4 && capitals * 10 >= words * 6;
    }

    private List<Candidate> inSentence(Sentence s, Predicate<Span> taken, boolean headline) {
        List<Token> tokens = s.tokens();
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int j = runEnd(tokens, i);
            if (keywordType(tokens, i, j).isPresent() && !taken.test(tokens.get(j - 1).span())) {
                // "Gaza Relief Coalition": the organisation's name wins over the place inside it
                type(tokens, i, j, headline).ifPresent(out::add);
            } else {
                for (int[] part : untakenParts(tokens, i, j, taken)) {
                    type(tokens, part[0], part[1], headline).ifPresent(out::add);
                }
            }
            i = j;
        }
        return out;
    }

    /** End (exclusive) of the capitalised run starting at {@code i}. */
    private int runEnd(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && !endsWithPossessive(tokens.get(j - 1))) { // "Qatar's Ministry": the possessive ends it
            if (continuesName(tokens, j)) {
                j++;
            } else if (isConnector(tokens.get(j)) && j + 1 < tokens.size() && continuesName(tokens, j + 1)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** The stretches of [from, to) whose tokens the gazetteer has not named, each starting with a name word. */
    private List<int[]> untakenParts(List<Token> tokens, int from, int to, Predicate<Span> taken) {
        List<int[]> parts = new ArrayList<>();
        int start = -1;
        for (int k = from; k <= to; k++) {
            boolean free = k < to && !taken.test(tokens.get(k).span());
            if (free && start < 0 && startsName(tokens, k)) {
                start = k;
            } else if (!free && start >= 0) {
                int end = k;
                while (end > start && isConnector(tokens.get(end - 1))) {
                    end--;
                }
                parts.add(new int[] {start, end});
                start = -1;
            }
        }
        return parts;
    }

    private boolean startsName(List<Token> tokens, int i) {
        return continuesName(tokens, i) && !tokens.get(i).mainPos().equals("PRON");
    }

    private boolean continuesName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isCapitalised() && isWordy(t) && !cues.is("not-names", t.withoutPossessive());
    }

    private static boolean isWordy(Token t) {
        return Character.isLetter(t.text().codePointAt(0));
    }

    private static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.text().replaceFirst("-$", ""));
    }

    private static boolean endsWithPossessive(Token t) {
        return !t.withoutPossessive().equals(t.text());
    }

    /** Types the run [from, to) by its words and context; empty when nothing says what it is. */
    private Optional<Candidate> type(List<Token> tokens, int from, int to, boolean headline) {
        Optional<EntityType> keywordType = keywordType(tokens, from, to);
        int nameStart = from;
        if (keywordType.isEmpty()) {
            while (nameStart < to && cues.is("titles", tokens.get(nameStart).text())) {
                nameStart++;
            }
        }
        if (nameStart == to) {
            return Optional.empty(); // only titles: "Prime Minister"
        }
        Optional<Span> titleSpan = nameStart > from
                ? Optional.of(new Span(tokens.get(from).span().begin(), tokens.get(nameStart - 1).span().end()))
                : Optional.empty();
        Span span = new Span(tokens.get(nameStart).span().begin(), end(tokens.get(to - 1)));
        String name = name(tokens, nameStart, to);
        int length = to - nameStart;
        boolean sentenceInitial = from == 0 || (from == 1 && tokens.get(0).mainPos().equals("PUNCT"));

        if (keywordType.isPresent()) {
            if (length == 1) {
                return Optional.empty(); // "Ministry" alone is no name
            }
            return Optional.of(new Candidate(span, name, keywordType.get(), 0.75, titleSpan));
        }
        if (titleSpan.isPresent() || roleBefore(tokens, from) || appositionAfter(tokens, to)
                || (length >= 2 && speechAfter(tokens, to))) {
            return Optional.of(new Candidate(span, name, EntityType.Person, length >= 2 ? 0.75 : 0.6, titleSpan));
        }
        if (!sentenceInitial && !headline && locativeBefore(tokens, from)) {
            return Optional.of(new Candidate(span, name, EntityType.Location, 0.6, titleSpan));
        }
        return Optional.empty();
    }

    private Optional<EntityType> keywordType(List<Token> tokens, int from, int to) {
        // the last keyword decides: "Ministry of Health" (Agency), "Gaza Relief Coalition" (Organization)
        Optional<EntityType> type = Optional.empty();
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).withoutPossessive();
            for (Map.Entry<String, EntityType> e : KEYWORD_TYPES.entrySet()) {
                if (cues.is(e.getKey(), w)) {
                    type = Optional.of(e.getValue());
                }
            }
        }
        return type;
    }

    /** A lower-case role noun within three tokens before the name: "envoy", "spokeswoman". */
    private boolean roleBefore(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() && cues.is("roles", t.text())) {
                return true;
            }
            if (t.mainPos().equals("VERB") || t.mainPos().equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** ", a spokeswoman for", ", the director of": a role in apposition after the name. */
    private boolean appositionAfter(List<Token> tokens, int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        for (int k = to + 1; k < Math.min(tokens.size(), to + 5); k++) {
            if (cues.is("roles", tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean speechAfter(List<Token> tokens, int to) {
        return to < tokens.size() && cues.is("speech", tokens.get(to).text());
    }

    private boolean locativeBefore(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        return k >= 0 && cues.is("locative", tokens.get(k).text());
    }

    /** End of a token without its possessive suffix. */
    private static int end(Token t) {
        return t.span().begin() + t.withoutPossessive().length();
    }

    private static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from) {
                int gap = t.span().begin() - tokens.get(k - 1).span().end();
                b.append(gap > 0 ? " " : "");
            }
            b.append(k == to - 1 ? t.withoutPossessive() : t.text());
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }
}
