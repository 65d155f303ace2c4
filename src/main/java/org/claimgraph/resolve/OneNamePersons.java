package org.claimgraph.resolve;

import java.util.regex.Pattern;
import org.claimgraph.domain.Span;

/**
 * Whether a one-word person name that no one else in the article carries is still a person of its
 * own: a surname under an honorific ("Mr. Lokwan", as papers write a person they never name in full)
 * or a one-word name with its office in apposition ("Arop, the Council's Secretary", "Arop,
 * President of the Youth Union"), as news writes people who go by one name. Other one-word persons
 * with no full name nearby stay unresolved: most are pieces of a title or a name the rules split
 * ("Arab and African affairs", "Chief of the General Staff").
 */
final class OneNamePersons {

    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("(?<!\\p{L})(?:Mr|Mrs|Ms|Dr|Prof)\\.? \\z");
    /** ", the Council's Secretary", ", President of …", ", Chairman of …": a capitalised office word in apposition. */
    private static final Pattern OFFICE_AFTER = Pattern.compile("\\A, (?:the (?:\\p{Lu}[\\p{L}-]*['’]s )?)?"
            + "(?:President|Secretary|Chairman|Chairperson|Chairwoman|Vice-President|Director|Spokesperson|Spokesman|Leader|Convenor)\\b");

    private OneNamePersons() {
    }

    static boolean cued(String text, Span name) {
        String before = text.substring(Math.max(0, name.begin() - 6), name.begin());
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 60));
        return HONORIFIC_BEFORE.matcher(before).find() || OFFICE_AFTER.matcher(after).find();
    }
}
