package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.vocab.CG;

/**
 * Syndicated copies: articles whose texts share most of their five-word shingles are near
 * duplicates, and the later one, from another outlet, syndicates the earlier. Candidate pairs come
 * from an inverted index of uncommon shingles (the batch's, and the {@link TraceIndex} for articles
 * traced before), so the work grows with the copies, not with the square of the store. Stateless.
 */
final class Syndication {

    /** Shingle overlap for two articles to be near duplicates. */
    static final double NEAR_DUPLICATE = 0.5;

    /** A shingle in more articles than this is boilerplate: it says nothing about copying. */
    static final int COMMON_SHINGLE = 50;

    /** An article's five-word shingles (hashed), as the index keeps them. */
    record Copy(Node article, Set<Integer> shingles) {

        /**
         * The article with its shingles kept as a sorted int[] ({@link SortedShingles}): a batch's copies wait for the
         * index until the batch ends, a thousand articles of about a thousand boxed shingles each in sets.
         */
        static Copy packed(Node article, Set<Integer> shingles) {
            return new Copy(article, new SortedShingles(Syndication.packed(shingles)));
        }
    }

    /** A set of distinct shingles over a sorted int[] (see {@link #packed}): read only, 4 bytes a shingle. */
    static final class SortedShingles extends java.util.AbstractSet<Integer> {
        private final int[] sorted;

        SortedShingles(int[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && java.util.Arrays.binarySearch(sorted, i) >= 0;
        }

        @Override
        public java.util.Iterator<Integer> iterator() {
            return java.util.Arrays.stream(sorted).iterator();
        }

        @Override
        public int size() {
            return sorted.length;
        }
    }

    /**
     * Adds the near duplicates among the batch's articles and between them and those traced before to
     * {@code out}; returns how many pairs there are. Candidates share a shingle that few articles have
     * (those traced before found in the index, their texts read again from the store); pairs traced
     * before stay as they are.
     *
     * @param postings the index's postings lookups this call may use (its own when beside the tracer's thread)
     * @param indexed receives the batch's articles with their shingles, for the index
     */
    static int link(List<TraceReader.ArticleText> batch, TraceIndex index, KeyPostings postings, TraceReader reader, List<Quad> out,
            List<Copy> indexed) {
        Map<Integer, List<Integer>> inBatch = new HashMap<>();
        List<Set<Integer>> shingles = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Set<Integer> set = shingles(batch.get(i).text());
            shingles.add(set);
            indexed.add(Copy.packed(batch.get(i).article(), set)); // the sets themselves only while this runs
            for (Integer sh : set) {
                inBatch.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<Node>> tracedWith = new HashMap<>();
        Map<Node, TraceReader.ArticleText> tracedTexts = new HashMap<>();
        // an earlier article's shingles as a sorted int[], not a set of boxed ints: a batch may compare its articles with
        // thousands of earlier ones (the sets were suspected of most of a 1 GB heap at 10,000 articles)
        Map<Node, int[]> tracedShingles = new HashMap<>();
        Set<String> compared = new HashSet<>();
        // a first load's index holds no article: its shingles are not looked up one by one for nothing
        boolean anyTraced = index != null && index.count(TraceIndex.term(TraceIndex.KIND, "article")) > 0;
        int pairs = 0;
        for (int a = 0; a < batch.size(); a++) {
            // first the uncommon shingles a shares with each other article, and how many of its shingles are common
            Map<Node, Integer> sharedWithTraced = new LinkedHashMap<>();
            Map<Integer, Integer> sharedWithBatch = new LinkedHashMap<>();
            int common = 0;
            for (Integer sh : shingles.get(a)) {
                List<Node> old = anyTraced ? tracedWith.computeIfAbsent(sh, k -> traced(postings, k)) : List.of();
                List<Integer> mine = inBatch.get(sh);
                int size = old == null ? Integer.MAX_VALUE : old.size() + mine.size();
                if (size > COMMON_SHINGLE) {
                    common++;
                }
                if (size < 2 || size > COMMON_SHINGLE) {
                    continue; // boilerplate shared by many articles says nothing
                }
                old.forEach(b -> sharedWithTraced.merge(b, 1, Integer::sum));
                for (int b : mine) {
                    if (b != a) {
                        sharedWithBatch.merge(b, 1, Integer::sum);
                    }
                }
            }
            // a near duplicate shares at least half of a's shingles (the overlap is at most the shared over a's): an
            // article that cannot reach it, even with every common shingle, is not read again
            int needed = (int) Math.ceil(NEAR_DUPLICATE * shingles.get(a).size());
            for (Map.Entry<Node, Integer> e : sharedWithTraced.entrySet()) {
                Node b = e.getKey();
                if (e.getValue() + common < needed || !compared.add(batch.get(a).article().getURI() + " " + b.getURI())) {
                    continue;
                }
                // the shingles the index keeps for b first: its text and metadata are read only for a near duplicate
                if (jaccard(shingles.get(a), tracedShingles.computeIfAbsent(b, n -> packed(storedShingles(index, n, reader)))) >= NEAR_DUPLICATE) {
                    TraceReader.ArticleText other = tracedTexts.computeIfAbsent(b, n -> reader.article(n));
                    if (other != null) {
                        pairs += pair(other, batch.get(a), out);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : sharedWithBatch.entrySet()) {
                int b = e.getKey();
                int x = Math.min(a, b);
                int y = Math.max(a, b);
                // the same bound as above: a pair that cannot reach the overlap from a's side is not compared (the
                // generated bench corpus made every article meet hundreds of others this way, profiled)
                if (e.getValue() + common >= needed && compared.add(x + " " + y)
                        && Words.jaccard(shingles.get(x), shingles.get(y)) >= NEAR_DUPLICATE) {
                    pairs += pair(batch.get(x), batch.get(y), out);
                }
            }
        }
        return pairs;
    }

    /** The articles with their shingles, for the index. */
    static List<Copy> copies(List<TraceReader.ArticleText> articles) {
        return articles.stream().map(a -> Copy.packed(a.article(), shingles(a.text()))).toList();
    }

    /**
     * Which of two near duplicates came later: the one with the later date (undated ones before every
     * dated one), and on the same date the one whose IRI sorts later. A total order of the two articles
     * alone: with "the first passed" winning a tie, a first load (a batch in order of arrival) and a
     * retrace (the batch in IRI order) turned same-day pairs round.
     */
    static final Comparator<TraceReader.ArticleText> PUBLISHED = Comparator.comparing(TraceReader.ArticleText::date)
            .thenComparing(t -> t.article().getURI());

    /** Two near duplicates; the later ({@link #PUBLISHED}) syndicates the other if another outlet published it. */
    static int pair(TraceReader.ArticleText a, TraceReader.ArticleText b, List<Quad> out) {
        out.add(ClaimTracer.quad(a.article(), CG.nearDuplicateOf.asNode(), b.article()));
        out.add(ClaimTracer.quad(b.article(), CG.nearDuplicateOf.asNode(), a.article()));
        TraceReader.ArticleText later = PUBLISHED.compare(a, b) >= 0 ? a : b;
        TraceReader.ArticleText earlier = later == a ? b : a;
        if (!later.publisher().equals(earlier.publisher())) {
            out.add(ClaimTracer.quad(later.article(), CG.syndicates.asNode(), earlier.article()));
        }
        return 1;
    }

    /** A set of shingles as a sorted array: a twelfth of the set's memory. */
    static int[] packed(Set<Integer> shingles) {
        int[] out = new int[shingles.size()];
        int i = 0;
        for (Integer sh : shingles) {
            out[i++] = sh;
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** {@link Words#jaccard} of a set and a packed set of distinct shingles: the same value. */
    static double jaccard(Set<Integer> a, int[] b) {
        if (a.isEmpty() && b.length == 0) {
            return 0;
        }
        int both = 0;
        for (int sh : b) {
            if (a.contains(sh)) {
                both++;
            }
        }
        return (double) both / (a.size() + b.length - both);
    }

    /** The articles traced before that have a shingle; null when more than {@link #COMMON_SHINGLE} have it. */
    private static List<Node> traced(KeyPostings postings, int shingle) {
        // one walk of the shingle's postings (the articles it reads are remembered for the batch's other shingles)
        List<String> ids = postings.idsUpTo(TraceIndex.SHINGLE, Integer.toString(shingle), COMMON_SHINGLE);
        if (ids == null) {
            return null; // boilerplate
        }
        List<Node> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(NodeFactory.createURI(id)));
        return out;
    }

    /**
     * The shingles of an article traced before, as the index keeps them; from its text when the index
     * has none for it (an empty set when it is not stored any more).
     */
    private static Set<Integer> storedShingles(TraceIndex index, Node article, TraceReader reader) {
        return index.shingles(article.getURI()).orElseGet(() -> {
            TraceReader.ArticleText text = reader.article(article);
            return text == null ? Set.of() : shingles(text.text());
        });
    }

    /**
     * The hashes of a text's five-word shingles: its lower-cased words (runs of letters and digits)
     * joined by single spaces, five at a time, as {@link String#hashCode} hashes them. The words are
     * those {@code split("[^\\p{L}\\p{N}]+")} gives, a leading empty one included when the text
     * begins with other characters; the hash is computed over the words in place, without building the
     * joined strings (a tenth of tracing time went into them, profiled).
     */
    static Set<Integer> shingles(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        if (n > 0 && !wordChar(lower.codePointAt(0))) {
            words.add(new int[] {0, 0}); // split's leading empty word
        }
        while (i < n) {
            while (i < n && !wordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int begin = i;
            while (i < n && wordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > begin) {
                words.add(new int[] {begin, i});
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int w = 0; w + 5 <= words.size(); w++) {
            int h = 0;
            for (int k = w; k < w + 5; k++) {
                if (k > w) {
                    h = 31 * h + ' ';
                }
                for (int c = words.get(k)[0]; c < words.get(k)[1]; c++) {
                    h = 31 * h + lower.charAt(c);
                }
            }
            out.add(h);
        }
        return out;
    }

    private static boolean wordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private Syndication() {
    }
}
