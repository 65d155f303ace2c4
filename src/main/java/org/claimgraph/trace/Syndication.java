package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.vocab.CG;

/**
 * Syndicated copies: articles whose texts share most of their five-word shingles are near
 * duplicates, and the later one, from another outlet, syndicates the earlier. Candidate pairs come
 * from an inverted index of uncommon shingles, so the work grows with the copies, not with the
 * square of the store. Stateless.
 */
final class Syndication {

    /** Shingle overlap for two articles to be near duplicates. */
    static final double NEAR_DUPLICATE = 0.5;

    private static final String ARTICLES = ClaimTracer.PREFIXES + """
            SELECT ?article ?text ?date ?publisher WHERE {
              GRAPH ?g { ?article a cg:Article ; cg:text ?text . OPTIONAL { ?article schema:datePublished ?date }
                         OPTIONAL { ?article schema:publisher ?publisher } }
            }
            """;

    /** Near-duplicate articles by five-word shingles; candidates come from shared, uncommon shingles. */
    static int link(DatasetGraph dataset, List<Quad> out) {
        List<QuerySolution> rows = ClaimTracer.select(dataset, ARTICLES);
        List<Node> articles = new ArrayList<>();
        List<Set<Integer>> shingles = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<Optional<Node>> publishers = new ArrayList<>();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (QuerySolution row : rows) {
            int index = articles.size();
            articles.add(row.getResource("article").asNode());
            Set<Integer> set = shingles(row.getLiteral("text").getString());
            shingles.add(set);
            dates.add(row.contains("date") ? row.getLiteral("date").getLexicalForm() : "");
            publishers.add(row.contains("publisher") ? Optional.of(row.getResource("publisher").asNode()) : Optional.empty());
            set.forEach(s -> postings.computeIfAbsent(s, k -> new ArrayList<>()).add(index));
        }
        Set<Long> compared = new HashSet<>();
        int pairs = 0;
        for (List<Integer> posting : postings.values()) {
            if (posting.size() < 2 || posting.size() > 50) {
                continue; // boilerplate shared by many articles says nothing
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int a = posting.get(x);
                    int b = posting.get(y);
                    if (!compared.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
                        continue;
                    }
                    if (Words.jaccard(shingles.get(a), shingles.get(b)) >= NEAR_DUPLICATE) {
                        pairs++;
                        out.add(ClaimTracer.quad(articles.get(a), CG.nearDuplicateOf.asNode(), articles.get(b)));
                        out.add(ClaimTracer.quad(articles.get(b), CG.nearDuplicateOf.asNode(), articles.get(a)));
                        int later = dates.get(a).compareTo(dates.get(b)) >= 0 ? a : b;
                        int earlier = later == a ? b : a;
                        if (!publishers.get(later).equals(publishers.get(earlier))) {
                            out.add(ClaimTracer.quad(articles.get(later), CG.syndicates.asNode(), articles.get(earlier)));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static Set<Integer> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + 5)).hashCode());
        }
        return out;
    }

    private Syndication() {
    }
}
