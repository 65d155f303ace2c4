package org.claimgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.domain.ActorProfile;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityIds;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.domain.ResolvedDevelopment.NegotiationRef;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;
import org.claimgraph.extract.ActingFor;
import org.claimgraph.extract.Dateline;

/**
 * Resolution of numbers and negotiation steps: a quantity is stated by the source that
 * {@link FigureSources} finds for it ("the Hamas-run health ministry reporting a death toll
 * exceeding 59,000" → the Gaza Health Ministry) and speaks of the publication day; a development
 * belongs to the negotiation process of its topic, theatre (the territory or country the article's
 * places lie in, else its venue: {@link #theatre}) and year, so developments from different articles meet on one IRI;
 * mediators are the actors the article calls mediators ("Qatari mediators", "mediated by Egypt").
 * Immutable and thread-safe.
 */
final class EventResolver {

    /** Words only, at most 25 characters: a subject just before the verb ("the group delivered"). */
    private static final Pattern SHORT_WORDS = Pattern.compile("[\\s\\p{L}]{0,25}");

    /** A state named after a preposition of place is a place there ("strikes in eastern Ukraine"). */
    private static final Pattern LOCATIVE = Pattern.compile(
            "\\b(?:in|across|inside|into|near|throughout|on|at)\\s+(?:the\\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\\s+|central\\s+|occupied\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Entity> statesActedFor;
    private final Map<String, ActorProfile> profiles;
    private final FigureSources figureSources = FigureSources.load();

    /**
     * @param statesActedFor the state each known office or agency acts for, by IRI
     * @param profiles       what the reference data knows of each entity, by IRI: a place's parent place
     */
    EventResolver(Map<String, Entity> statesActedFor, Map<String, ActorProfile> profiles) {
        this.statesActedFor = Map.copyOf(statesActedFor);
        this.profiles = Map.copyOf(profiles);
    }

    /**
     * Where an article's negotiations are about: of the places it names as places, or after a
     * preposition of place (the venues of
     * its talks and their countries left out), each lifted through the reference data's place
     * hierarchy to its territory or country ("Gaza City" → the Gaza Strip, "Kharkiv" → Ukraine),
     * a territory before a country, then the most named, then the first.
     */
    Optional<Entity> theatre(String text, List<Mention> resolved, Set<String> venues) {
        Map<Entity, Integer> named = new LinkedHashMap<>();
        for (Mention m : resolved) {
            boolean asPlace = m.use() == EntityType.Kind.PLACE
                    || LOCATIVE.matcher(text.substring(Math.max(0, m.span().begin() - 40), m.span().begin())).find();
            if (asPlace && m.entity().isPlace() && !venues.contains(m.entity().iri()) && !Dateline.covers(text, m.span())) {
                theatreLevel(m.entity()).filter(t -> !venues.contains(t.iri())).ifPresent(t -> named.merge(t, 1, Integer::sum));
            }
        }
        List<Entity> order = new ArrayList<>(named.keySet());
        return named.keySet().stream().min(Comparator
                .comparing((Entity e) -> e.is(EntityType.Territory) ? 0 : 1)
                .thenComparing(e -> -named.get(e))
                .thenComparing(order::indexOf));
    }

    /** The territory or country a place lies in, following its parent places (itself when it is one). */
    private Optional<Entity> theatreLevel(Entity place) {
        Entity at = place;
        for (int depth = 0; depth < 5 && at != null; depth++) {
            if (at.is(EntityType.Territory) || at.is(EntityType.Country)) {
                return Optional.of(at);
            }
            at = profiles.getOrDefault(at.iri(), ActorProfile.NONE).affiliations().stream().filter(Entity::isPlace).findFirst()
                    .orElse(null);
        }
        return Optional.empty();
    }

    List<ResolvedQuantity> quantities(ExtractedArticle article, List<Mention> resolved, List<ResolvedAttribution> attributions) {
        Optional<LocalDate> published = article.article().metadata().publishedDate();
        List<ResolvedQuantity> out = new ArrayList<>();
        String text = article.article().text();
        List<Sentence> sentences = article.annotated().sentences();
        Optional<ResolvedQuantity> previous = Optional.empty();
        for (Quantity q : article.quantities()) {
            Optional<Speaker> by = figureSources.statedBy(q, text, sentences, attributions, resolved);
            if (by.isEmpty() && previous.isPresent()) {
                by = FigureSources.chained(q, previous.get(), text); // "… at 610, with 4,746 injured"
            }
            ResolvedQuantity r = new ResolvedQuantity(q, by, published);
            out.add(r);
            previous = Optional.of(r);
        }
        return out;
    }

    List<ResolvedDevelopment> developments(ExtractedArticle article, List<Mention> resolved, List<ResolvedAttribution> attributions) {
        Set<String> known = new LinkedHashSet<>();
        resolved.forEach(m -> known.add(m.entity().iri()));
        Set<String> venues = new HashSet<>();
        article.developments().forEach(d -> d.venue().ifPresent(v -> {
            venues.add(v.iri());
            theatreLevel(v).ifPresent(t -> venues.add(t.iri()));
        }));
        Optional<Entity> theatreOfArticle = theatre(article.article().text(), resolved, venues);
        Optional<LocalDate> published = article.article().metadata().publishedDate();
        List<ResolvedDevelopment> out = new ArrayList<>();
        String text = article.article().text();
        for (Development d : article.developments()) {
            List<Entity> actors = d.actors().stream().filter(e -> known.contains(e.iri())).toList();
            if (actors.isEmpty()) {
                // "the group delivered its reply": a subject that resolution has just named
                actors = resolved.stream().filter(m -> m.use() == EntityType.Kind.ACTOR && m.span().end() <= d.trigger().begin()
                        && SHORT_WORDS.matcher(text.substring(m.span().end(), d.trigger().begin())).matches())
                        .reduce((a, b) -> b).map(m -> List.of(m.entity())).orElse(List.of());
            }
            if (actors.isEmpty()) {
                // "Israel announced that it was bringing its delegation back": the speaker acts
                actors = speakerOf(d, attributions).map(List::of).orElse(List.of());
            }
            if (d.kind() == Development.Kind.AGREEMENT) {
                actors = actors.stream().map(this::partyOf).distinct().toList();
            }
            // "the ceasefire took effect", "talks stalled": told with nobody named; a deal so told needs its day
            // ("a truce agreed on 3 March still holds"), or it is only spoken of
            boolean needsNoActor = d.kind() == Development.Kind.PAUSE || d.kind() == Development.Kind.COLLAPSE
                    || d.kind() == Development.Kind.IMPLEMENTATION
                    || (d.kind() == Development.Kind.AGREEMENT && d.date().flatMap(t -> t.date()).isPresent());
            if (actors.isEmpty() && !needsNoActor) {
                continue; // nobody does it: a plan or proposal spoken of, not a step taken
            }
            Optional<LocalDate> date = d.date().flatMap(t -> t.date()).or(() -> published);
            String theatre = theatreOfArticle.or(d::venue).map(Entity::label).orElse("unspecified place");
            String year = date.map(x -> Integer.toString(x.getYear())).orElse("undated");
            String topic = d.topic().code();
            NegotiationRef ref = new NegotiationRef(
                    EntityIds.ID + "negotiation/" + EntityIds.slug(topic + " " + theatre + " " + year),
                    year + " " + theatre + " " + topic.replace('_', ' ') + " talks");
            out.add(new ResolvedDevelopment(d, actors, ref, date, d.date().flatMap(t -> t.date()).isEmpty()));
        }
        return out;
    }

    /** The speaker whose reported words hold the step's trigger, as the state an office acts for (a military as itself). */
    private Optional<Entity> speakerOf(Development d, List<ResolvedAttribution> attributions) {
        return attributions.stream()
                .filter(a -> a.attribution().content().stream().anyMatch(c -> c.contains(d.trigger())))
                .reduce((a, b) -> b).flatMap(a -> a.speaker().entity())
                .map(e -> ActingFor.of(e, statesActedFor));
    }

    /**
     * Who a deal binds when a person signs or announces it: the state or armed group the reference
     * data affiliates the person with ("Netanyahu announced a ceasefire agreement with Lebanon" is
     * Israel's deal; "Medinsky said the sides agreed" Russia's). A person with no such affiliation
     * stays. Other steps stay personal: envoys meet and draft, a president orders a truce into effect.
     */
    Entity partyOf(Entity actor) {
        if (!actor.is(EntityType.Person)) {
            return actor;
        }
        return profiles.getOrDefault(actor.iri(), ActorProfile.NONE).affiliations().stream()
                .filter(e -> e.is(EntityType.State) || e.is(EntityType.ArmedGroup)).findFirst().orElse(actor);
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
