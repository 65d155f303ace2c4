package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tracer's batch-wide reads of its index give what reading one key, one word or one cluster at a
 * time gives: a merge orders members by their order keys without reading them, keys read together
 * have the days each has alone, a word's clusters from one value per cluster are those of its claims.
 */
class TraceLookupsTest {

    private TraceIndex index;

    @BeforeEach
    void open() {
        index = TraceIndex.open(TDB2Factory.createDataset().asDatasetGraph());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static TracedClaim claim(String id, String speaker, String text, String date, String article, int begin) {
        Node n = NodeFactory.createURI("urn:claim:" + id);
        return TracedClaim.of(n, speaker, "", NodeFactory.createURI("urn:speaker:" + speaker), false, false, text, "said", "stance-assert",
                NodeFactory.createURI("urn:article:" + article), article, date, Optional.empty(), begin);
    }

    private TracedMembers members(String cluster, int[] reads) {
        TraceIndex.Ordered docs = index.postings().membersInOrder(cluster, 100);
        return new TracedMembers(index, cluster, docs.docs(), docs.keys(), (c, arrival) -> reads[0]++);
    }

    @Test
    void membersAndShingleArticlesComeAsTheSortedSearchesGaveThem() {
        // equal order keys (one article, one offset) across two segments, a deleted member, a capped read
        index.addClaim(claim("m3", "s", "the crossing stays closed to aid", "2025-07-03", "p", 5), "urn:cluster:m", 1);
        index.addClaim(claim("m1", "s", "the crossing remains closed to aid", "2025-07-01", "q", 9), "urn:cluster:m", 2);
        index.refresh();
        index.addClaim(claim("m2", "s", "the crossing is closed to aid trucks", "2025-07-02", "r", 3), "urn:cluster:m", 3);
        index.addClaim(claim("m0", "s", "aid trucks cannot use the crossing", "2025-07-01", "q", 9), "urn:cluster:m", 4);
        index.addClaim(claim("x1", "s", "aid trucks wait at the crossing", "2025-07-01", "q", 2), "urn:cluster:x", 5);
        index.forgetArticles(List.of("urn:article:r"));
        for (int cap : new int[] {100, 2}) {
            List<String> searched = new ArrayList<>();
            index.find(List.of(TraceIndex.term(TraceIndex.CLUSTER, "urn:cluster:m")), TraceIndex.byOrder(), cap)
                    .forEach(d -> searched.add(d.get(TraceIndex.ID)));
            TraceIndex.Ordered read = index.postings().membersInOrder("urn:cluster:m", cap);
            List<String> walked = new ArrayList<>();
            for (int doc : read.docs()) {
                walked.add(index.document(doc).get(TraceIndex.ID));
            }
            assertEquals(searched, walked);
            assertEquals(cap == 100 ? 3 : 2, walked.size());
        }
        index.addArticle(new Syndication.Copy(NodeFactory.createURI("urn:article:b"), Set.of(1, 2)));
        index.refresh();
        index.addArticle(new Syndication.Copy(NodeFactory.createURI("urn:article:a"), Set.of(2, 3)));
        index.addArticle(new Syndication.Copy(NodeFactory.createURI("urn:article:c"), Set.of(2)));
        index.refresh();
        List<String> searched = new ArrayList<>();
        index.find(List.of(TraceIndex.term(TraceIndex.SHINGLE, "2")), TraceIndex.byArrival(), 10).forEach(d -> searched.add(d.get(TraceIndex.ID)));
        assertEquals(List.of("urn:article:b", "urn:article:a", "urn:article:c"), searched);
        assertEquals(searched, index.postings().idsUpTo(TraceIndex.SHINGLE, "2", 3));
        assertEquals(null, index.postings().idsUpTo(TraceIndex.SHINGLE, "2", 2)); // more than the limit: boilerplate
        assertEquals(List.of(), index.postings().idsUpTo(TraceIndex.SHINGLE, "9", 3));
    }

    @Test
    void mergedMembersComeInTracedOrderWithoutBeingRead() {
        // two clusters whose members interleave in time, and a member of this batch dated between them
        index.addClaim(claim("a1", "s", "the crossing stays closed to aid", "2025-07-01", "p", 5), "urn:cluster:a", 1);
        index.addClaim(claim("a2", "s", "the crossing remains closed to aid", "2025-07-04", "q", 9), "urn:cluster:a", 2);
        index.addClaim(claim("b1", "s", "the crossing is closed to aid trucks", "2025-07-02", "r", 3), "urn:cluster:b", 3);
        index.addClaim(claim("b2", "s", "aid trucks cannot use the crossing", "2025-07-05", "t", 7), "urn:cluster:b", 4);
        index.refresh();
        int[] reads = {0};
        TracedMembers kept = members("urn:cluster:a", reads);
        TracedMembers other = members("urn:cluster:b", reads);
        kept.add(claim("n1", "s", "the crossing is still closed to aid", "2025-07-03", "u", 1));
        kept.absorb(other);
        kept.putInOrder();
        assertEquals(0, reads[0]);
        List<String> order = new ArrayList<>();
        for (TracedClaim c : kept) {
            order.add(c.claim().getURI());
        }
        assertEquals(List.of("urn:claim:a1", "urn:claim:b1", "urn:claim:n1", "urn:claim:a2", "urn:claim:b2"), order);
        assertEquals(4, reads[0]);
        // the counts see both clusters' members in the index and the batch's
        assertEquals(5, kept.facts(c -> index.postings().facts(c)).size());
    }

    @Test
    void claimsAddedTogetherAreIndexedAsAddedOneByOne() {
        // more than one thousand, so that the documents are built in two rounds; clusters and days interleave
        List<TracedClaim> claims = new ArrayList<>();
        List<String> clusters = new ArrayList<>();
        for (int i = 0; i < 1_005; i++) {
            claims.add(claim("t" + i, "s", "the convoy reached the crossing", "2025-07-0" + (1 + i % 3), "a" + i % 7, i));
            clusters.add("urn:cluster:" + (i * 7919 % 11));
        }
        TraceIndex together = TraceIndex.open(TDB2Factory.createDataset().asDatasetGraph());
        try {
            together.addClaims(claims, clusters, 500);
            together.refresh();
            for (int i = 0; i < claims.size(); i++) {
                index.addClaim(claims.get(i), clusters.get(i), 500 + i);
            }
            index.refresh();
            for (int day = 1; day <= 3; day++) {
                String term = TraceIndex.dated("speaker s convoy", DatedIndex.day("2025-07-0" + day));
                List<Node> oneByOne = index.postings().clustersWith(TraceIndex.CLUSTER_KEY, term);
                assertEquals(335, oneByOne.size());
                assertEquals(oneByOne, together.postings().clustersWith(TraceIndex.CLUSTER_KEY, term));
            }
            for (int c = 0; c < 11; c++) {
                assertEquals(index.postings().facts("urn:cluster:" + c), together.postings().facts("urn:cluster:" + c));
            }
        } finally {
            together.close();
        }
    }

    @Test
    void keysReadTogetherHaveTheDaysEachHasAlone() {
        String[] words = {"aid", "aida", "convoy", "border"};
        String[] dates = {"2025-07-01", "2025-07-03", "2025-07-09", "2025-07-20"};
        Set<String> present = new LinkedHashSet<>();
        int n = 0;
        for (String date : dates) {
            for (String w : words) {
                TracedClaim c = claim("c" + n, "s", w + " holds firm today", date, "a" + n, n);
                present.addAll(ClaimTracer.keys(c));
                index.addClaim(c, "urn:cluster:" + (n % 3), n);
                n++;
            }
        }
        index.refresh();
        long from = DatedIndex.day(claim("x", "s", "x", "2025-07-02", "x", 0));
        long to = from + 10;
        // with keys no claim has, some extending others (their terms sort on either side of the day's separator)
        Set<String> keys = new LinkedHashSet<>(present);
        present.forEach(k -> {
            keys.add(k + "x");
            keys.add(k + "~");
            keys.add(k.replace("speaker s", "speaker z"));
        });
        Map<String, TreeMap<Long, List<KeyPostings.TermAt>>> together = index.postings().days(TraceIndex.CLUSTER_KEY, keys, from, to);
        for (String key : keys) {
            TreeMap<Long, List<KeyPostings.TermAt>> alone = index.postings().days(TraceIndex.CLUSTER_KEY, key, from, to);
            assertEquals(alone.keySet(), together.get(key).keySet(), key);
            for (long day : alone.keySet()) {
                assertEquals(index.postings().clustersAt(TraceIndex.CLUSTER_KEY, alone.get(day)),
                        index.postings().clustersAt(TraceIndex.CLUSTER_KEY, together.get(key).get(day)), key + " " + day);
            }
        }
        for (String key : present) {
            assertEquals(Set.of(from + 1, from + 7), together.get(key).keySet(), key);
        }
    }

    @Test
    void aDayIsWrittenAsTheFormatWroteItAndReadBackFromTheTermsBytes() {
        for (long day : new long[] {-100_000_001L, -100_000_000L, -1, 0, 7, 20_300, 899_999_999L, 900_000_000L, Long.MIN_VALUE / 4, Long.MAX_VALUE / 4}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%09d", day + 100_000_000L), TraceIndex.dayDigits(day), "day " + day);
        }
        // keys with letters of more than one byte: the day's digits are found after the key's bytes, not its characters
        TracedClaim c = claim("c", "José", "café prices rose sharply", "2025-07-04", "a", 0);
        index.addClaim(c, "urn:cluster:1", 0);
        index.refresh();
        long day = DatedIndex.day(c);
        for (String key : ClaimTracer.keys(c)) {
            assertEquals(Set.of(day), index.postings().days(TraceIndex.CLUSTER_KEY, key, day - 3, day + 3).keySet(), key);
            assertEquals(Set.of(day), index.postings().days(TraceIndex.CLUSTER_KEY, key, Long.MIN_VALUE / 4, Long.MAX_VALUE / 4).keySet(), key);
        }
    }

    @Test
    void aWordsClustersInFirstSeenOrderAreThoseOfItsClaims() {
        index.addClaim(claim("c1", "s", "famine warnings grow", "2025-07-05", "a", 1), "urn:cluster:late", 1);
        index.addClaim(claim("c2", "s", "famine spreads north", "2025-07-02", "b", 1), "urn:cluster:early", 2);
        index.addClaim(claim("c3", "s", "famine spreads south", "2025-07-01", "c", 1), "urn:cluster:late", 3);
        index.addClaim(claim("c4", "s", "no famine words here either", "2025-07-03", "d", 1), "urn:cluster:middle", 4);
        index.addClaim(claim("c5", "s", "the border stays shut", "2025-07-01", "e", 1), "urn:cluster:other", 5);
        index.refresh();
        String famine = Words.of("famine").iterator().next();
        List<String> firsts = new ArrayList<>();
        index.postings().firstPerCluster(TraceIndex.WORD, famine).forEach(e -> firsts.add(e.cluster().utf8ToString()));
        // what a search of all its claims in order gives, each cluster at its first claim
        Set<String> searched = new LinkedHashSet<>();
        for (Document d : index.find(List.of(TraceIndex.term(TraceIndex.WORD, famine)), TraceIndex.byOrder(), 100)) {
            searched.add(d.get(TraceIndex.CLUSTER));
        }
        assertEquals(List.of("urn:cluster:late", "urn:cluster:early", "urn:cluster:middle"), new ArrayList<>(searched));
        assertEquals(new ArrayList<>(searched), firsts);
        assertEquals(4, index.postings().countUpTo(TraceIndex.WORD, famine, 10));
        assertEquals(3, index.postings().countUpTo(TraceIndex.WORD, famine, 2));
    }

    @Test
    void aWordIsCountedByItsLiveClaimsInSegmentsWithAndWithoutDeletions() {
        // one segment left whole (counted by its frequency), one with a claim forgotten (counted doc by doc)
        index.addClaim(claim("d1", "s", "curfew lifted downtown", "2025-07-01", "a", 1), "urn:cluster:d", 1);
        index.addClaim(claim("d2", "s", "curfew extended downtown", "2025-07-02", "b", 1), "urn:cluster:d", 2);
        index.commit(1);
        index.refresh();
        index.addClaim(claim("d3", "s", "curfew ends tonight", "2025-07-03", "c", 1), "urn:cluster:e", 3);
        index.addClaim(claim("d4", "s", "curfew begins at dusk", "2025-07-04", "d", 1), "urn:cluster:e", 4);
        index.addClaim(claim("d5", "s", "curfew stays for now", "2025-07-05", "e", 1), "urn:cluster:e", 5);
        index.refresh();
        index.forgetArticles(List.of("urn:article:d"));
        String curfew = Words.of("curfew").iterator().next();
        assertEquals(4, index.postings().countUpTo(TraceIndex.WORD, curfew, 10));
        assertEquals(4, index.postings().countUpTo(TraceIndex.WORD, curfew, 3));
        assertEquals(2, index.postings().countUpTo(TraceIndex.WORD, curfew, 1), "never more than the limit and one");
        assertEquals(0, index.postings().countUpTo(TraceIndex.WORD, "nowhere", 10));
    }
}
