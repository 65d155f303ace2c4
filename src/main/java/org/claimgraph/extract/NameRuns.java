package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Where unknown names are in a sentence, before anything says what they are: runs of capitalised
 * tokens, joined by connectors ("of", "bin", "von der"), Arabic articles ("al-Mannai", "al Hayya"),
 * hyphens and "Channel 12"'s number, ending at a possessive; and the type word that heads a run
 * ("Ministry of Health", "the Al-Awja crossing"). Immutable and thread-safe.
 */
final class NameRuns {

    private static final List<String> CONNECTORS = List.of("of", "bin", "bint", "ibn", "de", "du", "van", "von", "la", "der", "den",
            "del", "della", "da", "dos", "das", "di");
    /** A name written as one token with its article: "al-Hayya", "el-Sisi". */
    private static final Pattern HYPHENATED_ARTICLE = Pattern.compile("^(al|el|ad|as|ash|at|az|abu)-\\p{Lu}.*");
    /** Lower-case Arabic articles that join a name without a hyphen: "Khalil al Hayya". */
    private static final List<String> LOOSE_ARTICLES = List.of("al", "el", "abu");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(al|el|ad|as|ash|at|az|abu|bin)(-\\p{Lu}.*)?");
    private static final Map<String, EntityType> KEYWORD_TYPES = Map.ofEntries(
            Map.entry("agency-keywords", EntityType.Agency),
            Map.entry("armed-group-keywords", EntityType.ArmedGroup),
            Map.entry("government-keywords", EntityType.Government),
            Map.entry("media-keywords", EntityType.MediaOutlet),
            Map.entry("organization-keywords", EntityType.Organization),
            Map.entry("crossing-keywords", EntityType.Crossing),
            Map.entry("region-keywords", EntityType.Region),
            Map.entry("city-keywords", EntityType.City),
            Map.entry("place-keywords", EntityType.Location));

    private final NameCues cues;

    NameRuns(NameCues cues) {
        this.cues = cues;
    }

    /** A run of name tokens [from, to) of one sentence, before typing. */
    record Run(Sentence sentence, int from, int to) {
    }

    /**
     * The runs of name tokens in {@code s}. Tokens for which {@code taken} is true (named by the
     * gazetteer) are left out, unless a type word ends the run over them ("Gaza Relief Coalition").
     */
    List<Run> in(Sentence s, Predicate<Span> taken) {
        List<Token> tokens = s.tokens();
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int j = runEnd(tokens, i);
            if (keywordType(tokens, i, extendedEnd(tokens, j)).isPresent()
                    && (!taken.test(tokens.get(j - 1).span()) || freeBeforeOf(tokens, i, j, taken))) {
                // "Gaza Relief Coalition", "Autonomous Administration of North and East Syria": the organisation's
                // name wins over the place inside it
                out.add(new Run(s, i, j));
            } else {
                untakenParts(s, i, j, taken).forEach(out::add);
            }
            i = j;
        }
        return out;
    }

    /**
     * Whether the gazetteer named none of the run's words up to its "of" and not all after it: "the
     * Autonomous Administration of North and East Syria" is one name; in "the Intelligence Agency of
     * Ruritania" and "the Government of Sudan" the gazetteer's names stand.
     */
    private static boolean freeBeforeOf(List<Token> tokens, int from, int to, Predicate<Span> taken) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals("of")) {
                return k > from && tokens.subList(k + 1, to).stream().anyMatch(t -> t.isCapitalised() && !taken.test(t.span()));
            }
            if (taken.test(tokens.get(k).span())) {
                return false;
            }
        }
        return false;
    }

    /** A run starts at a name token, at "al" joined by a hyphen to one ("al-Mannai"), or at a unit's ordinal. */
    private boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (isNameToken(t) && !t.mainPos().equals("PRON")) || joiningArticle(tokens, i) || unitOrdinal(tokens, i)
                || initialA(tokens, i);
    }

    /**
     * "A K Mishra", "A. R. Rahman": the initial A, read as the article, opens a name when another
     * initial and a capitalised word follow it ("A K-9 unit" has no word after its initial).
     */
    private static boolean initialA(List<Token> tokens, int i) {
        return (tokens.get(i).text().equals("A") || tokens.get(i).text().equals("A.")) && i + 2 < tokens.size()
                && tokens.get(i + 1).text().matches("\\p{Lu}\\.?") && tokens.get(i + 2).isCapitalised()
                && Character.isLetter(tokens.get(i + 2).text().charAt(0));
    }

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    /**
     * "444th Brigade", "33rd Front": an ordinal before a capitalised unit word opens the unit's name
     * (the ordinal is what tells one brigade from another).
     */
    private boolean unitOrdinal(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !ORDINAL.matcher(tokens.get(i).text()).matches()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isCapitalised() && (cues.is("armed-group-keywords", next.text()) || cues.is("organization-keywords", next.text())
                || cues.is("agency-keywords", next.text()));
    }

    /** "al-Mannai", "al Hayya": a lower-case article joined to the name token after it. */
    private boolean joiningArticle(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return isArabicArticle(t) && (hyphenJoins(tokens, i + 1)
                || (LOOSE_ARTICLES.contains(t.text()) && i + 1 < tokens.size() && isNameToken(tokens.get(i + 1))));
    }

    /** End (exclusive) of the run of name tokens starting at {@code i}. */
    int runEnd(List<Token> tokens, int i) {
        int j = i + 1;
        boolean complement = false; // inside an organisation's "for …" or "of …"
        while (j < tokens.size() && (!endsWithPossessive(tokens.get(j - 1)) || pluralPossessiveInName(tokens, j))) {
            // "Qatar's Ministry": the possessive ends it; "the Sudan Doctors' Network" is one name
            int connectors = connectorsAt(tokens, j);
            int article = j + 1 < tokens.size() && tokens.get(j + 1).text().equals("the") ? 1 : 0;
            if (isOrganisationHead(tokens.get(j - 1)) && tokens.get(j).text().equals("for") && j + 1 + article < tokens.size()
                    && isNameToken(tokens.get(j + 1 + article))) {
                j += 2 + article; // "Institute for the Study of War", "Center for Strategic and International Studies"
                complement = true;
            } else if (complement && tokens.get(j).text().equals("and") && j + 2 < tokens.size() && isNameToken(tokens.get(j + 1))
                    && isNameToken(tokens.get(j + 2))) {
                j += 3; // "… for Strategic and International Studies": "and" joins two words of the name
            } else if (tokens.get(j - 1).text().equals("Channel") && tokens.get(j).mainPos().equals("NUM")) {
                j++; // "Channel 12", "Channel 13 News"
            } else if (isNameToken(tokens.get(j)) || joiningArticle(tokens, j)) {
                j++;
            } else if (hyphenJoins(tokens, j)) {
                j += 2; // "El-Arish", "al-Mannai": the tokenizer splits at the hyphen
            } else if (connectors > 0 && j + connectors < tokens.size() && (isNameToken(tokens.get(j + connectors))
                    || (complement || isOrganisationHead(tokens.get(j - 1))) && tokens.get(j + connectors).isCapitalised())) {
                // inside an organisation's name any capitalised word goes: "Institute for the Study of War"
                complement |= isOrganisationHead(tokens.get(j - 1));
                j += connectors + 1; // "Ursula von der Leyen", "Ministry of Health"
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "Doctors' Network", "Journalists' Syndicate", "People's Liberation Front": a possessive of a
     * plural or of "People" inside a name, when the name goes on to its organisation word within a
     * few words. A name's possessive ("Qatar's Ministry") still ends the run.
     */
    private boolean pluralPossessiveInName(List<Token> tokens, int j) {
        String before = tokens.get(j - 1).text();
        boolean collective = before.endsWith("s'") || before.endsWith("s\u2019") || tokens.get(j - 1).withoutPossessive().equals("People");
        for (int k = j; collective && k < Math.min(tokens.size(), j + 3) && isNameToken(tokens.get(k)); k++) {
            if (isOrganisationHead(tokens.get(k)) || cues.is("armed-group-keywords", tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A word that heads an organisation's name: "Institute", "Ministry", "Council". */
    private boolean isOrganisationHead(Token t) {
        String w = t.withoutPossessive();
        return t.isCapitalised() && (cues.is("organization-keywords", w) || cues.is("agency-keywords", w)
                || cues.is("government-keywords", w));
    }

    /** Whether tokens[k] is a hyphen written without spaces between two parts of a name. */
    private boolean hyphenJoins(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).text().equals("-")
                && tokens.get(k - 1).span().end() == tokens.get(k).span().begin()
                && tokens.get(k).span().end() == tokens.get(k + 1).span().begin()
                && isNameToken(tokens.get(k + 1));
    }

    private static boolean isArabicArticle(Token t) {
        return ARABIC_ARTICLE.matcher(t.text()).matches() && !t.isCapitalised();
    }

    /** The stretches of [from, to) the gazetteer has not named, each starting with a name token. */
    private List<Run> untakenParts(Sentence s, int from, int to, Predicate<Span> taken) {
        List<Token> tokens = s.tokens();
        List<Run> parts = new ArrayList<>();
        int start = -1;
        for (int k = from; k <= to; k++) {
            boolean free = k < to && !taken.test(tokens.get(k).span());
            if (free && start < 0 && startsName(tokens, k)) {
                start = k;
            } else if (!free && start >= 0) {
                int end = k;
                while (end > start && isConnector(tokens.get(end - 1))) {
                    end--;
                }
                if (!(k < to && Token.isInitial(tokens.get(end - 1).text()))) {
                    parts.add(new Run(s, start, end)); // "Daniel P. Driscoll": first names before a known surname are not a name of their own
                }
                start = -1;
            }
        }
        return parts;
    }

    boolean isNameToken(Token t) {
        String w = t.withoutPossessive();
        boolean capitalised = t.isCapitalised() && Character.isLetter(w.codePointAt(0));
        return (capitalised || HYPHENATED_ARTICLE.matcher(w).matches()) && !cues.is("not-names", w);
    }

    static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.text());
    }

    /** How many connectors stand in a row at {@code j}: "von der" gives 2. */
    private static int connectorsAt(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && isConnector(tokens.get(k)) && k - j < 3) {
            k++;
        }
        return k - j;
    }

    static boolean endsWithPossessive(Token t) {
        return !t.withoutPossessive().equals(t.text());
    }

    /**
     * Where a run ends once lower-case type words after it are taken in: "the Al-Mawasi
     * displacement camp", "the Al-Awja crossing". Equals {@code to} when none follow.
     */
    int extendedEnd(List<Token> tokens, int to) {
        if (to > 0 && endsWithPossessive(tokens.get(to - 1))) {
            return to;
        }
        for (int k = to; k < Math.min(tokens.size(), to + 2); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() || !(t.mainPos().equals("NOUN") || t.mainPos().equals("ADJ"))) {
                return to;
            }
            if (keywordOf(t.withoutPossessive()).isPresent() || keywordOf(t.text().replaceFirst("s$", "")).isPresent()) {
                boolean nameFollows = k + 1 < tokens.size() && isNameToken(tokens.get(k + 1));
                return nameFollows ? to : k + 1; // "the Lebanese Shia group Hezbollah": the group is Hezbollah
            }
        }
        return to;
    }

    /**
     * The type the run's head word gives: its last word, or its last word before "of" ("Ministry of
     * Health" is an Agency, "Gaza Relief Coalition" an Organization; "Lebanese Army Day" is neither).
     */
    Optional<EntityType> keywordType(List<Token> tokens, int from, int to) {
        int head = to - 1;
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).text().equals("of") || tokens.get(k).text().equals("for")) {
                head = k - 1; // "Institute for the Study of War" is headed by "Institute"
                break;
            }
        }
        String w = tokens.get(head).withoutPossessive();
        return keywordOf(w).or(() -> pluralKeyword(w)).or(() -> leadingKeyword(tokens, from, to));
    }

    /** Names whose type word comes first, as in transliterated Arabic: "Jaish al-Adl", "Hay'at Tahrir al-Sham". */
    private Optional<EntityType> leadingKeyword(List<Token> tokens, int from, int to) {
        return to - from >= 2 && cues.is("armed-group-leading-words", fold(tokens.get(from).text()))
                ? Optional.of(EntityType.ArmedGroup) : Optional.empty();
    }

    /** "Hay’at" and "Hay'at" alike. */
    private static String fold(String word) {
        return word.replace('’', '\'').replace('ʼ', '\'');
    }

    /** A plural keyword in lower case: "the Zeitoun and Sheikh Radwan neighbourhoods". */
    private Optional<EntityType> pluralKeyword(String word) {
        return Character.isLowerCase(word.charAt(0)) && word.endsWith("s") ? keywordOf(word.substring(0, word.length() - 1)) : Optional.empty();
    }

    Optional<EntityType> keywordOf(String word) {
        return KEYWORD_TYPES.entrySet().stream().filter(e -> cues.is(e.getKey(), word)).map(Map.Entry::getValue).findFirst();
    }
}
