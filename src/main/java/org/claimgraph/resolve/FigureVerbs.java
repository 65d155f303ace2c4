package org.claimgraph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.Span;

/**
 * Who gives a figure through a verb of counting rather than of speech: "the ministry put the death
 * toll at 610", "the monitor recorded 45 deaths", "officials later revised the toll to 950". The
 * subject of the verb, in the figure's clause, states the figure when it names an actor or ends in
 * a noun of a source ("ministry", "officials"), both listed in {@code figure-sources.tsv}.
 * Immutable and thread-safe.
 */
final class FigureVerbs {

    private final Pattern clause;
    private final Pattern sourceNoun;
    private final Pattern issuedBy;

    /**
     * @param verbs       verb forms of counting, as regular expressions ("put", "recorded")
     * @param sourceNouns nouns a subject that gives figures ends in, as regular expressions
     */
    FigureVerbs(List<String> verbs, List<String> sourceNouns) {
        String verb = verbs.isEmpty() ? "(?!)" : String.join("|", verbs);
        // the subject runs from the clause's start to the verb; between the verb and the figure, at most
        // an object ("the death toll") and a preposition, no clause break
        this.clause = Pattern.compile("(?:^|[,;:]\\s*|\\b(?:and|but|while|as)\\s+)(?<subject>[^,;:]{2,80}?)\\s+"
                + "(?:(?:has|have|had|later|also|now|on \\w+)\\s+)*(?:" + verb + ")\\b[^,;:.]{0,50}$", Pattern.CASE_INSENSITIVE);
        String noun = sourceNouns.isEmpty() ? "(?!)" : String.join("|", sourceNouns);
        this.sourceNoun = Pattern.compile("\\b(?:" + noun + ")$", Pattern.CASE_INSENSITIVE);
        this.issuedBy = Pattern.compile("\\s*(?:from|by|of|issued by|released by|compiled by|published by)\\s+(?:the\\s+)?"
                + "((?:[\\p{L}’'-]+\\s+){0,4}?(?:" + noun + "))\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Matches, at its start, the unnamed issuer that follows a document's words ("[figures] from the
     * local council"): group 1 is the issuer's words.
     */
    Matcher issuedBy(String after) {
        return issuedBy.matcher(after);
    }

    /** Who gives the figure at {@code figure} in the sentence at {@code sentence}, by a verb of counting. */
    Optional<Speaker> subject(String text, Span sentence, Span figure, List<Mention> mentions) {
        if (figure.begin() <= sentence.begin()) {
            return Optional.empty();
        }
        String before = text.substring(sentence.begin(), figure.begin());
        Matcher m = clause.matcher(before);
        if (!m.find()) {
            return Optional.empty();
        }
        Span subject = new Span(sentence.begin() + m.start("subject"), sentence.begin() + m.end("subject"));
        String words = subject.of(text).strip();
        // a named subject: the actor whose mention ends the subject ("Hezbollah", "the Health Ministry of X")
        Optional<Entity> head = mentions.stream()
                .filter(x -> x.entity().isActor() && subject.contains(x.span()) && text.substring(x.span().end(), subject.end()).isBlank())
                .map(Mention::entity).findFirst();
        if (head.isPresent()) {
            return Optional.of(Speaker.named(head.get()));
        }
        if (!sourceNoun.matcher(words.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty(); // "the strike killed 12": no source, the reporter's figure
        }
        Optional<Entity> affiliation = mentions.stream()
                .filter(x -> x.entity().isActor() && subject.contains(x.span())).map(Mention::entity).findFirst();
        return Optional.of(Speaker.unnamed(Optional.of(SpeakerResolver.descriptor(words)), affiliation));
    }
}
