package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.DataFile;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;

/**
 * Who states a number, from the attributions around it: the innermost report whose content holds
 * it ("the ministry said 30 people were killed"), a proposal inside a report yielding to the report, a report whose
 * source was not found its subject or the report a participle goes on from ({@link #sourceless}), a headline signed
 * after a dash ("… displaced - UN"); else a report of its own sentence that names its
 * source after the figure or by "according to" ("…, 80,000 civilians have fled, the spokesman
 * told reporters"); else, when the sentence has no report of its own and goes on with the previous
 * one ("Another 16,661 people have been injured."), the previous sentence's source. A document
 * gives the figures of a relative clause on it ("the report, which counts 4,300 displaced people") and
 * of the sentence after one that cites it by "according to" (a field report's figures go on). Reports
 * without a source, and cues that speak of an agreement, a request or a denial rather than give
 * figures, state none (figure-sources.tsv). Immutable and thread-safe.
 */
final class FigureSources {

    /** Between a subject and its cue: nothing, or an apposition in commas ("…, based in Gondar,"). */
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s*(?:,[^,;:.\"“”]{1,60},)?\\s*");
    /** A line's end signed after a dash: " - UN", " – health ministry". */
    private static final Pattern SIGNED = Pattern.compile("\\s[-–—]\\s+([^-–—.]{1,40})$");
    /** A cue in the present participle: "alleging", "adding", "saying". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+ing\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)(?:day|week|month|year|decade|hour)s?");
    /** Words that name a document rather than who speaks through it. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)\\b(?:statement|report|communiqu[eé]|figures|data|tally|count|readout|announcement|release)s?\\s*$");
    /** A relative clause on a document that gives figures: "the report, which counts 4,300 displaced people". */
    private static final Pattern DOCUMENT_WHICH = Pattern.compile("(?i)\\s*,\\s*which\\s+[^.;:\"“”]{0,200}");
    private static final Pattern ISSUED = Pattern.compile("(?i)\\s*(?:\\([^()]*\\)\\s*)?,?\\s*(?:issued|released|published|put out|sent|circulated)\\s*");
    /** Between a document and its issuer: "from", "by", "released on Thursday by" (a day may stand between verb and agent). */
    private static final Pattern ISSUED_BY = Pattern.compile("(?i)\\s*(?:(?:issued|released|published|compiled|put out)"
            + "(?:\\s+(?:(?:late |early )?on|last|this) \\w+|\\s+(?:earlier|today|yesterday))?\\s+)?(?:from|by|of)\\s+(?:the\\s+)?");

    /** The words between two figures of one statement: "…, with", "… people and", ", including". */
    private static final Pattern CHAIN = Pattern.compile("(?i)[^.;:\"“”]{0,30}?(?:,\\s*|\\s+)(?:with|and|including|plus|as well as)\\s+(?:[a-z]+\\s+){0,2}");
    private final Set<String> notSources;
    private final Set<String> yields;
    private final List<Pattern> continues;
    private final FigureVerbs figureVerbs;
    private final List<Pattern> elapsed;
    private final List<Pattern> background;

    FigureSources(Set<String> notSources, Set<String> yields, List<Pattern> continues, FigureVerbs figureVerbs, List<Pattern> elapsed,
            List<Pattern> background) {
        this.elapsed = List.copyOf(elapsed);
        this.background = List.copyOf(background);
        this.notSources = Set.copyOf(notSources);
        this.yields = Set.copyOf(yields);
        this.continues = List.copyOf(continues);
        this.figureVerbs = figureVerbs;
    }

    static FigureSources load() {
        Set<String> notSources = new HashSet<>();
        Set<String> yields = new HashSet<>();
        List<Pattern> continues = new ArrayList<>();
        List<String> verbs = new ArrayList<>();
        List<String> sourceNouns = new ArrayList<>();
        List<Pattern> elapsed = new ArrayList<>();
        List<Pattern> background = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(FigureSources.class, "figure-sources.tsv")) {
            String[] cols = line.text().split("\t", 2);
            switch (cols[0]) {
                case "not-source" -> notSources.add(cols[1].strip());
                case "yields" -> yields.add(cols[1].strip());
                case "continues" -> continues.add(Pattern.compile(cols[1].strip()));
                case "figure-verb" -> verbs.add(cols[1].strip());
                case "source-noun" -> sourceNouns.add(cols[1].strip());
                case "elapsed" -> elapsed.add(Pattern.compile(cols[1].strip()));
                case "background" -> background.add(Pattern.compile(cols[1].strip()));
                default -> throw line.error("unknown kind '" + cols[0]
                        + "' (not-source, yields, continues, figure-verb, source-noun, elapsed or background)");
            }
        }
        return new FigureSources(notSources, yields, continues, new FigureVerbs(verbs, sourceNouns), elapsed, background);
    }

    /** Who states {@code q} in an article with these sentences and attributions; empty: the reporter. */
    Optional<Speaker> statedBy(Quantity q, String text, List<Sentence> sentences, List<ResolvedAttribution> attributions,
            List<Mention> mentions) {
        Optional<Sentence> own = sentences.stream().filter(s -> s.index() == q.sentence()).findFirst();
        if (own.isPresent() && elapsedWar(q, text) && !quoted(q, text, own.get())) {
            return Optional.empty(); // "the ceasefire that ended nearly 14 months of fighting": the reporter's background
        }
        if (own.isPresent() && warToll(q, text) && !quoted(q, text, own.get()) && attributions.stream()
                .noneMatch(a -> a.attribution().sentence() == q.sentence() && a.attribution().source().isPresent()
                        && namesSourceFor(a.attribution(), q.span(), text))) {
            // "X accused Y of stirring up a new war, after a war that killed hundreds of thousands": the reporter's
            // background inside the report, unless the sentence names a source for it ("…, according to the ministry")
            return Optional.empty();
        }
        Optional<Speaker> reported = source(q, text, sentences, attributions).map(a -> issuer(a, text, mentions))
                .or(() -> sourceless(q, text, attributions, mentions))
                .or(() -> signedHeadline(q, text, mentions));
        if (reported.isPresent()) {
            return reported;
        }
        // "the ministry put the death toll at 610": a verb of counting names who gives the figure
        return sentences.stream().filter(s -> s.index() == q.sentence()).findFirst()
                .flatMap(s -> figureVerbs.subject(text, s.span(), q.span(), mentions));
    }

    /** Whether the figure is how long the war or the fighting has lasted ({@code elapsed} in the data file). */
    private boolean elapsedWar(Quantity q, String text) {
        if (!DURATION.matcher(q.unit()).matches()) {
            return false;
        }
        String after = text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 100));
        return elapsed.stream().anyMatch(p -> p.matcher(after).find());
    }

    /** Whether the figure is a war's or disaster's toll told in a relative clause on it ({@code background} in the data file). */
    private boolean warToll(Quantity q, String text) {
        String before = text.substring(Math.max(0, q.span().begin() - 100), q.span().begin());
        return background.stream().anyMatch(p -> p.matcher(before).find());
    }

    /** Inside quotation marks opened before it in its sentence: the speaker's own words. */
    private static boolean quoted(Quantity q, String text, Sentence s) {
        String before = text.substring(s.span().begin(), q.span().begin());
        long open = before.chars().filter(c -> c == '“').count() - before.chars().filter(c -> c == '”').count();
        long straight = before.chars().filter(c -> c == '"').count();
        String after = text.substring(q.span().end(), s.span().end());
        return open > 0 || straight % 2 == 1 || after.matches("(?s)[^“\"]*[”\"]\s*,?\s*(?:said|says|told|added).*");
    }

    /**
     * A figure joined to the one before it in the same sentence by a few words ("put the toll at 610,
     * with 4,746 injured", "killed 12 and wounded 40") is stated by whoever states that one.
     */
    static Optional<Speaker> chained(Quantity q, ResolvedQuantity previous, String text) {
        Quantity p = previous.quantity();
        if (p.sentence() != q.sentence() || p.span().end() > q.span().begin()) {
            return Optional.empty();
        }
        return CHAIN.matcher(text.substring(p.span().end(), q.span().begin())).matches() ? previous.statedBy() : Optional.empty();
    }

    /**
     * A document's issuer speaks through it: "a statement from the Kremlin", "a report by the WHO"
     * (the source words name the document, the actor follows).
     */
    private Speaker issuer(ResolvedAttribution a, String text, List<Mention> mentions) {
        Optional<Span> source = a.attribution().source();
        if (a.speaker().entity().isPresent() || source.isEmpty()) {
            return a.speaker();
        }
        int end = source.get().end();
        return mentions.stream()
                .filter(m -> m.use() == EntityType.Kind.ACTOR && m.span().begin() >= end && m.span().begin() - end < 40
                        && ISSUED_BY.matcher(text.substring(end, m.span().begin())).matches()
                        && DOCUMENT.matcher(text.substring(source.get().begin(), end)).find())
                .findFirst()
                .or(() -> mentions.stream() // "the Quad (…) issued a statement"
                        .filter(m -> m.use() == EntityType.Kind.ACTOR && m.span().end() <= source.get().begin()
                                && source.get().begin() - m.span().end() < 80
                                && ISSUED.matcher(text.substring(m.span().end(), source.get().begin())).matches()
                                && DOCUMENT.matcher(text.substring(source.get().begin(), end)).find())
                        .reduce((x, y) -> y))
                .map(m -> Speaker.named(m.entity()))
                .or(() -> owner(source.get(), text, mentions))
                .orElse(a.speaker());
    }

    /** A document's owner: "Hezbollah's figures", "figures from the local council" (named, else described). */
    private Optional<Speaker> owner(Span source, String text, List<Mention> mentions) {
        String words = source.of(text);
        if (!DOCUMENT.matcher(words).find()) {
            return Optional.empty();
        }
        Optional<Mention> possessor = mentions.stream()
                .filter(m -> m.use() == EntityType.Kind.ACTOR && source.contains(m.span())
                        && (text.startsWith("'s", m.span().end()) || text.startsWith("’s", m.span().end())))
                .findFirst();
        if (possessor.isPresent()) {
            return Optional.of(Speaker.named(possessor.get().entity()));
        }
        Matcher from = figureVerbs.issuedBy(text.substring(source.end(), Math.min(text.length(), source.end() + 60)));
        return from.lookingAt() ? Optional.of(Speaker.unnamed(Optional.of(from.group(1)), Optional.empty())) : Optional.empty();
    }

    private Optional<ResolvedAttribution> source(Quantity q, String text, List<Sentence> sentences, List<ResolvedAttribution> attributions) {
        Set<Span> cues = new HashSet<>();
        List<ResolvedAttribution> sources = attributions.stream().filter(a -> cues.add(a.attribution().cue())) // a joint source's first party
                .filter(this::givesFigures).toList();
        List<ResolvedAttribution> holding = sources.stream()
                .filter(a -> a.attribution().content().stream().anyMatch(c -> c.contains(q.span()))).toList();
        if (!holding.isEmpty()) {
            // the innermost report, unless it is a proposal inside a report that gives it
            return holding.stream().filter(a -> !yields.contains(a.attribution().cueLemma())).reduce((a, b) -> b)
                    .or(() -> Optional.of(holding.get(holding.size() - 1)));
        }
        Optional<ResolvedAttribution> closing = sources.stream()
                .filter(a -> a.attribution().sentence() == q.sentence() && namesSourceFor(a.attribution(), q.span(), text))
                .findFirst();
        if (closing.isPresent()) {
            return closing;
        }
        Optional<ResolvedAttribution> document = sources.stream()
                .filter(a -> a.attribution().sentence() == q.sentence() && a.attribution().source().get().end() <= q.span().begin()
                        && DOCUMENT.matcher(a.attribution().source().get().of(text)).find()
                        && DOCUMENT_WHICH.matcher(text.substring(a.attribution().source().get().end(), q.span().begin())).matches())
                .findFirst();
        if (document.isPresent()) {
            return document; // "the report, which counts 4,300 displaced people": the report gives the figure
        }
        boolean ownReport = attributions.stream().anyMatch(a -> a.attribution().sentence() == q.sentence());
        Optional<Sentence> sentence = sentences.stream().filter(s -> s.index() == q.sentence()).findFirst();
        List<ResolvedAttribution> previous = sources.stream().filter(a -> a.attribution().sentence() == q.sentence() - 1).toList();
        if (!ownReport && previous.size() == 1 && previous.get(0).attribution().cueLemma().equals("according to")
                && DOCUMENT.matcher(previous.get(0).attribution().source().get().of(text)).find()) {
            // "According to a field report from the agency, …" then "In the east, 8,268 people fled …": the report goes on
            return Optional.of(previous.get(0));
        }
        if (ownReport || sentence.isEmpty() || !continuesPrevious(text, sentence.get())) {
            return Optional.empty();
        }
        boolean one = previous.stream().map(ResolvedAttribution::speaker).distinct().count() == 1;
        return one ? Optional.of(previous.get(0)) : Optional.empty();
    }

    /**
     * The speaker of a report holding the figure whose source the attribution step did not find:
     * a report in a participle after a comma goes on from the report before it in its sentence
     * ("…, alleging that 602 soldiers were killed"), and a report's subject is the actor named right
     * before its cue, an apposition between them ("rebel spokesman Ivo Marek, speaking from Port Sel,
     * claimed"). Denials and cues that give no figures state none.
     */
    private Optional<Speaker> sourceless(Quantity q, String text, List<ResolvedAttribution> attributions, List<Mention> mentions) {
        Optional<ResolvedAttribution> holding = attributions.stream()
                .filter(a -> a.attribution().source().isEmpty() && a.attribution().content().stream().anyMatch(c -> c.contains(q.span())))
                .reduce((a, b) -> b);
        if (holding.isEmpty() || !reports(holding.get())) {
            return Optional.empty();
        }
        Attribution at = holding.get().attribution();
        if (PARTICIPLE.matcher(at.cue().of(text)).lookingAt() && text.substring(0, at.cue().begin()).stripTrailing().endsWith(",")) {
            Optional<ResolvedAttribution> lead = attributions.stream()
                    .filter(x -> x.attribution().sentence() == at.sentence() && x.attribution().cue().end() <= at.cue().begin())
                    .reduce((x, y) -> y);
            if (lead.isPresent() && !reports(lead.get())) {
                return Optional.empty();
            }
            if (lead.isPresent() && lead.get().attribution().source().isPresent()) {
                return Optional.of(issuer(lead.get(), text, mentions));
            }
            if (lead.isPresent()) {
                return subjectOf(lead.get().attribution(), text, mentions);
            }
        }
        return subjectOf(at, text, mentions);
    }

    /** The actor named right before a report's cue, maybe past an apposition: "Yohannes Nigusu, based in Gondar, claimed". */
    private static Optional<Speaker> subjectOf(Attribution a, String text, List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> m.sentence() == a.sentence() && m.use() == EntityType.Kind.ACTOR && m.span().end() <= a.cue().begin()
                        && SUBJECT_GAP.matcher(text.substring(m.span().end(), a.cue().begin())).matches())
                .reduce((x, y) -> y).map(m -> Speaker.named(m.entity()));
    }

    /**
     * A headline signed after a dash by who gives its figures: "Almost 9,000 displaced in two
     * districts - UN" (a wire headline's source, the whole line one sentence with no full stop).
     */
    private static Optional<Speaker> signedHeadline(Quantity q, String text, List<Mention> mentions) {
        int begin = text.lastIndexOf('\n', q.span().begin()) + 1;
        int end = text.indexOf('\n', q.span().end());
        end = end < 0 ? text.length() : end;
        String line = text.substring(begin, end).stripTrailing();
        Matcher signed = SIGNED.matcher(line);
        if (line.contains(". ") || !signed.find() || begin + signed.start() < q.span().end()) {
            return Optional.empty();
        }
        int from = begin + signed.start(1);
        int to = begin + line.length();
        return mentions.stream().filter(m -> m.use() == EntityType.Kind.ACTOR && m.span().begin() >= from && m.span().end() == to)
                .findFirst().map(m -> Speaker.named(m.entity()));
    }

    private boolean reports(ResolvedAttribution a) {
        return !notSources.contains(a.attribution().cueLemma()) && a.attribution().stance() != Attribution.Stance.DENY;
    }

    private boolean givesFigures(ResolvedAttribution a) {
        Attribution at = a.attribution();
        return at.source().isPresent() && !notSources.contains(at.cueLemma())
                && at.stance() != Attribution.Stance.DENY;
    }

    /**
     * Whether a report of the figure's sentence names its source for it: "according to X" anywhere,
     * or a source after the figure that closes the sentence ("…, the ministry said", "…," he told reporters).
     */
    private static boolean namesSourceFor(Attribution a, Span figure, String text) {
        if (a.cueLemma().equals("according to")) {
            return true;
        }
        Span source = a.source().orElseThrow();
        if (source.begin() < figure.end() || a.cue().begin() < figure.end()) {
            return false;
        }
        int first = Math.min(source.begin(), a.cue().begin());
        String lead = text.substring(figure.end(), first);
        return lead.matches("(?s).*[,\"”’]\\s*$");
    }

    private boolean continuesPrevious(String text, Sentence s) {
        String start = text.substring(s.span().begin(), Math.min(s.span().end(), s.span().begin() + 60)).strip()
                .toLowerCase(Locale.ROOT);
        return continues.stream().anyMatch(p -> p.matcher(start).find());
    }
}
