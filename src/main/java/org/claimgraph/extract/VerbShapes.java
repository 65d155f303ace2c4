package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.Token;
import org.claimgraph.extract.CueSpotter.Found;

/**
 * How a cue verb stands in its clause, for {@link AttributionFinder}: passive, dependent on the
 * clause's subject, or coordinated with an earlier verb. Stateless.
 */
final class VerbShapes {

    private VerbShapes() {
    }

    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s");
    static final Set<String> IRREGULAR_PARTICIPLES = Set.of("said", "told", "thought", "known", "seen", "heard", "understood",
            "believed", "written", "found");

    /** "have been reported", "was told", "is expected": a passive cue (not "quoted", which keeps its subject). */
    static boolean passive(List<Token> tokens, int auxStart, int i, Found c) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        boolean pastParticiple = w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w);
        boolean be = tokens.subList(auxStart, i).stream().anyMatch(t -> BE_FORMS.contains(t.text().toLowerCase(Locale.ROOT)));
        return be && pastParticiple && !c.lemma().equals("quote") && !c.lemma().equals("cite");
    }

    /**
     * A verb that shares the subject of its clause: "… killing dozens while promising …",
     * "…, specifically accusing it of …", "Rubio spoke with Lavrov and reaffirmed …".
     */
    static boolean dependentVerb(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        int k = NounPhrases.skipBackOverAdverbs(tokens, i - 1);
        while (k > 0 && tokens.get(k).mainPos().equals("AUX")) {
            k = NounPhrases.skipBackOverAdverbs(tokens, k - 1); // "… but has said"
        }
        boolean afterJoiner = k >= 0 && (tokens.get(k).mainPos().equals("CCONJ") || tokens.get(k).mainPos().equals("SCONJ")
                || tokens.get(k).text().equals(","));
        boolean afterTo = k >= 0 && tokens.get(k).text().equalsIgnoreCase("to"); // "limited himself to welcoming …"
        return tokens.get(i).text().endsWith("ing") ? afterJoiner || afterTo || k < i - 1 || gerundOfMeans(tokens, i)
                : afterJoiner && tokens.get(k).mainPos().equals("CCONJ");
    }

    /** Prepositions whose gerund is done by the clause's subject: "ended the talks by announcing …". */
    private static final Set<String> MEANS_OR_TIME = Set.of("by", "after", "before", "upon");

    /**
     * "…, by announcing his refusal of the truce": a gerund right after "by", "after", "before" or
     * "upon" is the act of the clause's subject, though the tagger often reads the gerund as a noun
     * or a determiner there. Not "of" or "for" ("accused him of saying": the object said it) nor
     * "without" (nothing was said).
     */
    static boolean gerundOfMeans(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).text().endsWith("ing")
                && MEANS_OR_TIME.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** "He announced … and vowed …": a second verb joined to the first, sharing its subject. */
    static boolean isCoordinated(List<Token> tokens, int i) {
        int k = NounPhrases.skipBackOverAdverbs(tokens, i - 1);
        return k >= 0 && tokens.get(k).mainPos().equals("CCONJ");
    }
}
