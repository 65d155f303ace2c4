package org.claimgraph.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.claimgraph.domain.DataFile;

/**
 * Who does what to whom in one wording, read shallowly: the wording is tagged (OpenNLP, the
 * pipeline's Universal Dependencies model) and split at its first main verb. The named actors and
 * places before it are the agent ("Norway has returned …"), those after it the other arguments
 * ("… the bodies of Swedish soldiers"), and every main verb is a predicate, folded to its group
 * ({@code predicates.txt}: irregular forms, verbs of one act), then as {@link Words#of} folds claim
 * words (stems, news synonyms). A name after "by" is an agent (a passive: "the plan was rejected by
 * Sweden"). No full parse: a claim is a clause or two, and the question asked of the frame is
 * narrow — do two wordings with the same predicate give its roles to different actors?
 *
 * @param agent      the folded names before the first main verb (and after a "by")
 * @param others     the folded names after it
 * @param predicates the folded main verbs, as worded and as their group's first word (light verbs such as "be", "have", "say" left out by {@link Words#of})
 * @param subject    the folded names before the first main verb alone: empty when the wording opens on
 *                   its verb ("plans to visit the capital after being urged by Sweden"), whose actor is
 *                   then the speaker, not the one named after "by"
 */
record ClaimFrame(Set<String> agent, Set<String> others, Set<String> predicates, Set<String> subject) {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Words and punctuation, as the tagger expects them one by one. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’.-]*(?<![.])|\\d[\\d,.]*\\d|\\d|[^\\s\\p{L}\\p{N}]");
    /** Verbs that carry no proposition of their own in a claim's wording. */
    private static final Set<String> LIGHT = Set.of("be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does",
            "did", "say", "says", "said", "get", "got", "make", "made");

    /**
     * Main verbs read as one predicate ({@code predicates.txt}), each word and its stem mapped to its
     * group's first word: the irregular forms stemming leaves apart ("took", "taken") and verbs that
     * name one act ("pulled out", "withdrew"). Without them one speaker's "will take the offer to the
     * capital" and "the offer would be taken to the capital" have no predicate in common, and the
     * pair needs {@link ClaimIdentity#OTHER_PREDICATES} times the word overlap.
     */
    private static final Map<String, String> GROUPS = groups();

    private static Map<String, String> groups() {
        Map<String, String> out = new HashMap<>();
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        for (DataFile.Line line : DataFile.lines(ClaimFrame.class, "predicates.txt")) {
            String[] group = line.text().strip().split("\\s+");
            for (String w : group) {
                out.putIfAbsent(w, group[0]);
                out.putIfAbsent(stemmer.stem(w).toString(), group[0]);
            }
        }
        return Map.copyOf(out);
    }

    /** Snowball stemmers keep state between calls: one per thread. */
    private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    /** A main verb as its group's first word ({@link #GROUPS}), else in lower case as it is. */
    static String predicate(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        String group = GROUPS.get(lower);
        if (group == null) {
            group = GROUPS.get(STEMMER.get().stem(lower).toString());
        }
        return group == null ? lower : group;
    }

    /** One tagger per thread (POSTaggerME is not thread-safe); the model is read once. */
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Model.POS));

    private static final class Model {
        static final POSModel POS = load();

        private static POSModel load() {
            try (InputStream in = ClaimFrame.class.getResourceAsStream(POS_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + POS_MODEL + " is not on the classpath");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The frame of a wording. */
    static ClaimFrame of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Set<String> agent = new HashSet<>();
        Set<String> others = new HashSet<>();
        Set<String> predicates = new HashSet<>();
        Set<String> subject = new HashSet<>();
        if (tokens.isEmpty()) {
            return new ClaimFrame(agent, others, predicates, Set.of());
        }
        String[] tags = TAGGER.get().tag(tokens.toArray(new String[0]));
        boolean afterVerb = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (tags[i].equals("VERB") && !LIGHT.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                afterVerb = true;
                // the verb as worded too: a predicate is also found among another wording's words ("accepted"
                // in "not acceptable"), which its group's first word ("agree") is not
                predicates.addAll(Words.of(t));
                predicates.addAll(Words.of(predicate(t)));
            } else if (named(t, tags[i])) {
                boolean byAgent = i > 0 && tokens.get(i - 1).equalsIgnoreCase("by") || i > 1 && tokens.get(i - 2).equalsIgnoreCase("by")
                        && named(tokens.get(i - 1), tags[i - 1]);
                (afterVerb && !byAgent ? others : agent).addAll(Words.of(t));
                if (!afterVerb && !byAgent) {
                    subject.addAll(Words.of(t));
                }
            }
        }
        return new ClaimFrame(agent, others, predicates, subject);
    }

    /**
     * A name: a proper noun, a capitalised adjective ("Swedish", folded to the state's name), or a
     * capitalised word the tagger could not place ("X": it tags "win over Sweden" "win over/X Sweden/X").
     */
    private static boolean named(String token, String tag) {
        return (tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("X")) && Character.isUpperCase(token.charAt(0));
    }

    /**
     * Whether two frames share a predicate but give its roles to different actors: an actor that
     * acts in one is only acted upon in the other ("Norway returned the bodies of Swedish soldiers"
     * against "Sweden is to return Norwegian soldiers"; one party agreed and asked a mediator to win over
     * the other, against both parties agreed).
     */
    static boolean swappedRoles(ClaimFrame a, ClaimFrame b) {
        if (a.agent.isEmpty() || b.agent.isEmpty() || a.predicates.stream().noneMatch(b.predicates::contains)) {
            return false; // an agent not named ("the respective governments", "they") is unknown, not another actor
        }
        return actsOnlyInFirst(a, b) || actsOnlyInFirst(b, a);
    }

    private static boolean actsOnlyInFirst(ClaimFrame a, ClaimFrame b) {
        return a.agent.stream().anyMatch(w -> b.others.contains(w) && !b.agent.contains(w));
    }

    /**
     * Whether both wordings have predicates and neither's is among the other's words: "we fear the
     * envoy will obstruct peace in the valley" and "peace will return to the valley once the rebels
     * surrender their weapons" share a topic, not what is said of it. A predicate worded as a noun in the other
     * ("freed all the hostages", "the release of all hostages") is shared, and so is one folded to the
     * other's ({@link #predicate}: "took" and "taken").
     */
    static boolean otherPredicates(ClaimFrame a, Set<String> aWords, ClaimFrame b, Set<String> bWords) {
        return !a.predicates.isEmpty() && !b.predicates.isEmpty() && a.predicates.stream().noneMatch(bWords::contains)
                && a.predicates.stream().noneMatch(b.predicates::contains)
                && b.predicates.stream().noneMatch(aWords::contains);
    }
}
