package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;

/** Where a figure was counted, from the places its sentence names. Stateless. */
final class FigurePlace {

    /** A place after the number is the figure's place only when a preposition introduces it ("killed in Gaza"). */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|across|inside|near|around|throughout|at|on)\\s+(?:the\\s+)?$");

    private FigurePlace() {
    }

    /**
     * The place the sentence names for it: the first place after the number that a preposition
     * introduces in the same clause ("killed in Gaza"), else the last before ("a strike in Khan Younis killed 14"), else
     * the first after ("Gaza's civil defence agency" is where the counting happens when nothing else is).
     */
    static Optional<Entity> of(String text, Sentence s, Span number, List<Mention> mentions) {
        List<Mention> places = mentions.stream()
                .filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.PLACE).toList();
        List<Mention> after = places.stream().filter(m -> m.span().begin() >= number.end()).toList();
        Optional<Mention> introduced = after.stream()
                .filter(m -> text.substring(number.end(), m.span().begin()).matches("[^,;:()]*")) // in the same clause
                .filter(m -> LOCATIVE.matcher(text.substring(Math.max(s.span().begin(), m.span().begin() - 20), m.span().begin())).find())
                .findFirst();
        return introduced
                .or(() -> places.stream().filter(m -> m.span().end() <= number.begin()).reduce((a, b) -> b))
                .or(() -> after.stream().findFirst())
                .map(Mention::entity);
    }
}
