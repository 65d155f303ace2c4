package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;

/**
 * Which cue of {@code development-cues.tsv} a token starts, with the condition the data gives it met
 * (a word after it, before it, near it, in its sentence), and what a delivery delivers; also the
 * words of negotiation that frame a sentence. Split from {@link DevelopmentFinder}, which decides
 * what the matched step is and who takes it. Immutable and thread-safe.
 */
final class TriggerMatcher {

    private static final Set<String> SKIPPED_BEFORE_TRIGGER = Set.of("ADV", "AUX", "PART");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "it");

    private final DevelopmentCues cues;
    /**
     * The triggers by their first word case-folded, each list in the data's order: every token was
     * compared with every trigger's first word, a few percent of the pipeline's time (JFR, issue 13).
     */
    private final Map<String, List<DevelopmentCues.Trigger>> byFirstWord;

    TriggerMatcher(DevelopmentCues cues) {
        this.cues = cues;
        Map<String, List<DevelopmentCues.Trigger>> index = new HashMap<>();
        for (DevelopmentCues.Trigger t : cues.triggers()) {
            index.computeIfAbsent(caseFold(t.words().get(0)), k -> new ArrayList<>()).add(t);
        }
        this.byFirstWord = index;
    }

    /**
     * A key equal for two words exactly when {@link String#equalsIgnoreCase} holds (char by char, the
     * upper case then its lower case, as that method compares), so the index finds every trigger the
     * scan over all triggers found.
     */
    static String caseFold(String word) {
        char[] folded = new char[word.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(word.charAt(i)));
        }
        return new String(folded);
    }

    /** The triggers whose first word is {@code word} whatever its case, in the data's order. */
    List<DevelopmentCues.Trigger> startingWith(String word) {
        return byFirstWord.getOrDefault(caseFold(word), List.of());
    }

    /**
     * A trigger starting at token i that meets its condition; a particle may stand a few words
     * later ("pulled their negotiators out").
     */
    Optional<DevelopmentCues.Trigger> triggerAt(List<Token> tokens, int i, Sentence s, List<Mention> mentions) {
        boolean verb = tokens.get(i).mainPos().equals("VERB");
        for (DevelopmentCues.Trigger t : startingWith(tokens.get(i).text())) {
            if ((verb || t.anyPos()) && tokens.get(i).text().equalsIgnoreCase(t.words().get(0)) && lastWord(tokens, i, t) >= 0
                    && conditionMet(t, tokens, i, lastWord(tokens, i, t) + 1, s, mentions)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The trigger's condition from the data: "released" is a step only with hostages or prisoners
     * after it, "held" only with talks or a meeting next to it (not "the area held by Israeli
     * forces"), "returned" only to talks or to a city, "took effect" only of a ceasefire or deal.
     */
    private static boolean conditionMet(DevelopmentCues.Trigger t, List<Token> tokens, int trigger, int after, Sentence s,
            List<Mention> mentions) {
        List<String> next = forms(tokens, Math.min(after, tokens.size()), Math.min(tokens.size(), after + 6));
        // "a ceasefire … a week after it took effect", "the truce, which began on Sunday": the pronoun's noun stands further back
        int reach = pronounSubject(tokens, trigger) ? trigger : 8;
        List<String> before = forms(tokens, Math.max(0, trigger - reach), trigger);
        boolean cityAfter = after < tokens.size() && mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.entity().is(EntityType.City)
                && m.span().begin() >= tokens.get(after - 1).span().end() && m.span().begin() <= tokens.get(after - 1).span().end() + 12);
        // a participle after its noun has it as its object: "a ceasefire reached on May 14", "the captives freed on Sunday"
        boolean objectBefore = trigger > 0 && tokens.get(trigger).text().toLowerCase(Locale.ROOT).endsWith("ed")
                && t.objects().contains(form(tokens, trigger - 1));
        boolean objects = t.objects().isEmpty() || next.stream().anyMatch(t.objects()::contains) || (t.objects().contains("@city") && cityAfter)
                || objectBefore;
        boolean subjects = t.subjects().isEmpty() || before.stream().anyMatch(t.subjects()::contains);
        boolean near = t.near().isEmpty() || next.stream().limit(3).anyMatch(t.near()::contains) || before.stream().skip(Math.max(0, before.size() - 3))
                .anyMatch(t.near()::contains);
        boolean around = t.around().isEmpty() || next.stream().anyMatch(t.around()::contains)
                || before.stream().skip(Math.max(0, before.size() - 3)).anyMatch(t.around()::contains);
        boolean spokenOf = t.sentence().isEmpty() || forms(tokens, 0, tokens.size()).stream().anyMatch(t.sentence()::contains);
        return objects && subjects && near && around && spokenOf;
    }

    /**
     * The words of tokens [from, to) in lower case, a compound the tokenizer split at its hyphen
     * glued back ("cease-" "fire" reads "ceasefire" at "fire").
     */
    static List<String> forms(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(form(tokens, k));
        }
        return out;
    }

    static String form(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String w = t.withoutPossessive().toLowerCase(Locale.ROOT);
        if (k > 0) {
            Token prev = tokens.get(k - 1);
            String p = prev.text();
            if (p.length() > 1 && p.endsWith("-") && prev.span().end() == t.span().begin()) {
                return p.substring(0, p.length() - 1).toLowerCase(Locale.ROOT) + w;
            }
            if (k > 1 && p.equals("-") && prev.span().begin() == tokens.get(k - 2).span().end() && prev.span().end() == t.span().begin()) {
                return tokens.get(k - 2).text().toLowerCase(Locale.ROOT) + w;
            }
        }
        return w;
    }

    long frameWords(List<Token> tokens) {
        long n = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (cues.frame().contains(form(tokens, k)) || cues.frame().contains(tokens.get(k).withoutPossessive().toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** The trigger's subject is a pronoun ("it", "which", "that"), possibly after auxiliaries and adverbs. */
    private static boolean pronounSubject(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && SKIPPED_BEFORE_TRIGGER.contains(tokens.get(k).mainPos())) {
            k--;
        }
        return k >= 0 && RELATIVE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }

    /** Index of the trigger's last word (its particle within four tokens), or -1 when it is not there. */
    static int lastWord(List<Token> tokens, int i, DevelopmentCues.Trigger t) {
        int k = i;
        for (int w = 1; w < t.words().size(); w++) {
            int found = -1;
            for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
                if (tokens.get(j).text().equalsIgnoreCase(t.words().get(w))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            k = found;
        }
        return k;
    }

    /** What a delivery delivers: a response or a proposal, by the words after it, else just before it ("the proposal, passed to Hamas"). */
    Optional<Kind> delivered(List<Token> tokens, int from) {
        Optional<Kind> after = deliveredIn(tokens, from, Math.min(tokens.size(), from + 6));
        return after.isPresent() ? after : deliveredIn(tokens, 0, Math.max(0, from - 1));
    }

    private Optional<Kind> deliveredIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (cues.deliveredResponse().contains(w)) {
                return Optional.of(Kind.RESPONSE);
            }
            if (cues.deliveredProposal().contains(w)) {
                return Optional.of(Kind.PROPOSAL);
            }
        }
        return Optional.empty();
    }
}
