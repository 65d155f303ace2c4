package org.claimgraph.trace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.DataFile;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;

/**
 * Content words of a text, for comparing claims: lower case, no function words, news synonyms
 * folded, then stemmed (Snowball English), so "consultations" meets "consult"; counts as digits
 * without separators ("eight", "1,200").
 */
final class Words {

    /** A word, digits inside a name kept ("M23", "G7"), or a number. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\d[\\d,.]*");
    /** Quotation marks: a partial quote says what the words say ('did not "fall" to' is 'did not fall to'). */
    private static final Pattern QUOTES = Pattern.compile("[\"“”‘«»]|(?<!\\p{L})['’]|['’](?!\\p{L})");
    private static final Set<String> STOP = Set.of("the", "and", "that", "for", "with", "was", "were", "are", "has", "had",
            "have", "not", "but", "this", "from", "its", "their", "they", "them", "his", "her", "would", "will", "could",
            "been", "said", "says", "say", "about", "into", "than", "then", "there", "which", "who", "what", "when", "where",
            "our", "out", "all", "any", "can", "did", "does", "one", "also", "more", "over", "only", "very", "just", "such");

    /**
     * Words of a state's name that do not tell it from others: "State of Palestine" is "palestine",
     * "United Kingdom" "kingdom", "United Arab Emirates" "emirates"; a name of such words only keeps
     * its first ("United States" is "united", as "US" is).
     */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("state", "states", "republic", "democratic", "federal", "federated",
            "islamic", "people's", "of", "the", "and", "united", "arab");

    /** Snowball stemmers keep state between calls: one per thread. */
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    private Words() {
    }

    /**
     * Words news uses for the same thing, each mapped to its group's first word (and their stems to
     * it too): a reworded claim keeps its words. The groups are data ({@code synonyms.txt}); nationality
     * words fold to their state's name from the reference graph.
     */
    private static final Map<String, String> SAME = synonyms();

    /** Counts written as words: "eight civilians" and "8 civilians" give one figure. */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"));

    /**
     * Phrases of a synonym group (written with "+" between their words: "took+over"), each with the
     * group's first word, longest first: folded before the text is split into words.
     */
    private static final Map<Pattern, String> PHRASES = phrases();
    private static final Pattern US = Pattern.compile("\\bU\\.S\\.(?=\\W|$)|\\bUS\\b");

    private static Map<Pattern, String> phrases() {
        Map<Pattern, String> out = new java.util.LinkedHashMap<>();
        DataFile.lines(Words.class, "synonyms.txt").stream()
                .flatMap(line -> {
                    String[] group = line.text().strip().split("\\s+");
                    return java.util.Arrays.stream(group).filter(w -> w.contains("+")).map(w -> Map.entry(w.replace('+', ' '), group[0]));
                })
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> out.put(Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b"), e.getValue()));
        return out;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> out = new HashMap<>(demonyms());
        for (DataFile.Line line : DataFile.lines(Words.class, "synonyms.txt")) {
            String[] group = line.text().strip().split("\\s+");
            for (String w : group) {
                if (w.contains("+")) {
                    continue; // a phrase: PHRASES
                }
                out.putIfAbsent(w, group[0]);
                out.putIfAbsent(STEMMER.get().stem(w).toString(), group[0]);
            }
        }
        return Map.copyOf(out);
    }


    /**
     * Every state's demonym folded to its name ("Ethiopian" to "ethiopia", "American" to "united"
     * as in "United States"), from the reference graph; a demonym two states share ("Congolese")
     * is left as it is.
     */
    private static Map<String, String> demonyms() {
        Graph countries = ReferenceData.resource("ontology/reference/countries.ttl");
        Map<String, String> out = new HashMap<>();
        Set<String> shared = new HashSet<>();
        countries.find(null, CG.demonym.asNode(), null).forEachRemaining(t -> {
            String demonym = t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT);
            countries.find(t.getSubject(), RDFS.label.asNode(), null).nextOptional()
                    .map(l -> List.of(l.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).split("\\s+")))
                    .map(words -> words.stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).findFirst().orElse(words.get(0)))
                    .ifPresent(name -> {
                        if (out.containsKey(demonym) && !out.get(demonym).equals(name)) {
                            shared.add(demonym);
                        }
                        out.put(demonym, name);
                    });
        });
        shared.forEach(out::remove);
        return out;
    }

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        // "US" and "U.S." are the United States; "us" in lower case is a pronoun
        String lower = QUOTES.matcher(US.matcher(text).replaceAll("united")).replaceAll("").toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> p : PHRASES.entrySet()) {
            lower = p.getKey().matcher(lower).replaceAll(p.getValue());
        }
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            if (Character.isDigit(w.charAt(0))) {
                out.add(w.replace(",", "").replaceAll("\\.$", "")); // "1,200" is "1200"
                continue;
            }
            if (NUMBER_WORDS.containsKey(w)) {
                out.add(NUMBER_WORDS.get(w));
                continue;
            }
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            w = w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            w = SAME.getOrDefault(w, w);
            if (w.length() >= 3) {
                String stem = STEMMER.get().stem(w).toString();
                out.add(STEMMER.get().stem(SAME.getOrDefault(stem, stem)).toString());
            }
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    /** The numbers a text gives, separators removed: "59,000" and "59000" are the same. */
    static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (NUMBER_WORDS.containsKey(w.group())) {
                out.add(NUMBER_WORDS.get(w.group()));
            }
        }
        return out;
    }

    /**
     * Whether two wordings can give the same facts: true when either has no number (years aside),
     * else they must share one. "20 of the 50 hostages are alive" and "20 are alive and 28 are
     * dead" agree; "56,000 killed" and "63,000 killed" are two tolls, so two claims.
     */
    static boolean sameFigures(Set<String> a, Set<String> b) {
        // asked for every member a claim is compared with, and most wordings give no figure: no sets copied
        // nor patterns matched for them (copying and matching were a twentieth of tracing, profiled)
        if (!hasFigure(a) || !hasFigure(b)) {
            return true;
        }
        for (String n : a) {
            if (!year(n) && b.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a set of numbers holds one that is no year. */
    private static boolean hasFigure(Set<String> numbers) {
        for (String n : numbers) {
            if (!year(n)) {
                return true;
            }
        }
        return false;
    }

    /** "since October 2023" dates a figure; the year (19xx, 20xx) is no figure of its own. */
    static boolean year(String n) {
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) && isDigit(n.charAt(2)) && isDigit(n.charAt(3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int both = 0;
        Set<T> small = a.size() <= b.size() ? a : b; // the same count either way, fewer lookups
        Set<T> large = small == a ? b : a;
        for (T w : small) {
            if (large.contains(w)) {
                both++;
            }
        }
        return (double) both / (a.size() + b.size() - both);
    }
}
