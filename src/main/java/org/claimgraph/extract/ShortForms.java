package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.domain.EntityType;
import org.claimgraph.extract.ProperNounFinder.Candidate;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Decides whether a run no context word types is the short form of a name the article typed
 * elsewhere: a surname, a given name, an organisation's first word. Split out of
 * {@link ProperNounFinder}, which finds and types the runs. Stateless.
 */
final class ShortForms {

    private ShortForms() {
    }

    /**
     * An untyped run that repeats part of a name typed in the article: a surname ("Mansour",
     * "Al-Thani" after "Mohammed bin Abdulrahman Al Thani"), a given name no one's surname is
     * ("Debretsion" after "Debretsion Gebremichael"), or an organisation's first word.
     */
    static Optional<Candidate> of(NameRuns.Run run, List<Candidate> typed) {
        List<Token> tokens = run.sentence().tokens();
        if (run.to() - run.from() > 3) {
            return Optional.empty();
        }
        Token last = tokens.get(run.to() - 1);
        Span span = new Span(tokens.get(run.from()).span().begin(), ProperNounFinder.end(last));
        String word = ProperNounFinder.name(tokens, run.from(), run.to());
        String key = nameKey(word);
        List<String> carriers = typed.stream().filter(c -> c.type() == EntityType.Person && nameKey(c.name()).endsWith(" " + key))
                .map(Candidate::name).distinct().toList();
        if (carriers.isEmpty() && run.to() - run.from() == 1) {
            // a given name alone, as Ethiopian, Eritrean and Somali news writes its people ("Debretsion"
            // after "Debretsion Gebremichael"): only when nobody's surname it is and one person has it
            carriers = typed.stream().filter(c -> c.type() == EntityType.Person && nameKey(c.name()).startsWith(key + " "))
                    .map(Candidate::name).distinct().toList();
        }
        if (carriers.size() == 1) {
            return Optional.of(new Candidate(span, carriers.get(0), EntityType.Person, 0.6, Optional.empty()));
        }
        for (Candidate c : typed) {
            String[] words = c.name().split(" ");
            if (run.to() - run.from() == 1 && words.length >= 2 && c.type() != EntityType.Person && !c.type().isPlace()
                    && words[0].equals(word)) {
                return Optional.of(new Candidate(span, c.name(), c.type(), 0.6, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** A name folded for comparing its parts: lower case, hyphens as spaces, no leading Arabic article. */
    static String nameKey(String name) {
        String spaced = SPACES.matcher(HYPHENS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        return ARABIC_ARTICLE.matcher(spaced).replaceFirst("");
    }

    // compiled once: nameKey runs for every pair of names an article compares
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(al|el) ");
}
