package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;

/**
 * The mediators a clause names with its deal or talks: "agreed to a ceasefire during talks mediated
 * by Qatar and Türkiye", "brokered by mediators Norway and Switzerland", "an
 * Oman-mediated deal". News annotators (and readers) count a mediator among those who make the deal
 * and hold the talks, so these are added to the agreements and talks of their clause; the sides of the
 * deal are found without them (a mediator after "by" is no side). Mediation words come from
 * {@code development-cues.tsv} ({@code [mediation]}). Stateless.
 */
final class SentenceMediators {

    /** The steps a mediator takes part in. */
    private static final Set<Kind> MEDIATED = Set.of(Kind.AGREEMENT, Kind.TALKS_HELD);
    /** Words that may stand between a mediation word and the mediators, or between two of them. */
    private static final Set<String> LINKS = Set.of("by", "the", "mediators", "mediator", "of", ",", "and", "including", "from");

    private SentenceMediators() {
    }

    /** One naming of mediators: the words from the first to the last of them, and who they are. */
    record Mediation(int begin, int end, List<Entity> who) {
    }

    /** The namings of mediators in sentence {@code s}, each actor as {@code actingFor} gives it. */
    static List<Mediation> in(String text, Sentence s, List<Mention> mentions, Set<String> mediationWords, UnaryOperator<Entity> actingFor) {
        List<Mention> actors = mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR)
                .sorted(Comparator.comparing(Mention::span)).toList();
        List<Mediation> out = new ArrayList<>();
        for (var t : s.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            int hyphen = w.lastIndexOf('-');
            if (!mediationWords.contains(w) && !(hyphen > 0 && mediationWords.contains(w.substring(hyphen + 1)))) {
                continue;
            }
            int cue = hyphen > 0 && !mediationWords.contains(w) ? t.span().begin() + hyphen : t.span().begin();
            Set<Entity> who = new LinkedHashSet<>();
            int begin = t.span().begin();
            // "Oman-mediated", "Qatari and Egyptian mediators": the actors written against the word, and those joined to them
            int to = cue;
            for (int k = actors.size() - 1; k >= 0; k--) {
                Mention m = actors.get(k);
                if (m.span().end() > to) {
                    continue;
                }
                String between = text.substring(m.span().end(), to);
                if (!(to == cue ? between.matches("\\s*-?\\s*") : between.matches("\\s*(?:,|and|, and)\\s*"))) {
                    break;
                }
                who.add(actingFor.apply(m.entity()));
                begin = m.span().begin();
                to = begin;
            }
            // "mediated by Qatar and Türkiye", "by mediators Norway and Switzerland": a chain of names after it
            int at = t.span().end();
            for (Mention m : actors) {
                if (m.span().begin() < at) {
                    continue;
                }
                if (!links(text.substring(at, m.span().begin()))) {
                    break;
                }
                who.add(actingFor.apply(m.entity()));
                at = m.span().end();
            }
            if (!who.isEmpty()) {
                out.add(new Mediation(begin, Math.max(at, t.span().end()), new ArrayList<>(who)));
            }
        }
        return out;
    }

    /**
     * The mediators of {@code d}: those of the namings in its clause — no comma or semicolon between
     * its trigger and the naming ("landed for talks with Hamas, two days after the group delivered
     * its reply to Qatari mediators" gives the talks none).
     */
    static List<Entity> of(Development d, String text, List<Mediation> mediations) {
        if (!MEDIATED.contains(d.kind())) {
            return List.of();
        }
        Set<Entity> out = new LinkedHashSet<>();
        for (Mediation m : mediations) {
            boolean covers = m.begin() <= d.trigger().begin() && d.trigger().end() <= m.end();
            String between = m.end() <= d.trigger().begin() ? text.substring(m.end(), d.trigger().begin())
                    : d.trigger().end() <= m.begin() ? text.substring(d.trigger().end(), m.begin()) : "";
            if (covers || !(between.contains(",") || between.contains(";"))) {
                out.addAll(m.who());
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean links(String between) {
        for (String word : between.replace(",", " , ").trim().split("\\s+")) {
            if (!word.isEmpty() && !LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** {@code d} without {@code mediators} among its actors, so its sides are judged alone. */
    static Development without(Development d, List<Entity> mediators) {
        return with(d, d.actors().stream().filter(e -> !mediators.contains(e)).toList());
    }

    /** {@code d} with {@code mediators} added after its actors. */
    static Development plus(Development d, List<Entity> mediators) {
        List<Entity> all = new ArrayList<>(d.actors());
        mediators.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return with(d, all);
    }

    private static Development with(Development d, List<Entity> actors) {
        return new Development(d.sentence(), d.span(), d.trigger(), d.kind(), actors, d.venue(), d.topic(), d.date());
    }
}
