package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention.MatchKind;
import org.claimgraph.domain.Span;

/**
 * Finds known names in text: longest match first, whole words only. One-word forms match case as
 * written (so "US" matches and "us" does not); forms of several words match in any case ("Israel's
 * prime minister's office"), where case no longer tells a name from a common word. Immutable and
 * thread-safe once built.
 */
public final class Gazetteer {

    /** A match of one entry at one place. */
    public record Match(Span span, GazetteerEntry entry, boolean ambiguous) {
    }

    private final Node exact = new Node();
    private final Node folded = new Node();
    private final int size;
    private final List<GazetteerEntry> entries;

    private Gazetteer(List<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            String surface = normalise(e.surface());
            boolean severalWords = surface.strip().contains(" ");
            Node node = severalWords ? folded : exact;
            for (char c : surface.toCharArray()) {
                node = node.next.computeIfAbsent(severalWords ? Character.toLowerCase(c) : c, k -> new Node());
            }
            node.entries.add(e);
        }
        this.size = entries.size();
        this.entries = List.copyOf(entries);
    }

    /** Every entry: each label, alias and demonym with its entity. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * A gazetteer of these entries, each also under its other ways of joining an Arabic article:
     * "Abdel Fattah al-Burhan" matches "Abdel Fattah al Burhan" too, and the other way round.
     */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        List<GazetteerEntry> all = new ArrayList<>(entries);
        for (GazetteerEntry e : entries) {
            String surface = e.surface();
            String spaced = ARTICLE_HYPHEN.matcher(surface).replaceAll("$1 ");
            String hyphened = ARTICLE_SPACE.matcher(surface).replaceAll("$1-");
            for (String variant : List.of(spaced, hyphened)) {
                if (!variant.equals(surface) && variant.contains(" ")) {
                    all.add(new GazetteerEntry(variant, e.entity(), e.how()));
                }
            }
        }
        all.addAll(militaryNouns(all));
        return new Gazetteer(all);
    }

    /** "Ukrainian forces": a military named by a demonym or possessive and one of these nouns. */
    private static final Pattern MILITARY = Pattern.compile("^(\\p{Lu}.*?) (?i:army|military|forces|troops|soldiers|armed forces)$");
    /** Not "soldiers": "200 wounded Ukrainian soldiers" are people counted, not the force that acts. */
    private static final List<String> MILITARY_NOUNS = List.of("army", "military", "forces", "troops", "armed forces");

    /**
     * A military the reference data knows under one of the nouns news uses for it ("Ukrainian
     * forces", "Lebanon's army") is known under all of them with the same prefix ("Ukrainian
     * troops", "Lebanon's military"), unless that wording names something else there or two
     * militaries would both take it.
     */
    private static List<GazetteerEntry> militaryNouns(List<GazetteerEntry> entries) {
        Set<String> taken = new HashSet<>();
        entries.forEach(e -> taken.add(e.surface().toLowerCase(Locale.ROOT)));
        Map<String, GazetteerEntry> added = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (GazetteerEntry e : entries) {
            Matcher m = MILITARY.matcher(e.surface());
            if (!(e.entity().is(EntityType.Agency) || e.entity().is(EntityType.ArmedGroup)) || !m.matches()) {
                continue;
            }
            for (String noun : MILITARY_NOUNS) {
                String surface = m.group(1) + " " + noun;
                String key = surface.toLowerCase(Locale.ROOT);
                GazetteerEntry before = added.putIfAbsent(key, new GazetteerEntry(surface, e.entity(), MatchKind.ALIAS));
                if (before != null && !before.entity().iri().equals(e.entity().iri())) {
                    shared.add(key);
                }
            }
        }
        return added.entrySet().stream().filter(x -> !taken.contains(x.getKey()) && !shared.contains(x.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    private static final java.util.regex.Pattern ARTICLE_HYPHEN = java.util.regex.Pattern.compile("\\b([Aa]l|[Ee]l)-(?=\\p{Lu})");
    private static final java.util.regex.Pattern ARTICLE_SPACE = java.util.regex.Pattern.compile("(?<=\\S )([Aa]l|[Ee]l) (?=\\p{Lu})");

    public int size() {
        return size;
    }

    /** All matches in {@code text}, in text order, never overlapping. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (startsWord(text, i)) {
                Optional<Match> m = longestAt(text, i).map(found -> beforeComma(text, found));
                if (m.isPresent()) {
                    Optional<Match> owner = possessor(text, m.get());
                    if (owner.isPresent()) { // two names, side by side: the owner and what is his
                        matches.add(owner.get());
                        int after = owner.get().span().end() + 3; // past "'s "
                        matches.add(new Match(new Span(after, m.get().span().end()), m.get().entry(), m.get().ambiguous()));
                    } else {
                        matches.add(m.get());
                    }
                    i = m.get().span().end();
                    continue;
                }
            }
            i++;
        }
        return matches;
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['\u2019]s\\s");

    /**
     * The person a possessive alias names inside itself: "Benjamin Netanyahu's office" names the
     * office and Netanyahu, whom the reader sees named there (an article that names the prime
     * minister only through his office names him all the same). The possessor is the longest match
     * that ends right at the possessive; none when it is no person. A state before its own
     * institution ("Somalia's government", "Colombia's Armed Forces") stays inside the institution's
     * name: the real-news annotators mostly did not count it as a mention of the state, and the
     * derived institutions are matched by that whole wording.
     * Mentions never overlap, so the alias's mention then starts after the possessive ("Foreign
     * Ministry"), as when the gazetteer knows no such alias and the two names are found apart.
     */
    private Optional<Match> possessor(String text, Match m) {
        java.util.regex.Matcher possessive = POSSESSIVE.matcher(text).region(m.span().begin(), m.span().end());
        if (!possessive.find()) {
            return Optional.empty();
        }
        int end = possessive.start();
        int start = m.span().begin();
        if (text.startsWith("the ", start) || text.startsWith("The ", start)) {
            start += 4;
        }
        int from = start;
        return longestAt(text.substring(0, end), from).filter(p -> p.span().end() == end && p.span().begin() == from
                && p.entry().entity().is(org.claimgraph.domain.EntityType.Person));
    }

    /**
     * "Anchorage, Alaska", "Hyderabad, India": the reference data lists a few places with their
     * state or country to tell them from namesakes, but the text names two places. The match keeps
     * the place it chose and ends before the comma, so the scan finds the second place by itself.
     */
    private static Match beforeComma(String text, Match m) {
        int comma = text.indexOf(',', m.span().begin());
        if (comma < 0 || comma >= m.span().end()) {
            return m;
        }
        return new Match(new Span(m.span().begin(), comma), m.entry(), m.ambiguous());
    }

    private Optional<Match> longestAt(String text, int start) {
        Node[] best = {null};
        int[] bestEnd = {-1};
        walk(exact, text, start, false, best, bestEnd);
        titleCasedCapitals(text, start).ifPresent(view -> walk(exact, view, start, false, best, bestEnd));
        Node exactBest = best[0];
        int exactEnd = bestEnd[0];
        walk(folded, text, start, true, best, bestEnd);
        int classifier = best[0] != exactBest ? lowerCaseClassifierAt(text, start, bestEnd[0], best[0].entries) : -1;
        if (classifier > 0) {
            // "the Sahel region" names the Sahel, not Burkina Faso's "Sahel Region": the lower-case word
            // only says what kind of place it is, so the name is looked up without it
            best[0] = exactBest;
            bestEnd[0] = exactEnd;
            walk(folded, text.substring(0, classifier), start, true, best, bestEnd);
        }
        if (best[0] == null) {
            return Optional.empty();
        }
        List<GazetteerEntry> candidates = best[0].entries;
        if (best[0] != exactBest && commonWordAt(text, start)) {
            candidates = candidates.stream().filter(e -> Character.isLowerCase(e.surface().charAt(0))).toList();
            if (candidates.isEmpty()) {
                return Optional.empty(); // "western Darfur" is not "Western Darfur"; nothing shorter is tried from a common word
            }
        }
        GazetteerEntry chosen = candidates.stream().min(Comparator.comparing(GazetteerEntry::how)).orElseThrow();
        boolean ambiguous = candidates.stream().map(e -> e.entity().iri()).distinct().count() > 1;
        return Optional.of(new Match(new Span(start, bestEnd[0]), chosen, ambiguous));
    }

    /**
     * Type words that end a reference name capitalised ("Sahel Region", a province of Burkina Faso) and that
     * news writes in lower case after any area's name ("the Sahel region", the belt across Africa). Not
     * "governorate" or "district": written after a name, those mean the administrative unit itself.
     */
    private static final Set<String> CLASSIFIERS = Set.of("Region");

    /**
     * Where the space before a match's last word stands, when that word is written in lower case
     * ("region") but every entry found spells it as a capitalised type word ("Region"); else -1.
     * Entries the data writes in lower case themselves ("Idlib province") match exactly and never come here.
     */
    private static int lowerCaseClassifierAt(String text, int start, int end, List<GazetteerEntry> entries) {
        int space = text.lastIndexOf(' ', end - 1);
        if (space <= start || !Character.isLowerCase(text.charAt(space + 1))) {
            return -1;
        }
        String word = text.substring(space + 1, end);
        boolean allTyped = entries.stream().allMatch(e -> {
            String surface = e.surface();
            return surface.regionMatches(true, surface.length() - word.length(), word, 0, word.length())
                    && CLASSIFIERS.contains(surface.substring(surface.length() - word.length()));
        });
        return allTyped ? space : -1;
    }

    /**
     * The text with the word at {@code start} title-cased, when that word is in capitals, four
     * letters or longer and where a dateline names places: a dateline's "TEHRAN" is Tehran. Shorter capitals are acronyms ("UN", "RSF")
     * and match as written.
     */
    private static Optional<String> titleCasedCapitals(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        if (!inDatelinePosition(text, start) || word.length() < 4 || !word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, start + 1) + word.substring(1).toLowerCase(java.util.Locale.ROOT) + text.substring(end));
    }

    /**
     * Where a dateline names its places: at a paragraph's start, or after a slash between two
     * ("KIGALI / DOUALA"). Capitals elsewhere are emphasis or credits ("VIA REUTERS") and stay as written.
     */
    private static boolean inDatelinePosition(String text, int start) {
        int k = start;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '/';
    }

    /** Follows {@code text} from {@code start} down a trie, keeping the longest whole-word match beyond {@code bestEnd}. */
    private static void walk(Node root, String text, int start, boolean fold, Node[] best, int[] bestEnd) {
        Node node = root;
        for (int j = start; j < text.length(); j++) {
            char c = normalise(text.charAt(j));
            node = node.next.get(fold ? Character.toLowerCase(c) : c);
            if (node == null) {
                return;
            }
            if (!node.entries.isEmpty() && endsWord(text, j + 1) && j + 1 > bestEnd[0]) {
                best[0] = node;
                bestEnd[0] = j + 1;
            }
        }
    }

    /**
     * A lower-case plain word ("western Darfur", "central Gaza") is an ordinary word of the sentence,
     * not the first word of a capitalised name: it starts only names whose first word the reference
     * data writes in lower case too ("the West Bank"). Names whose first word is a particle keep
     * matching however it is written ("al-Qassam", "el-Fasher").
     */
    private static boolean commonWordAt(String text, int start) {
        if (!Character.isLowerCase(text.charAt(start))) {
            return false;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end == text.length() || (text.charAt(end) != '-' && text.charAt(end) != '\'' && text.charAt(end) != '\u2019');
    }

    private static boolean startsWord(String text, int i) {
        return isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));
    }

    private static boolean endsWord(String text, int end) {
        return end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Typographic apostrophes and dashes match their plain forms. */
    private static char normalise(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011', '\u2013' -> '-';
            default -> c;
        };
    }

    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(normalise(c));
        }
        return b.toString();
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        final List<GazetteerEntry> entries = new ArrayList<>(1);
    }
}
