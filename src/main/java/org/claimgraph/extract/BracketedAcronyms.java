package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Acronyms an article defines by putting them in brackets right after a name it typed: "the Tigray
 * People's Liberation Front (TPLF)", "the National Election Board of Ethiopia (NEBE)". The bracketed
 * acronym and every later bare use of it name that body, as a reader takes them; news writes the
 * short form alone from then on ("the TPLF said"), with no cue a capitalised word could be typed by.
 * Only bodies, not people or places; and an acronym bracketed after two different names means
 * nothing. The acronym also tells where a name with "and" inside starts, which the name's words
 * alone cannot: "the National Intelligence and Security Agency (NISA)" is one name, because NISA
 * spells its initials. Immutable.
 */
final class BracketedAcronyms {

    /**
     * "(TPLF)", "(NEBE)", "(FARC)": two to seven letters, capitals but for an inner lower-case one ("(AFCon)" no);
     * also after the name's possessive, "the Varga Front's (VF) fighters".
     */
    private static final Pattern BRACKET = Pattern.compile("\\A(?:['’]s)?\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}]?\\p{Lu}{1,5})\\)");

    /** Capitalised words and "and" right before a name: "National Intelligence and " before "Security Agency". */
    private static final Pattern AND_BEFORE = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*\\s+)+and\\s+)\\z");
    /** Words an acronym leaves out. */
    private static final Set<String> SKIPPED = Set.of("and", "of", "the", "for", "in", "on", "de", "del", "la");

    private final Map<String, ProperNounFinder.Candidate> byAcronym;

    private BracketedAcronyms(Map<String, ProperNounFinder.Candidate> byAcronym) {
        this.byAcronym = byAcronym;
    }

    /** The acronyms the article brackets after the bodies among {@code typed}. */
    static BracketedAcronyms in(String text, List<ProperNounFinder.Candidate> typed) {
        Map<String, ProperNounFinder.Candidate> found = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (ProperNounFinder.Candidate c : typed) {
            if (c.type() == EntityType.Person || c.type().isPlace() || c.name().split(" ").length < 2) {
                continue;
            }
            Matcher m = BRACKET.matcher(text.substring(c.span().end(), Math.min(text.length(), c.span().end() + 12)));
            if (!m.find()) {
                continue;
            }
            String acronym = m.group(1);
            ProperNounFinder.Candidate before = found.putIfAbsent(acronym, c);
            if (before != null && !before.name().equals(c.name())) {
                clash.put(acronym, true);
            }
        }
        clash.keySet().forEach(found::remove);
        return new BracketedAcronyms(found);
    }

    /**
     * {@code typed} with each body whose bracketed acronym spells the initials of a longer name
     * that runs back over "… and" widened to that name ("Security Agency" → "National
     * Intelligence and Security Agency" before "(NISA)").
     */
    static List<ProperNounFinder.Candidate> widened(String text, List<ProperNounFinder.Candidate> typed) {
        List<ProperNounFinder.Candidate> out = new ArrayList<>();
        for (ProperNounFinder.Candidate c : typed) {
            Matcher bracket = BRACKET.matcher(text.substring(c.span().end(), Math.min(text.length(), c.span().end() + 12)));
            Matcher before = AND_BEFORE.matcher(text.substring(Math.max(0, c.span().begin() - 80), c.span().begin()));
            Optional<ProperNounFinder.Candidate> wider = Optional.empty();
            if (c.type() != EntityType.Person && !c.type().isPlace() && bracket.find() && before.find()
                    && !initials(c.name()).equals(bracket.group(1).toUpperCase(Locale.ROOT))) {
                String acronym = bracket.group(1).toUpperCase(Locale.ROOT);
                String words = before.group(1);
                // the fewest words back that the acronym spells: "Peace and" in "the AU Peace and Security Council (PSC)"
                for (int k = words.lastIndexOf(" and"); k > 0 && wider.isEmpty(); k = words.lastIndexOf(' ', k - 1)) {
                    String from = words.substring(words.lastIndexOf(' ', k - 1) + 1);
                    String longer = (from + c.name()).replaceAll("\\s+", " ").strip();
                    if (initials(longer).equals(acronym)) {
                        Span span = new Span(c.span().begin() - from.length(), c.span().end());
                        wider = Optional.of(new ProperNounFinder.Candidate(span, longer, c.type(), c.confidence(), c.titleSpan()));
                    }
                }
            }
            out.add(wider.orElse(c));
        }
        return out;
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    /**
     * The body a one-word candidate names when it is one of the article's bracketed acronyms, whatever
     * its context typed it as: "in CAR" reads as a place to the context rules, but the article said
     * what CAR is.
     */
    Optional<ProperNounFinder.Candidate> of(ProperNounFinder.Candidate c) {
        ProperNounFinder.Candidate body = byAcronym.get(c.name());
        if (body == null || body == c || c.name().contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(new ProperNounFinder.Candidate(c.span(), body.name(), body.type(), 0.6, Optional.empty()));
    }

    /** The body a one-token run names when it is one of the article's bracketed acronyms. */
    Optional<ProperNounFinder.Candidate> of(NameRuns.Run run) {
        if (run.to() - run.from() != 1) {
            return Optional.empty();
        }
        Token t = run.sentence().tokens().get(run.from());
        ProperNounFinder.Candidate body = byAcronym.get(t.withoutPossessive());
        if (body == null) {
            return Optional.empty();
        }
        Span span = new Span(t.span().begin(), t.span().begin() + t.withoutPossessive().length());
        return Optional.of(new ProperNounFinder.Candidate(span, body.name(), body.type(), 0.6, Optional.empty()));
    }
}
