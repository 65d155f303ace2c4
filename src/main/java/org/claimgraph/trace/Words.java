package org.claimgraph.trace;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Content words of a text, for comparing claims: lower case, no function words, news synonyms
 * folded, then stemmed (Snowball English), so "consultations" meets "consult".
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d[\\d,.]*");
    private static final Set<String> STOP = Set.of("the", "and", "that", "for", "with", "was", "were", "are", "has", "had",
            "have", "not", "but", "this", "from", "its", "their", "they", "them", "his", "her", "would", "will", "could",
            "been", "said", "says", "say", "about", "into", "than", "then", "there", "which", "who", "what", "when", "where",
            "our", "out", "all", "any", "can", "did", "does", "one", "also", "more", "over", "only", "very", "just", "such");

    /** Snowball stemmers keep state between calls: one per thread. */
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    private Words() {
    }

    /** Words news uses for the same thing, mapped to one: a reworded claim keeps its words. */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("truce", "ceasefire"), Map.entry("reply", "response"), Map.entry("answer", "response"),
            Map.entry("answered", "response"), Map.entry("replied", "response"), Map.entry("responded", "response"),
            Map.entry("delegation", "negotiator"), Map.entry("team", "negotiator"), Map.entry("envoy", "negotiator"),
            Map.entry("negotiation", "talk"), Map.entry("discussion", "talk"), Map.entry("deal", "agreement"),
            Map.entry("accord", "agreement"), Map.entry("killed", "death"), Map.entry("dead", "death"),
            Map.entry("died", "death"), Map.entry("captive", "hostage"), Map.entry("freed", "release"),
            Map.entry("released", "release"), Map.entry("free", "release"), Map.entry("rejected", "reject"),
            Map.entry("refused", "reject"), Map.entry("accepted", "accept"), Map.entry("wants", "want"),
            Map.entry("wanted", "want"), Map.entry("american", "united"), Map.entry("us", "united"),
            Map.entry("israeli", "israel"), Map.entry("qatari", "qatar"), Map.entry("egyptian", "egypt"),
            Map.entry("palestinian", "palestine"));

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            w = w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            w = SAME.getOrDefault(w, w);
            if (w.length() >= 3 || Character.isDigit(w.charAt(0))) {
                out.add(Character.isDigit(w.charAt(0)) ? w : STEMMER.get().stem(w).toString());
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
        return out;
    }

    /**
     * Whether two wordings can give the same facts: true when either has no number (years aside),
     * else they must share one. "20 of the 50 hostages are alive" and "20 are alive and 28 are
     * dead" agree; "56,000 killed" and "63,000 killed" are two tolls, so two claims.
     */
    static boolean sameFigures(Set<String> a, Set<String> b) {
        Set<String> x = withoutYears(a);
        Set<String> y = withoutYears(b);
        return x.isEmpty() || y.isEmpty() || x.stream().anyMatch(y::contains);
    }

    /** "since October 2023" dates a figure; the year is no figure of its own. */
    private static Set<String> withoutYears(Set<String> numbers) {
        Set<String> out = new HashSet<>(numbers);
        out.removeIf(n -> n.matches("(?:19|20)\\d\\d"));
        return out;
    }

    /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int both = 0;
        for (T w : a) {
            if (b.contains(w)) {
                both++;
            }
        }
        return (double) both / (a.size() + b.size() - both);
    }
}
