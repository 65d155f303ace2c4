package org.claimgraph.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.Span;
import org.claimgraph.extract.NameCues;

/**
 * Whether a one-word person name that no one else in the article carries is still a person of its
 * own: a surname under an honorific ("Mr. Lokwan", as papers write a person they never name in full)
 * or a one-word name with its office in apposition ("Arop, the Council's Secretary", "Arop,
 * President of the Youth Union"), as news writes people who go by one name. Other one-word persons
 * with no full name nearby stay unresolved: most are pieces of a title or a name the rules split
 * ("Arab and African affairs", "Chief of the General Staff").
 */
final class OneNamePersons {

    /** The honorifics are name-cues.txt's [honorifics], the words extraction splits off a name. */
    private static final NameCues CUES = NameCues.load();
    /** The word right before the name, with its full stop: "Mr." in "Mr. Lokwan". */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{L}+\\.?) \\z");
    /**
     * ", the Council's Secretary", ", President of …", ", Chairman of …": a capitalised office word in
     * apposition. Its own list, narrower than name-cues.txt's lower-case [roles] (which also holds
     * "member", "resident", "witness"): only the offices of a body, as written before its name.
     */
    private static final Pattern OFFICE_AFTER = Pattern.compile("\\A, (?:the (?:\\p{Lu}[\\p{L}-]*['’]s )?)?"
            + "(?:President|Secretary|Chairman|Chairperson|Chairwoman|Vice-President|Director|Spokesperson|Spokesman|Leader|Convenor)\\b");

    private OneNamePersons() {
    }

    static boolean cued(String text, Span name) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, name.begin() - 12), name.begin()));
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 60));
        return (before.find() && CUES.is("honorifics", before.group(1))) || OFFICE_AFTER.matcher(after).find();
    }
}
