package org.claimgraph.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * A traced claim as a {@link TraceIndex} document and back: its cluster, day, arrival and order, the
 * keys candidates are looked up by (as {@link ClaimTracer} and {@link Responses} index a claim), its
 * words, and what a comparison needs (stored as JSON).
 */
final class ClaimDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimDocument() {
    }

    static Document of(TracedClaim c, String cluster, long seq) {
        Document d = new Document();
        d.add(new StringField(TraceIndex.ID, c.claim().getURI(), Field.Store.YES));
        d.add(new StringField(TraceIndex.KIND, "claim", Field.Store.NO));
        d.add(new StringField(TraceIndex.ARTICLE, c.article().getURI(), Field.Store.NO));
        // what a cluster's counts, first report and named speakers need, read without the stored document
        d.add(new SortedDocValuesField(TraceIndex.ID_VALUE, new BytesRef(c.claim().getURI())));
        d.add(new SortedDocValuesField(TraceIndex.ARTICLE_VALUE, new BytesRef(c.article().getURI())));
        d.add(new SortedDocValuesField(TraceIndex.PUBLISHER, new BytesRef(c.publisher().map(Node::getURI).orElse(""))));
        d.add(new SortedDocValuesField(TraceIndex.SPEAKER, new BytesRef(c.anonymous() ? "" : c.speaker().getURI())));
        d.add(new SortedDocValuesField(TraceIndex.FIRST, new BytesRef(c.firstSeenKey())));
        d.add(new StringField(TraceIndex.CLUSTER, cluster, Field.Store.YES));
        d.add(new SortedDocValuesField(TraceIndex.CLUSTER, new BytesRef(cluster)));
        long day = DatedIndex.day(c);
        ClaimTracer.keys(c).forEach(k -> d.add(new StringField(TraceIndex.CLUSTER_KEY, TraceIndex.dated(k, day), Field.Store.NO)));
        AnswerCandidates.keys(c).forEach(k -> d.add(new StringField(TraceIndex.ANSWER_KEY, TraceIndex.dated(k, day), Field.Store.NO)));
        c.words().forEach(w -> d.add(new StringField(TraceIndex.WORD, w, Field.Store.NO)));
        TraceIndex.addSortFields(d, day, seq, c.orderKey());
        d.add(new StoredField(TraceIndex.DATA, json(c)));
        return d;
    }

    private static String json(TracedClaim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("claim", c.claim().getURI());
        o.put("speakerKey", c.speakerKey());
        o.put("principal", c.principal());
        o.put("speaker", c.speaker().getURI());
        o.put("anonymous", c.anonymous());
        o.put("person", c.person());
        o.put("text", c.text());
        o.put("cue", c.cueText());
        o.put("words", String.join(" ", c.words()));
        o.put("numbers", String.join(" ", c.numbers()));
        o.put("cueWords", String.join(" ", c.cueWords()));
        o.put("referent", c.referent());
        o.put("stance", c.stance());
        o.put("article", c.article().getURI());
        o.put("articleId", c.articleId());
        o.put("date", c.date());
        c.publisher().ifPresent(p -> o.put("publisher", p.getURI()));
        o.put("begin", c.begin());
        return o.toString();
    }

    /** A stored word set, iterated in the order the traced claim's own set was (sums of weights add up alike). */
    private static Set<String> set(String joined) {
        return joined.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(joined.split(" ")));
    }

    /** The claim a document stores. */
    static TracedClaim claim(Document d) {
        try {
            JsonNode o = JSON.readTree(d.get(TraceIndex.DATA));
            // the words are stored as worked out when the claim was traced: no stemming again
            return new TracedClaim(NodeFactory.createURI(o.get("claim").asText()), o.get("speakerKey").asText(), o.get("principal").asText(),
                    NodeFactory.createURI(o.get("speaker").asText()), o.get("anonymous").asBoolean(), o.get("person").asBoolean(),
                    o.get("text").asText(), set(o.get("words").asText()), set(o.get("numbers").asText()), o.get("cue").asText(),
                    set(o.get("cueWords").asText()), o.get("referent").asText(), o.get("stance").asText(),
                    NodeFactory.createURI(o.get("article").asText()), o.get("articleId").asText(), o.get("date").asText(),
                    o.has("publisher") ? Optional.of(NodeFactory.createURI(o.get("publisher").asText())) : Optional.empty(),
                    o.get("begin").asInt(), ClaimIdentity.negated(o.get("text").asText()), ClaimIdentity.several(o.get("text").asText()),
                    DatedIndex.day(o.get("date").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
