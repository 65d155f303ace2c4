package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

class SyndicationTest {

    /** The shingles as they were first computed (split and join): the index keeps these hashes, so they must not change. */
    private static Set<Integer> bySplitAndJoin(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + 5)).hashCode());
        }
        return out;
    }

    @Test
    void shinglesHashAsTheSplitAndJoinedWordsDo() {
        for (String text : List.of(
                "The mediators met in Doha on Tuesday and said talks would resume next week.",
                "\u201cWe will not accept,\u201d the spokesman said, adding that 1,200 people had left.",
                "  Leading spaces, then words: one two three four five six.",
                "Ünïcode wörds — Straße, İstanbul, 𝔸𝕓𝕔 letters and ٣ digits in العربية text here.",
                "short text", "", "...", "a b c d e")) {
            assertEquals(bySplitAndJoin(text), Syndication.shingles(text), text);
        }
    }

    /** The syndication links {@link Syndication#link} finds in one batch of articles, in this order (no articles traced before). */
    private static Set<String> syndicationsOf(List<TraceReader.ArticleText> batch) {
        List<Quad> out = new ArrayList<>();
        Syndication.link(batch, null, null, null, out, new ArrayList<>());
        Set<String> links = new HashSet<>();
        out.stream().filter(q -> q.getPredicate().equals(CG.syndicates.asNode()))
                .forEach(q -> links.add(q.getSubject().getURI() + " syndicates " + q.getObject().getURI()));
        return links;
    }

    private static TraceReader.ArticleText article(String id, String date, String outlet, String text) {
        Node publisher = NodeFactory.createURI("https://example.org/outlet/" + outlet);
        return new TraceReader.ArticleText(NodeFactory.createURI("https://example.org/article/" + id), text, date, Optional.of(publisher));
    }

    @Test
    void sameDayCopiesAreTurnedTheSameWayWhateverTheirOrderInTheBatch() {
        // a first load takes a batch in order of arrival, a retrace in IRI order: a tie must not follow either
        String wire = "The harbour board of Velmora voted on Monday to close the northern pier for repairs until the spring,"
                + " its chair Anselm Kroy told reporters after a long meeting in the old customs house.";
        TraceReader.ArticleText first = article("aaa", "2031-04-07", "coastal-herald", wire);
        TraceReader.ArticleText second = article("bbb", "2031-04-07", "inland-courier", wire + " Ferries will use the south quay.");
        Set<String> inIriOrder = syndicationsOf(List.of(first, second));
        assertEquals(1, inIriOrder.size(), inIriOrder.toString());
        assertEquals(inIriOrder, syndicationsOf(List.of(second, first)));
        // the total order: same date, so the IRI that sorts later is the later copy
        assertEquals(Set.of("https://example.org/article/bbb syndicates https://example.org/article/aaa"), inIriOrder);
    }

    @Test
    void theLaterDateSyndicatesTheEarlierAndAnUndatedCopyCountsAsEarliest() {
        String wire = "Ferry crews on the Olvan lakes stopped work for two days over pay, the union of lake sailors said in"
                + " a statement, and the operator promised talks before the summer timetable begins.";
        TraceReader.ArticleText dated = article("aaa", "2031-05-02", "lake-news", wire);
        TraceReader.ArticleText earlier = article("zzz", "2031-05-01", "valley-post", wire);
        TraceReader.ArticleText undated = article("zzz", "", "valley-post", wire);
        assertEquals(Set.of("https://example.org/article/aaa syndicates https://example.org/article/zzz"),
                syndicationsOf(List.of(earlier, dated)));
        assertEquals(Set.of("https://example.org/article/aaa syndicates https://example.org/article/zzz"),
                syndicationsOf(List.of(dated, undated)));
    }
}
