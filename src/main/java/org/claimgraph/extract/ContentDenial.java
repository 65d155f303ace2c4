package org.claimgraph.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Denials carried by what is said rather than by the verb that reports it: "Reports that the talks
 * have collapsed are simply not accurate", "Witkoff's account did not reflect what had happened",
 * and a speaker who insists on a negative ("insisted that the talks have not collapsed").
 */
final class ContentDenial {

    private static final String SAID_THING = "(?:reports?|claims?|accusations?|allegations?|account|version|remarks|comments?"
            + "|statements?|assessment|characteri[sz]ation|description|suggestions?|assertions?)";

    /** "reports … are false", "the claims were simply not true". */
    private static final Pattern CALLED_FALSE = Pattern.compile("\\b" + SAID_THING
            + "\\b[^.;]{0,120}?\\b(?:is|are|was|were|had been|have been)\\s+(?:simply\\s+|completely\\s+|totally\\s+|entirely\\s+)?"
            + "(?:not\\s+(?:true|accurate|correct)|false|untrue|baseless|inaccurate|incorrect|wrong|unfounded|fabricated|lies|nonsense)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Witkoff's account did not reflect what had happened". */
    private static final Pattern DOES_NOT_REFLECT = Pattern.compile("\\b" + SAID_THING
            + "\\b[^.;]{0,60}?\\b(?:did|does|do)\\s+not\\s+(?:reflect|represent|describe|match)\\b", Pattern.CASE_INSENSITIVE);

    /** A negation in the first clause of what is insisted: "that the talks have not collapsed". */
    private static final Pattern NEGATED_CLAUSE = Pattern.compile(
            "^(?:that\\s+)?[^,;.]{0,60}?\\b(?:has|have|had|did|does|do|is|are|was|were)\\s+(?:not|never)\\b|^(?:that\\s+)?[^,;.]{0,60}?n['’]t\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> INSISTING = Set.of("insist", "maintain");

    private ContentDenial() {
    }

    /** Whether a report with cue lemma {@code cueLemma} and content {@code content} denies something. */
    static boolean denies(String cueLemma, String content) {
        return CALLED_FALSE.matcher(content).find() || DOES_NOT_REFLECT.matcher(content).find()
                || (INSISTING.contains(cueLemma) && NEGATED_CLAUSE.matcher(content).find());
    }
}
