package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.domain.Token;

/**
 * Asides set off by commas between a subject and its verb that say how someone spoke, not who:
 * "The minister, also without offering proof, said". Stateless.
 */
final class Asides {

    private Asides() {
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
}
