package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Token;

/**
 * Asides between a subject and its verb, and what they decide about the subject: an apposition or
 * a relative clause set off by commas stays with it (PolNeAR marks both commas); an aside that says
 * how, where or under whom someone spoke ("also without offering proof", "speaking on condition of
 * anonymity", "led by its deputy minister", "based in Paris") is left out; a relative clause that
 * asks for anonymity ("the official, who asked not to be named said") is part of the subject even
 * without its closing comma. Stateless.
 */
final class Asides {

    private Asides() {
    }

    /**
     * The subject phrase that ends with the comma at token {@code end}, as token bounds [from, to):
     * the phrase before the aside, with the aside when it is an apposition or a relative clause.
     */
    static Optional<int[]> beforeComma(List<Token> tokens, int end, Set<Token> inNames) {
        // an apposition (", a spokeswoman for the coalition,") or a relative clause (", which oversees …,")
        int open = end - 1;
        while (open >= 0 && !tokens.get(open).text().equals(",") && !NounPhrases.isQuote(tokens.get(open))) {
            open--;
        }
        if (open > 0 && open < end - 1 && tokens.get(open).text().equals(",")) {
            Token first = tokens.get(open + 1);
            boolean relative = NounPhrases.RELATIVES.contains(first.text().toLowerCase(Locale.ROOT));
            List<Token> inside = tokens.subList(open + 1, end);
            boolean possessive = NounPhrases.POSSESSIVE_PRONOUNS.contains(first.text().toLowerCase(Locale.ROOT)); // ", his host at the summit,"
            boolean apposition = (NounPhrases.isNpToken(inNames, first) || possessive) && (inside.stream().noneMatch(t -> t.mainPos().equals("VERB"))
                    || inside.stream().anyMatch(t -> NounPhrases.RELATIVES.contains(t.text().toLowerCase(Locale.ROOT)) || t.text().equalsIgnoreCase("that")));
            // ", also known as Hemedti,": another name
            int known = first.mainPos().equals("ADV") ? open + 2 : open + 1;
            apposition |= known < end && tokens.get(known).text().equalsIgnoreCase("known");
            Optional<int[]> head = NounPhrases.npBefore(tokens, open - 1, inNames);
            if (head.isPresent() && inside.stream().allMatch(t -> t.mainPos().equals("ADV"))) {
                return head; // "The Kremlin, however, stated"
            }
            if (head.isPresent() && first.mainPos().equals("ADP") && inside.stream().noneMatch(t -> t.mainPos().equals("VERB"))) {
                return head; // "The envoy, like his deputy, has said": an aside between subject and verb
            }
            if (head.isPresent() && adverbLed(inside)) {
                return head; // "The minister, also without offering proof, said": the aside is how, not who
            }
            if (head.isPresent() && (relative || apposition)) {
                return Optional.of(new int[] {head.get()[0], end + 1}); // both commas, as PolNeAR marks sources
            }
            // "A senior official, speaking on condition of anonymity, disputed …": the participle
            // phrase describes how the source spoke; the source is the phrase before it
            boolean participle = first.mainPos().equals("VERB") && first.text().toLowerCase(Locale.ROOT).endsWith("ing");
            if (head.isPresent() && (participle || pastParticipleLed(inside))) {
                return head; // ", led by its deputy minister,", ", based in Paris,": who leads it or where it sits, not who speaks
            }
        }
        return Optional.empty();
    }

    /**
     * An aside that opens with adverbs and then a preposition or a participle, whose only verbs are
     * gerunds or participles: "also without offering proof", "again citing no source". It has no
     * finite verb, so it is no clause of its own, and it names nobody who speaks.
     */
    static boolean adverbLed(List<Token> inside) {
        int k = 0;
        while (k < inside.size() && inside.get(k).mainPos().equals("ADV")) {
            k++;
        }
        if (k == 0 || k == inside.size()) {
            return false;
        }
        Token lead = inside.get(k);
        boolean opens = lead.mainPos().equals("ADP") || lead.mainPos().equals("SCONJ") || (lead.mainPos().equals("VERB") && lead.text().endsWith("ing"));
        boolean nonFinite = inside.stream().filter(t -> t.mainPos().equals("VERB"))
                .allMatch(t -> t.text().endsWith("ing") || t.text().endsWith("ed"));
        return opens && nonFinite;
    }

    /**
     * "led by Deputy Foreign Minister X", "based in Bahir Dar", "accompanied by his aides": a past
     * participle and its preposition open the aside. The phrase says who heads the subject or where
     * it is; the subject itself speaks ("the delegation, led by …, called for …").
     */
    static boolean pastParticipleLed(List<Token> inside) {
        if (inside.size() < 3) {
            return false;
        }
        String w = inside.get(0).text().toLowerCase(Locale.ROOT);
        boolean participle = inside.get(0).mainPos().equals("VERB") && (w.endsWith("ed") || w.equals("led"));
        return participle && inside.get(1).mainPos().equals("ADP")
                && inside.stream().skip(1).noneMatch(t -> t.mainPos().equals("VERB") || t.mainPos().equals("AUX"));
    }

    /** Words that make a relative clause a request for anonymity. */
    private static final Set<String> ANONYMITY = Set.of("named", "identified", "anonymity", "anonymous", "anonymously");
    /** The verbs of such a request: never a report of their own. */
    private static final Set<String> REQUESTS = Set.of("asked", "requested", "declined", "refused", "spoke", "speaking");

    /**
     * Where a relative clause that asks for anonymity and ends at {@code end} opens: the comma
     * before its "who" in "the official, who asked not to be named said". -1 when the words ending
     * at {@code end} are no such clause.
     */
    static int anonymityClauseOpening(List<Token> tokens, int end) {
        for (int k = end - 1; k >= 1 && end - k <= 8; k--) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("who") && tokens.get(k - 1).text().equals(",")) {
                boolean anonymity = tokens.subList(k, end + 1).stream().anyMatch(t -> ANONYMITY.contains(t.text().toLowerCase(Locale.ROOT)));
                return anonymity ? k - 1 : -1;
            }
            if (w.equals(",") || NounPhrases.isQuote(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb at {@code i} asks for anonymity ("who asked not to be named", "who requested anonymity"): no report. */
    static boolean asksAnonymity(List<Token> tokens, int i) {
        if (i < 1 || !REQUESTS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                || !tokens.get(i - 1).text().equalsIgnoreCase("who")) {
            return false;
        }
        return tokens.subList(i + 1, Math.min(tokens.size(), i + 6)).stream()
                .anyMatch(t -> ANONYMITY.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "…, with the health office – its main provider of care – confirming that …": in an absolute
     * phrase after "with", the phrase before the aside speaks, not the main clause's subject. The
     * aside is closed at {@code participle - 1} by the comma or dash that opened it. Token bounds.
     */
    static Optional<int[]> withPhrasePastAside(List<Token> tokens, int participle, Set<Token> inNames) {
        if (participle < 4 || !tokens.get(participle).text().endsWith("ing")) {
            return Optional.empty();
        }
        String close = tokens.get(participle - 1).text();
        if (!List.of(",", "–", "—", "-").contains(close)) {
            return Optional.empty();
        }
        int open = participle - 3;
        while (open > 1 && !tokens.get(open).text().equals(close)) {
            open--;
        }
        // the aside is a phrase, not a clause: ", with X, and the talks ended, said Y" has no absolute phrase
        if (open <= 1 || !tokens.get(open).text().equals(close)
                || tokens.subList(open + 1, participle - 1).stream().anyMatch(t -> t.mainPos().equals("VERB"))) {
            return Optional.empty();
        }
        return NounPhrases.npBefore(tokens, open - 1, inNames)
                .filter(np -> np[0] > 0 && tokens.get(np[0] - 1).text().equalsIgnoreCase("with"));
    }
}
