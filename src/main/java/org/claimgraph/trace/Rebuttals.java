package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.domain.DataFile;

/**
 * A plain statement that disputes another's as a denial does, without a denying cue: it names what
 * was said ("the ministry's figures", "reports that …", "the group's announcement") and says it is
 * false or illegitimate ("are fabricated", "baseless", "an outright violation of the truce"). The
 * words are data ({@code rebuttals.tsv}); {@link Responses} looks for the cluster it answers as it
 * does for a denial (naming its speaker counts most).
 */
final class Rebuttals {

    /** A statement word, then (a few words or a clause later) a discrediting word. */
    private static final Pattern REBUTTAL = pattern();

    private Rebuttals() {
    }

    /** Whether the wording names a statement and discredits it. */
    static boolean discredits(String text) {
        return REBUTTAL.matcher(text).find();
    }

    private static Pattern pattern() {
        List<String> statements = new ArrayList<>();
        List<String> discredits = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(Rebuttals.class, "rebuttals.tsv")) {
            String[] cells = line.text().strip().split("\t");
            List<String> words = List.of(cells).subList(1, cells.length);
            switch (cells[0]) {
                case "statement" -> statements.addAll(words);
                case "discredit" -> discredits.addAll(words);
                default -> throw line.error("kind must be statement or discredit, not " + cells[0]);
            }
        }
        // within one sentence: a full stop between them ends the rebuttal
        return Pattern.compile("\\b(?:" + String.join("|", statements) + ")\\b[^.!?;]*?\\b(?:" + String.join("|", discredits) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
