package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.domain.Token;

/**
 * A minister's portfolio between the title and the name: "minister of Information Dawit Alemu",
 * "Minister of State for Interior and Trade Rana Farooq", "Minister of State for Europe Peter
 * Hallworth". The capitalised portfolio runs straight into the person's name, so without this the
 * run reads as one body ("Information Dawit Alemu") or the name after a known region has no cue.
 * Portfolio words come from {@code [portfolios]} in name-cues.txt. Immutable and thread-safe.
 */
final class Portfolios {

    /** At most this many capitalised words between "of"/"for" and the name. */
    private static final int MAX_PORTFOLIO_WORDS = 4;

    private final NameCues cues;

    Portfolios(NameCues cues) {
        this.cues = cues;
    }

    /**
     * Where the person's name starts in the run [from, to) when portfolio words (with "and") follow
     * a title and "of"/"for" — before the run or inside it ("Minister of State for Interior and
     * Trade Rana Farooq") — and two or more name words follow them; {@code from} otherwise.
     */
    int nameStart(List<Token> tokens, int from, int to) {
        int link = link(tokens, from, to);
        if (link < 0) {
            return from;
        }
        int k = link + 1;
        while (k < to && k - link <= MAX_PORTFOLIO_WORDS && (k < from || portfolioWord(tokens.get(k)))) {
            k++;
        }
        if (k <= from || k == link + 1 || tokens.get(k - 1).text().equals("and") || to - k < 2) {
            // no portfolio ("Director General of Military Operations" names an office), "Minister of
            // Information" alone, or a one-word rest: no name to split off
            return from;
        }
        for (int j = k; j < to; j++) {
            if (tokens.get(j).text().equals("of") || portfolioWord(tokens.get(j))) {
                return from; // "… Foreign Affairs of Cyprus": still the office
            }
        }
        return k;
    }

    /**
     * Whether the run at {@code from} follows a title, "of"/"for" and capitalised words (the
     * portfolio, maybe a region the gazetteer named: "Minister of State for Europe").
     */
    boolean portfolioBefore(List<Token> tokens, int from) {
        int k = from - 1;
        int words = 0;
        while (k >= 0 && words < MAX_PORTFOLIO_WORDS && (tokens.get(k).isCapitalised() || tokens.get(k).text().equals("and"))
                && !isTitle(tokens.get(k))) {
            k--;
            words++;
        }
        return words > 0 && afterTitle(tokens, k + 1);
    }

    /**
     * The "of"/"for" after a title that opens the portfolio of the run [from, to): inside the run,
     * or before it with only portfolio words and "and" between; -1 when there is none.
     */
    private int link(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if ((t.text().equals("of") || t.text().equals("for")) && isTitle(tokens.get(k - 1))) {
                return k;
            }
            if (k < from && !portfolioWord(t)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean portfolioWord(Token t) {
        return cues.is("portfolios", t.text()) || t.text().equals("and");
    }

    /** "… minister of" or "… Secretary for" just before {@code at}. */
    private boolean afterTitle(List<Token> tokens, int at) {
        if (at < 2) {
            return false;
        }
        String link = tokens.get(at - 1).text();
        return (link.equals("of") || link.equals("for")) && isTitle(tokens.get(at - 2));
    }

    private boolean isTitle(Token t) {
        return cues.is("titles", t.text()) && !cues.is("honorifics", t.text());
    }
}
