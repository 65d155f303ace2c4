package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityIds;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Mention.MatchKind;
import org.claimgraph.domain.Span;

/**
 * Finds the actors and places an article names: gazetteer names, aliases and demonyms first
 * (linked to reference entities), then proper-noun sequences the gazetteer does not know, typed by
 * context (given IRIs minted from their name; the resolver may still merge or drop them). Then
 * decides for each country whether it is spoken of as an actor or a place, and collects stated
 * roles. Repeated blocks marked by the cleaner are skipped. Immutable and thread-safe.
 */
public final class NameExtractor implements Extractor {

    private final Gazetteer gazetteer;
    private final ProperNounFinder properNouns;
    private final MentionUse use;
    private final RoleFinder roles;
    private final NameCues cues;
    private final Transliterations transliterations;
    private final SpelledAcronyms acronyms;

    public NameExtractor(Gazetteer gazetteer) {
        this.transliterations = new Transliterations(gazetteer);
        this.acronyms = new SpelledAcronyms(gazetteer.entries());
        NameCues cues = NameCues.load();
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.properNouns = new ProperNounFinder(cues);
        this.use = new MentionUse(cues);
        this.roles = new RoleFinder(cues);
        Map<String, String> first = new HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            String w = entry.surface();
            if (entry.how() == MatchKind.DEMONYM && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith("s")) {
                first.putIfAbsent(entry.entity().iri(), w);
            }
        }
        this.demonyms = Map.copyOf(first);
    }

    /** A country's first demonym in the reference data, by IRI: "Lebanese". */
    private final Map<String, String> demonyms;

    @Override
    public ExtractedArticle extract(AnnotatedArticle article) {
        String text = article.text();
        List<Mention> mentions = new ArrayList<>();
        List<Span> kickers = SectionKickers.in(text); // "AFRICA" above a headline names nothing the article speaks of
        for (Gazetteer.Match m : gazetteer.find(text)) {
            if (!article.clean().isSkipped(m.span()) && kickers.stream().noneMatch(k -> k.overlaps(m.span())) && !partOfLongerName(text, m) && !afterNameParticle(text, m)
                    && !regionOfTitle(text, m) && !namesADocumentOrDay(text, m)
                    && (m.span().length() > 1 || inPlatformContext(text, m.span()))) {
                Entity e = m.entry().entity();
                Span span = withArabicArticle(text, m.span());
                mentions.add(new Mention(span, span.of(text), e, article.sentenceOf(span),
                        confidence(m.entry().how(), m.ambiguous()), m.entry().how(), e.defaultUse()));
            }
        }
        List<Span> gazetteerSpans = mentions.stream().map(Mention::span).toList();
        List<ProperNounFinder.Candidate> knownPeople = mentions.stream()
                .filter(m -> m.entity().is(EntityType.Person) && m.entity().label().contains(" ")
                        && m.text().contains(m.entity().label())) // "Naim Qassem", "Hezbollah leader Naim Qassem"
                .map(m -> new ProperNounFinder.Candidate(m.span(), m.entity().label(), EntityType.Person, m.confidence(), Optional.empty()))
                .toList();
        List<ProperNounFinder.Candidate> candidates = properNouns.find(article,
                span -> gazetteerSpans.stream().anyMatch(g -> g.overlaps(span)), knownPeople);
        Map<String, Entity> knownLongForms = knownLongForms(text, candidates, mentions);
        for (ProperNounFinder.Candidate c : candidates) {
            if (kickers.stream().anyMatch(k -> k.overlaps(c.span()))) {
                continue;
            }
            if (gazetteerSpans.stream().anyMatch(g -> g.contains(c.span()))) {
                continue; // "the Democratic Republic of the Congo (DRC)": the gazetteer names it whole already
            }
            Entity longForm = acronymOf(text, c, knownLongForms);
            if (longForm != null) { // "(CAR)" after "Central African Republic": the known state, not a new body
                mentions.add(new Mention(c.span(), c.span().of(text), longForm, article.sentenceOf(c.span()), c.confidence(),
                        MatchKind.SHORT_FORM, longForm.defaultUse()));
                continue;
            }
            // a candidate that covers gazetteer names is an organisation or place named by keyword
            mentions.removeIf(g -> g.how() != MatchKind.PROPER_NOUN && g.span().overlaps(c.span()));
            Optional<Entity> known = c.type() == EntityType.Person ? transliterations.find(c.name())
                    : c.type().isPlace() ? Optional.empty() : acronyms.knownBody(c.name());
            String bare = c.type() == EntityType.Person || c.type().isPlace() ? c.name() : acronyms.expanded(c.name());
            String name = ofCountry(text, c, mentions).map(demonym -> demonym + " " + bare).orElse(bare);
            Entity e = known.orElseGet(() -> new Entity(EntityIds.minted(c.type(), name), name, List.of(c.type()),
                    Optional.empty(), false));
            mentions.add(new Mention(c.span(), c.span().of(text), e, article.sentenceOf(c.span()), c.confidence(),
                    known.isPresent() ? MatchKind.ALIAS : MatchKind.PROPER_NOUN, e.defaultUse()));
        }
        mentions.sort(Comparator.comparing(Mention::span));
        List<Mention> decided = use.decide(article, mentions);
        return new ExtractedArticle(article, decided, roles.find(article, decided), List.of(), List.of(), List.of());
    }

    /**
     * The reference entities that names the article brackets an acronym after are, by that name:
     * "Central African Republic (CAR)", "Khyber Pakhtunkhwa (KP)". The acronym finders pair the
     * acronym with the long name's words, not with what the gazetteer matched there, so without this
     * the acronym would become a second, minted body under the same label.
     */
    private static Map<String, Entity> knownLongForms(String text, List<ProperNounFinder.Candidate> candidates, List<Mention> known) {
        Map<String, Entity> out = new HashMap<>();
        for (ProperNounFinder.Candidate c : candidates) {
            known.stream().filter(m -> m.how() != MatchKind.DEMONYM && m.span().contains(c.span())
                            && m.span().of(text).replaceAll("^(?i)the ", "").equals(c.span().of(text)))
                    .findFirst().ifPresent(m -> out.putIfAbsent(c.name(), m.entity()));
        }
        return out;
    }

    /** The known entity a candidate written as an acronym ("CAR") stands for, or null. */
    private static Entity acronymOf(String text, ProperNounFinder.Candidate c, Map<String, Entity> knownLongForms) {
        String written = c.span().of(text);
        return written.matches("\\p{Lu}[\\p{Lu}\\p{Ll}]?\\p{Lu}{1,6}") && !written.equals(c.name()) ? knownLongForms.get(c.name()) : null;
    }

    /**
     * The demonym of the country whose office an unknown ministry or agency is ("Lebanon's Ministry
     * of Public Health" is the Lebanese Ministry of Public Health, not Gaza's or anyone's), when a
     * country's possessive stands right before it.
     */
    private Optional<String> ofCountry(String text, ProperNounFinder.Candidate c, List<Mention> mentions) {
        if (!(c.type() == EntityType.Agency || c.type() == EntityType.Government) || !c.name().startsWith("Ministry")) {
            return Optional.empty();
        }
        int at = c.span().begin();
        return mentions.stream()
                .filter(m -> m.entity().is(EntityType.State) && m.how() != MatchKind.DEMONYM && m.span().end() + 3 == at
                        && text.substring(m.span().end(), at).matches("['’]s "))
                .findFirst().flatMap(m -> Optional.ofNullable(demonyms.get(m.entity().iri())));
    }

    /**
     * A one-word name of a known person written against other capitalised words is part of another
     * person's name: "Naim" in "Naim Qassem" is not Basem Naim. A title before it ("President
     * Putin") or an organisation word after it keeps it.
     */
    private boolean partOfLongerName(String text, Gazetteer.Match m) {
        Entity e = m.entry().entity();
        if (!e.is(EntityType.Person) || m.span().of(text).contains(" ")) {
            return false;
        }
        String before = wordBefore(text, m.span().begin());
        String after = wordAfter(text, m.span().end());
        boolean nameBefore = !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !cues.is("titles", before)
                && !cues.is("not-names", before);
        boolean nameAfter = !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !cues.is("not-names", after)
                && !isKeyword(after);
        return nameBefore || nameAfter;
    }

    /** "Al-", "el-" written onto a name: "Al-Sulaymaniyah" names the city "Sulaymaniyah" names. */
    private static final java.util.regex.Pattern ATTACHED_ARTICLE = java.util.regex.Pattern.compile("(?<!\\p{L})(?:[Aa]l|[Ee]l)[-\u2010]$");

    /**
     * The gazetteer's match with the Arabic article hyphenated onto it, so that the article is part
     * of the mention and is not left behind as a name of its own ("Al-").
     */
    static Span withArabicArticle(String text, Span span) {
        int from = Math.max(0, span.begin() - 4);
        java.util.regex.Matcher m = ATTACHED_ARTICLE.matcher(text.substring(from, span.begin()));
        return m.find() ? new Span(from + m.start(), span.end()) : span;
    }

    /** Particles that join the words of a Romance place or family name: "Mocímboa da Praia", "Ciudad del Este". */
    private static final java.util.Set<String> ROMANCE_PARTICLES = java.util.Set.of("da", "do", "dos", "das", "de", "del", "della", "di", "du");

    /**
     * A one-word name after a capitalised word and a Romance particle ends a longer name: "Praia" in
     * "Mocímboa da Praia" is not Cape Verde's capital. Names the gazetteer knows whole ("Norte de
     * Santander") match from their first word and never come here.
     */
    private boolean afterNameParticle(String text, Gazetteer.Match m) {
        if (m.span().of(text).contains(" ")) {
            return false;
        }
        String particle = wordBefore(text, m.span().begin());
        if (!ROMANCE_PARTICLES.contains(particle.toLowerCase(Locale.ROOT))) { // "Mocimboa DA Praia —" in a dateline
            return false;
        }
        String before = wordBefore(text, m.span().begin() - particle.length() - 1);
        return !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !cues.is("not-names", before);
    }

    /**
     * A region that completes a role's title is part of the title, not a place the article speaks
     * of: "Senior Advisor for Africa", "Special Envoy to the Middle East", "Assistant
     * Secretary-General for Africa". Only regions: a country after "envoy to" is still the country
     * the envoy deals with, and news names it elsewhere anyway.
     */
    private boolean regionOfTitle(String text, Gazetteer.Match m) {
        if (!m.entry().entity().is(EntityType.Region)) {
            return false;
        }
        int at = m.span().begin();
        String w = wordBefore(text, at);
        if (w.equalsIgnoreCase("the")) {
            at -= w.length() + 1;
            w = wordBefore(text, at);
        }
        if (!w.equals("for") && !w.equals("to")) {
            return false;
        }
        String role = wordBefore(text, at - w.length() - 1); // letters only: "General" of "Secretary-General"
        return !role.isEmpty() && (cues.is("titles", role) || cues.is("roles", role));
    }

    /**
     * A name that opens the capitalised name of a document, a meeting or a day is part of that name,
     * not a mention of its own (the guide's "a name inside a longer name"): "the Jeddah Declaration",
     * "Lebanese Army Day", "the Istanbul Process".
     */
    private boolean namesADocumentOrDay(String text, Gazetteer.Match m) {
        String after = wordAfter(text, m.span().end());
        return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && cues.is("document-heads", after);
    }

    /** "posted on X", "his X account": a one-letter name needs a platform's context. */
    private boolean inPlatformContext(String text, Span span) {
        String before = wordBefore(text, span.begin()).toLowerCase(Locale.ROOT);
        String after = wordAfter(text, span.end()).toLowerCase(Locale.ROOT);
        return cues.is("platform-context", before) || cues.is("platform-context", after);
    }

    private boolean isKeyword(String word) {
        return List.of("agency-keywords", "armed-group-keywords", "government-keywords", "media-keywords", "organization-keywords")
                .stream().anyMatch(section -> cues.is(section, word));
    }

    /** The word right before {@code at}, across one space only (not across punctuation). */
    private static String wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return "";
        }
        int b = at - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, at - 1);
    }

    /** The word right after {@code at}, across one space only. */
    private static String wordAfter(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ') {
            return "";
        }
        int e = at + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(at + 1, e);
    }

    static double confidence(MatchKind how, boolean ambiguous) {
        double base = switch (how) {
            case NAME -> 0.95;
            case ALIAS -> 0.9;
            case DEMONYM -> 0.8;
            case PROPER_NOUN -> 0.7;
            case SHORT_FORM -> 0.8;
            case ANAPHOR -> 0.6;
        };
        return ambiguous ? base * 0.6 : base;
    }
}
