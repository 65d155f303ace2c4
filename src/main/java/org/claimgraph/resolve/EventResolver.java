package org.claimgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityIds;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.domain.ResolvedDevelopment.NegotiationRef;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;

/**
 * Resolution of numbers and negotiation steps: a quantity is stated by the source that
 * {@link FigureSources} finds for it ("the Hamas-run health ministry reporting a death toll
 * exceeding 59,000" → the Gaza Health Ministry) and speaks of the publication day; a development
 * belongs to the negotiation process of its topic, theatre (the Gaza Strip when the article is
 * about it, else its venue) and year, so developments from different articles meet on one IRI;
 * mediators are the actors the article calls mediators ("Qatari mediators", "mediated by Egypt").
 * Immutable and thread-safe.
 */
final class EventResolver {

    private static final String GAZA_STRIP = EntityIds.ID + "gaza-strip";

    private final Map<String, Entity> statesActedFor;
    private final FigureSources figureSources = FigureSources.load();

    /** @param statesActedFor the state each known office or agency acts for, by IRI */
    EventResolver(Map<String, Entity> statesActedFor) {
        this.statesActedFor = Map.copyOf(statesActedFor);
    }

    List<ResolvedQuantity> quantities(ExtractedArticle article, List<Mention> resolved, List<ResolvedAttribution> attributions) {
        Optional<LocalDate> published = article.article().metadata().publishedDate();
        List<ResolvedQuantity> out = new ArrayList<>();
        String text = article.article().text();
        List<Sentence> sentences = article.annotated().sentences();
        for (Quantity q : article.quantities()) {
            out.add(new ResolvedQuantity(q, figureSources.statedBy(q, text, sentences, attributions, resolved), published));
        }
        return out;
    }

    List<ResolvedDevelopment> developments(ExtractedArticle article, List<Mention> resolved, List<ResolvedAttribution> attributions) {
        Set<String> known = new LinkedHashSet<>();
        resolved.forEach(m -> known.add(m.entity().iri()));
        // the Gaza Strip is the theatre when the article names it or a place in it ("Gaza City")
        boolean aboutGaza = known.contains(GAZA_STRIP)
                || resolved.stream().anyMatch(m -> m.entity().isPlace() && m.entity().label().contains("Gaza"));
        Optional<LocalDate> published = article.article().metadata().publishedDate();
        List<ResolvedDevelopment> out = new ArrayList<>();
        String text = article.article().text();
        for (Development d : article.developments()) {
            List<Entity> actors = d.actors().stream().filter(e -> known.contains(e.iri())).toList();
            if (actors.isEmpty()) {
                // "the group delivered its reply": a subject that resolution has just named
                actors = resolved.stream().filter(m -> m.use() == EntityType.Kind.ACTOR && m.span().end() <= d.trigger().begin()
                        && text.substring(m.span().end(), d.trigger().begin()).matches("[\\s\\p{L}]{0,25}"))
                        .reduce((a, b) -> b).map(m -> List.of(m.entity())).orElse(List.of());
            }
            if (actors.isEmpty()) {
                // "Israel announced that it was bringing its delegation back": the speaker acts
                actors = attributions.stream()
                        .filter(a -> a.attribution().content().stream().anyMatch(c -> c.contains(d.trigger())))
                        .reduce((a, b) -> b).flatMap(a -> a.speaker().entity())
                        .map(e -> statesActedFor.getOrDefault(e.iri(), e)).map(List::of).orElse(List.of());
            }
            boolean needsNoActor = d.kind() == Development.Kind.PAUSE || d.kind() == Development.Kind.COLLAPSE
                    || d.kind() == Development.Kind.IMPLEMENTATION; // "the ceasefire took effect", "talks stalled"
            if (actors.isEmpty() && !needsNoActor) {
                continue; // nobody does it: a plan or proposal spoken of, not a step taken
            }
            Optional<LocalDate> date = d.date().flatMap(t -> t.date()).or(() -> published);
            String theatre = aboutGaza ? "Gaza Strip" : d.venue().map(Entity::label).orElse("unspecified place");
            String year = date.map(x -> Integer.toString(x.getYear())).orElse("undated");
            String topic = d.topic().code();
            NegotiationRef ref = new NegotiationRef(
                    EntityIds.ID + "negotiation/" + EntityIds.slug(topic + " " + theatre + " " + year),
                    year + " " + theatre + " " + topic.replace('_', ' ') + " talks");
            out.add(new ResolvedDevelopment(d, actors, ref, date, d.date().flatMap(t -> t.date()).isEmpty()));
        }
        return out;
    }

    /** Actors the article calls mediators: "Qatari mediators", "mediators Qatar and Egypt", "mediated by Egypt". */
    List<Entity> mediators(ExtractedArticle article, List<Mention> resolved) {
        Set<Entity> mediators = new LinkedHashSet<>();
        for (Sentence s : article.annotated().sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (!w.startsWith("mediat")) {
                    continue;
                }
                int at = tokens.get(i).span().begin();
                int end = tokens.get(i).span().end();
                String text = article.article().text();
                for (Mention m : resolved) {
                    boolean state = m.entity().is(EntityType.State) || m.entity().is(EntityType.Government);
                    boolean before = m.sentence() == s.index() && m.span().end() <= at
                            && text.substring(m.span().end(), at).matches("\\s*(?:(?:and|,)\\s*\\p{L}+\\s*)?");
                    boolean after = m.sentence() == s.index() && m.span().begin() >= end
                            && text.substring(end, m.span().begin()).matches("\\s*(?:from|including|by|such as|,)?\\s*(?:the\\s*)?");
                    if (state && (before || after)) {
                        mediators.add(m.entity());
                    }
                }
            }
        }
        return new ArrayList<>(mediators);
    }
}
