package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Long names paired with their acronyms. News defines an acronym by bracketing it after the long
 * name: "the Revolutionary Armed Forces of Colombia (FARC)", "the UN Support Mission in Libya
 * (UNSMIL)". The long name is one body even where the gazetteer knows names inside it ("Armed
 * Forces of Colombia", "UN", "Libya"), because the acronym spells it: each capitalised word gives the
 * acronym its initial (a word in capitals, such as "UN", its first letters), small words ("of", "in") give their
 * first letter or nothing. An acronym from another language ("the Central General Staff (EMC)",
 * Estado Mayor Central) spells nothing in English, but a bracket after a run of two or more
 * capitalised words no one typed still says the run is a body's name. The same spelling pairs a long
 * name with a body the reference data knows only by its acronym: "UN Interim Force in Lebanon" is
 * UNIFIL. Immutable and thread-safe.
 */
final class SpelledAcronyms {

    /** "FARC", "UNSMIL", "EMC": two to eight capitals, one inner lower-case letter allowed ("AFCon" no). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}\\p{Ll}?\\p{Lu}{1,7}");
    /** Small words a long name may hold; they give an acronym their first letter or nothing. */
    private static final Set<String> SMALL = Set.of("of", "in", "the", "and", "for", "on", "to", "de", "del", "la", "du", "des", "el");

    private final Map<String, Entity> known;

    /** Pairs for the bodies {@code entries} know under one acronym alone ("UNIFIL"); an acronym two bodies share pairs with none. */
    SpelledAcronyms(List<GazetteerEntry> entries) {
        Map<String, Entity> byAcronym = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (GazetteerEntry e : entries) {
            String s = e.surface();
            if (ACRONYM.matcher(s).matches() && s.length() >= 3 && isBody(e.entity().types())) {
                Entity before = byAcronym.putIfAbsent(s, e.entity());
                if (before != null && !before.iri().equals(e.entity().iri())) {
                    shared.add(s);
                }
            }
        }
        shared.forEach(byAcronym::remove);
        this.known = Map.copyOf(byAcronym);
        Map<String, String> expansions = new HashMap<>();
        byAcronym.forEach((acronym, entity) -> {
            if (entity.label().contains(" ") && spells(words(entity.label()), acronym)) {
                expansions.put(acronym, entity.label());
            }
        });
        for (GazetteerEntry e : entries) {
            String s = e.surface();
            if (s.length() == 2 && s.equals(s.toUpperCase(Locale.ROOT)) && Character.isLetter(s.charAt(0)) && isBody(e.entity().types())
                    && e.entity().label().contains(" ") && spells(words(e.entity().label()), s)) {
                expansions.putIfAbsent(s, e.entity().label()); // "UN", "EU", "AU": two letters, too short to pair a name by
            }
        }
        this.expansions = Map.copyOf(expansions);
    }

    /** Acronyms of known bodies whose label spells them, with that label: "UN" → "United Nations". */
    private final Map<String, String> expansions;

    /**
     * A body's name with a known body's acronym inside written out, as its own label writes it: "UN
     * Support Mission in Libya" is labelled "United Nations Support Mission in Libya", the name
     * annotators and readers give it, and the same body whichever form an article uses.
     */
    String expanded(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.isEmpty() ? "" : " ").append(expansions.getOrDefault(w, w));
        }
        return b.toString();
    }

    private static boolean isBody(List<EntityType> types) {
        return types.stream().noneMatch(t -> t == EntityType.Person || t.isPlace());
    }

    /**
     * The body the reference data knows by an acronym that {@code name} spells, when it is a long
     * name of three words or more (shorter names spell too many acronyms by chance).
     */
    Optional<Entity> knownBody(String name) {
        List<String> words = words(name);
        if (words.size() < 3 || words.stream().anyMatch(w -> !SMALL.contains(w) && !Character.isUpperCase(w.charAt(0)))) {
            return Optional.empty(); // "White Army militia" spells WAM only by chance: a long name capitalises its words
        }
        List<Entity> found = new ArrayList<>();
        known.forEach((acronym, entity) -> {
            if (spells(words, acronym)) {
                found.add(entity);
            }
        });
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Long names before a bracketed acronym in {@code s}: the shortest run of capitalised and small
     * words ending at the bracket that spells it, or, when none does, the run of capitalised words
     * before it that {@code taken} (the gazetteer) covers nowhere. Typed by {@code runs}'s keywords,
     * else an organisation.
     */
    static List<ProperNounFinder.Candidate> longForms(Sentence s, Predicate<Span> taken, NameRuns runs) {
        List<Token> tokens = s.tokens();
        List<ProperNounFinder.Candidate> out = new ArrayList<>();
        for (int open = 1; open + 2 < tokens.size(); open++) {
            String acronym = tokens.get(open + 1).text();
            if (!tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")
                    || !ACRONYM.matcher(acronym).matches()
                    || open + 3 < tokens.size() && startsUpper(tokens.get(open + 3)) && !tokens.get(open + 3).text().equals("The")) {
                continue; // "the Multinational Security Support (MSS) Mission": the name goes on past the bracket
            }
            int from = open;
            while (from > 0 && (startsUpper(tokens.get(from - 1)) || SMALL.contains(tokens.get(from - 1).text())
                    || tokens.get(from - 1).text().equals("-"))) {
                from--;
            }
            Optional<Integer> start = Optional.empty();
            for (int k = open - 1; k >= from && start.isEmpty(); k--) {
                List<String> words = words(tokens, k, open);
                if (startsUpper(tokens.get(k)) && open - k >= 2 && (spells(words, acronym) || initialsReordered(words, acronym))) {
                    start = Optional.of(k);
                }
            }
            if (start.isEmpty()) {
                int k = from;
                while (k < open && !startsUpper(tokens.get(k))) {
                    k++; // "of the" before the first capital opens no name
                }
                Span whole = k < open ? new Span(tokens.get(k).span().begin(), tokens.get(open - 1).span().end()) : null;
                boolean capitalsOnly = tokens.subList(k, open).stream().allMatch(SpelledAcronyms::startsUpper);
                if (whole != null && acronym.length() >= 3 && open - k >= 2 && capitalsOnly && !taken.test(whole) && k > 0) {
                    start = Optional.of(k); // "the Central General Staff (EMC)": not the sentence's first word, which any sentence capitalises
                }
            }
            if (start.isPresent()) {
                int k = start.get();
                Span span = new Span(tokens.get(k).span().begin(), ProperNounFinder.end(tokens.get(open - 1)));
                EntityType type = runs.keywordType(tokens, k, open).orElse(EntityType.Organization);
                if (type != EntityType.Person && !type.isPlace()) {
                    out.add(new ProperNounFinder.Candidate(span, ProperNounFinder.name(tokens, k, open), type, 0.75, Optional.empty()));
                }
            }
        }
        return out;
    }

    /**
     * Whether the acronym holds the initials of the name's capitalised words in another order, as one
     * from a language that puts the adjective after the noun does: FARC for "Revolutionary Armed
     * Forces of Colombia" (Fuerzas Armadas Revolucionarias de Colombia). Three letters at least.
     */
    static boolean initialsReordered(List<String> words, String acronym) {
        if (acronym.length() < 3 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
            return false;
        }
        char[] initials = words.stream().filter(w -> !SMALL.contains(w) && Character.isUpperCase(w.charAt(0)))
                .map(w -> String.valueOf(w.charAt(0))).reduce("", String::concat).toCharArray();
        char[] letters = acronym.toCharArray();
        java.util.Arrays.sort(initials);
        java.util.Arrays.sort(letters);
        return java.util.Arrays.equals(initials, letters);
    }

    /**
     * Whether the words spell {@code acronym} in order: a word gives its initial (a word in capitals
     * one or more of its first letters), a small word its initial or nothing; nothing else is skipped.
     */
    static boolean spells(List<String> words, String acronym) {
        return spells(words, 0, acronym.toUpperCase(Locale.ROOT), 0);
    }

    private static boolean spells(List<String> words, int w, String acronym, int a) {
        if (w == words.size()) {
            return a == acronym.length();
        }
        String word = words.get(w).toUpperCase(Locale.ROOT);
        boolean small = SMALL.contains(words.get(w));
        if (small && spells(words, w + 1, acronym, a)) {
            return true;
        }
        // only a word in capitals gives more than its initial ("UN" in UNSMIL): "Administration" giving
        // "AD" would make "State Administration Council" spell SADC
        int most = !small && word.equals(words.get(w)) ? word.length() : 1;
        for (int n = 1; n <= most && a + n <= acronym.length(); n++) {
            if (!acronym.regionMatches(a, word, 0, n)) {
                return false;
            }
            if (spells(words, w + 1, acronym, a + n)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        return List.of(name.replaceAll("['’]s\\b", "").split("[\\s-]+"));
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens.subList(from, to)) {
            if (!t.text().equals("-")) {
                out.addAll(words(t.text()));
            }
        }
        return out.stream().filter(w -> !w.isEmpty()).toList();
    }

    private static boolean startsUpper(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }
}
