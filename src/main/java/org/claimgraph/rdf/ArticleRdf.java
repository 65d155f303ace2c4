package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Hashes;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.domain.RoleStatement;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.rdf.vocab.CG;

/**
 * Maps a resolved article to the quads of its own named graph: the article with its metadata and
 * provenance, its sentences, and every mention as a Web Annotation anchored by character offsets.
 * Deterministic: the same article and run give the same quads.
 */
public final class ArticleRdf {

    private ArticleRdf() {
    }

    /** Sends the article's graph to {@code sink} (which is neither started nor finished here). */
    public static void write(ResolvedArticle resolved, IngestRun run, StreamRDF sink) {
        new Emitter(resolved, run, sink).emit();
    }

    /**
     * A hash over everything stored for an article except provenance, so re-reading the same
     * content is recognised as unchanged while any edit to text or metadata is not.
     */
    public static String fingerprint(Article article) {
        ArticleMetadata m = article.metadata();
        return Hashes.sha256Hex(String.join("\u0000",
                article.contentHash(), m.url().orElse(""), m.title().orElse(""),
                m.publisher().orElse(""), m.published().orElse(""), SoftwareVersion.get()));
    }

    private static final class Emitter {
        private final ResolvedArticle resolved;
        private final Article article;
        private final IngestRun run;
        private final StreamRDF sink;
        private final Node graph;
        private final Node articleNode;

        Emitter(ResolvedArticle resolved, IngestRun run, StreamRDF sink) {
            this.resolved = resolved;
            this.article = resolved.article();
            this.run = run;
            this.sink = sink;
            this.graph = Iris.articleGraph(article.id());
            this.articleNode = Iris.article(article.id());
        }

        void emit() {
            emitArticle();
            emitRun();
            for (Sentence sentence : resolved.annotated().sentences()) {
                emitSentence(sentence.index(), sentence.span());
            }
            for (ResolvedArticle.EntityMentions em : resolved.entities()) {
                if (!em.entity().reference()) {
                    emitEntity(em);
                }
                for (Mention m : em.mentions()) {
                    emitMention(m);
                }
            }
            for (ResolvedAttribution a : resolved.attributions()) {
                emitAttribution(a);
            }
            for (ResolvedQuantity q : resolved.quantities()) {
                emitQuantity(q);
            }
            emitNegotiations();
            for (RoleStatement r : resolved.roles()) {
                Node holder = NodeFactory.createURI(r.holder().entity().iri());
                add(holder, CG.role.asNode(), NodeFactory.createLiteralLang(r.role(), "en"));
                r.affiliation().ifPresent(a -> add(holder, CG.affiliatedWith.asNode(), NodeFactory.createURI(a.iri())));
            }
        }

        /** An entity the article introduced: its type, name and the other names the article uses. */
        private void emitEntity(ResolvedArticle.EntityMentions em) {
            Entity e = em.entity();
            Node node = NodeFactory.createURI(e.iri());
            for (EntityType type : e.types()) {
                add(node, RDF.type.asNode(), CG.resource(type.name()).asNode());
            }
            add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
            em.mentions().stream()
                    .filter(m -> m.how() != Mention.MatchKind.ANAPHOR)
                    .map(Mention::text)
                    .filter(t -> !t.equals(e.label()))
                    .distinct()
                    .forEach(t -> add(node, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralLang(t, "en")));
        }

        private void emitArticle() {
            ArticleMetadata m = article.metadata();
            add(articleNode, RDF.type.asNode(), CG.Article.asNode());
            add(articleNode, CG.articleId.asNode(), string(article.id()));
            add(articleNode, CG.text.asNode(), string(article.text()));
            add(articleNode, CG.contentHash.asNode(), string(article.contentHash()));
            add(articleNode, CG.fingerprint.asNode(), string(fingerprint(article)));
            add(articleNode, CG.charCount.asNode(), integer(article.text().length()));
            add(articleNode, CG.duplicateParagraphs.asNode(), integer(resolved.annotated().clean().duplicateParagraphs()));
            add(articleNode, Vocab.PROV_WAS_GENERATED_BY, Iris.run(run.id()));
            m.url().ifPresent(u -> add(articleNode, Vocab.SCHEMA_URL, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
            m.file().ifPresent(f -> add(articleNode, CG.sourceFile.asNode(), string(f)));
            m.title().ifPresent(t -> add(articleNode, DCTerms.title.asNode(), string(t)));
            m.published().ifPresent(p -> add(articleNode, Vocab.SCHEMA_DATE_PUBLISHED, dateLiteral(p)));
            m.publisher().ifPresent(name -> {
                Node publisher = Iris.publisher(name);
                add(articleNode, Vocab.SCHEMA_PUBLISHER, publisher);
                add(publisher, RDF.type.asNode(), CG.Publisher.asNode());
                add(publisher, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "en"));
            });
        }

        private void emitRun() {
            Node runNode = Iris.run(run.id());
            Node software = Iris.software(run.softwareVersion());
            add(runNode, RDF.type.asNode(), CG.IngestRun.asNode());
            add(runNode, Vocab.PROV_STARTED_AT_TIME, NodeFactory.createLiteralDT(
                    DateTimeFormatter.ISO_INSTANT.format(run.started()), XSDDatatype.XSDdateTime));
            add(runNode, Vocab.PROV_WAS_ASSOCIATED_WITH, software);
            add(software, RDF.type.asNode(), Vocab.PROV_SOFTWARE_AGENT);
            add(software, RDFS.label.asNode(), string("claimgraph " + run.softwareVersion()));
            add(software, CG.softwareVersion.asNode(), string(run.softwareVersion()));
        }

        private void emitSentence(int index, Span span) {
            Node sentence = Iris.sentence(article.id(), index);
            add(sentence, RDF.type.asNode(), CG.Sentence.asNode());
            add(sentence, CG.inArticle.asNode(), articleNode);
            add(sentence, CG.sentenceIndex.asNode(), integer(index));
            anchor(sentence, span);
        }

        private void emitMention(Mention m) {
            Node mention = Iris.mention(article.id(), m.span());
            add(mention, RDF.type.asNode(), CG.Mention.asNode());
            add(mention, CG.inArticle.asNode(), articleNode);
            if (m.sentence() >= 0) {
                add(mention, CG.inSentence.asNode(), Iris.sentence(article.id(), m.sentence()));
            }
            add(mention, CG.refersTo.asNode(), NodeFactory.createURI(m.entity().iri()));
            add(mention, CG.mentionText.asNode(), string(m.text()));
            add(mention, CG.usedAs.asNode(), (m.use() == EntityType.Kind.PLACE ? CG.Location : CG.Actor).asNode());
            add(mention, CG.linkConfidence.asNode(), decimal(m.confidence()));
            add(mention, Vocab.PROV_WAS_GENERATED_BY, Iris.run(run.id()));
            anchor(mention, m.span());
        }

        /**
         * An attribution, the claim it asserts and its speaker. The source words become a mention of
         * the speaker (cg:sourceMention); an unnamed speaker is a cg:AnonymousSource of its own.
         */
        private void emitAttribution(ResolvedAttribution r) {
            Attribution a = r.attribution();
            String text = article.text();
            Node node = Iris.attribution(article.id(), a.cue());
            Node claim = Iris.part(node, "claim");
            add(node, RDF.type.asNode(), CG.Attribution.asNode());
            add(node, CG.inArticle.asNode(), articleNode);
            add(node, CG.inSentence.asNode(), Iris.sentence(article.id(), a.sentence()));
            Node speaker = speaker(r.speaker(), anonymousNode(r.speaker(), node, "speaker"));
            add(node, CG.source.asNode(), speaker);
            r.via().ifPresent(v -> add(node, CG.via.asNode(), speaker(v, anonymousNode(v, node, "via"))));
            a.source().ifPresent(span -> {
                Node mention = Iris.part(node, "source");
                add(node, CG.sourceMention.asNode(), mention);
                add(mention, RDF.type.asNode(), CG.Mention.asNode());
                add(mention, CG.inArticle.asNode(), articleNode);
                add(mention, CG.refersTo.asNode(), speaker);
                add(mention, CG.mentionText.asNode(), string(span.of(text)));
                add(mention, CG.usedAs.asNode(), CG.Actor.asNode());
                add(mention, CG.linkConfidence.asNode(), decimal(r.sourceConfidence()));
                anchor(mention, span);
                r.antecedent().ifPresent(earlier -> {
                    Node antecedent = Iris.part(node, "antecedent");
                    add(mention, CG.antecedent.asNode(), antecedent);
                    span(antecedent, earlier);
                });
            });
            Node cue = Iris.part(node, "cue");
            add(node, CG.cue.asNode(), cue);
            span(cue, a.cue());
            add(node, CG.cueLemma.asNode(), string(a.cueLemma()));
            for (int i = 0; i < a.content().size(); i++) {
                Node content = Iris.part(node, "content-" + i);
                add(node, CG.content.asNode(), content);
                span(content, a.content().get(i));
            }
            String contentText = a.contentText(text);
            add(node, CG.contentText.asNode(), string(contentText));
            add(node, CG.mode.asNode(), CG.concept("mode", a.mode().code()).asNode());
            add(node, CG.stance.asNode(), CG.concept("stance", a.stance().code()).asNode());
            add(node, CG.extractionConfidence.asNode(), decimal(a.confidence()));
            add(node, CG.sourceConfidence.asNode(), decimal(r.sourceConfidence()));
            add(node, CG.asserts.asNode(), claim);
            clocks(node, Optional.empty());
            add(node, Vocab.PROV_WAS_GENERATED_BY, Iris.run(run.id()));
            add(claim, RDF.type.asNode(), CG.Claim.asNode());
            add(claim, CG.claimText.asNode(), string(contentText));
            if (a.mode() != Attribution.Mode.INDIRECT) {
                add(claim, CG.quoteText.asNode(), string(contentText.replaceAll("[\"“”]", "")));
            }
            for (Entity e : r.about()) {
                add(claim, CG.about.asNode(), NodeFactory.createURI(e.iri()));
            }
        }

        /** A number: measure, value, qualifier, unit, place, who states it, and its two clocks. */
        private void emitQuantity(ResolvedQuantity r) {
            Quantity q = r.quantity();
            Node node = Iris.quantity(article.id(), q.span());
            add(node, RDF.type.asNode(), CG.Quantity.asNode());
            add(node, CG.inArticle.asNode(), articleNode);
            add(node, CG.inSentence.asNode(), Iris.sentence(article.id(), q.sentence()));
            add(node, CG.measure.asNode(), CG.concept("measure", q.measure().code()).asNode());
            q.value().ifPresent(v -> add(node, CG.value.asNode(), NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal)));
            q.qualifier().ifPresent(x -> add(node, CG.qualifier.asNode(), CG.concept("qualifier", x.code()).asNode()));
            add(node, CG.unit.asNode(), string(q.unit()));
            q.place().ifPresent(p -> add(node, CG.place.asNode(), NodeFactory.createURI(p.iri())));
            q.period().ifPresent(p -> add(node, CG.period.asNode(), string(p)));
            r.statedBy().ifPresent(sp -> add(node, CG.statedBy.asNode(), speaker(sp, Iris.part(node, "stated-by"))));
            r.asOf().ifPresent(d -> add(node, CG.asOf.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            Node span = Iris.part(node, "span");
            add(node, CG.span.asNode(), span);
            span(span, q.span());
            clocks(node, Optional.empty());
            add(node, Vocab.PROV_WAS_GENERATED_BY, Iris.run(run.id()));
        }

        /** The negotiations the developments belong to, the developments, and the article's mediators. */
        private void emitNegotiations() {
            Set<String> mediatorIris = new HashSet<>();
            resolved.mediators().forEach(m -> mediatorIris.add(m.iri()));
            for (ResolvedDevelopment r : resolved.developments()) {
                Development d = r.development();
                Node negotiation = NodeFactory.createURI(r.negotiation().iri());
                add(negotiation, RDF.type.asNode(), CG.Negotiation.asNode());
                add(negotiation, RDFS.label.asNode(), NodeFactory.createLiteralLang(r.negotiation().label(), "en"));
                add(negotiation, CG.topic.asNode(), string(d.topic().code()));
                d.venue().ifPresent(v -> add(negotiation, CG.venue.asNode(), NodeFactory.createURI(v.iri())));
                for (Entity m : resolved.mediators()) {
                    add(negotiation, CG.mediator.asNode(), NodeFactory.createURI(m.iri()));
                }
                for (Entity a : r.actors()) {
                    if (!mediatorIris.contains(a.iri()) && !a.is(EntityType.Person)) {
                        add(negotiation, CG.party.asNode(), NodeFactory.createURI(a.iri()));
                    }
                }
                Node node = Iris.development(article.id(), d.trigger());
                add(node, RDF.type.asNode(), CG.Development.asNode());
                add(node, CG.inArticle.asNode(), articleNode);
                add(node, CG.inSentence.asNode(), Iris.sentence(article.id(), d.sentence()));
                add(node, CG.developmentOf.asNode(), negotiation);
                add(node, CG.developmentKind.asNode(), CG.concept("kind", d.kind().code()).asNode());
                for (Entity a : r.actors()) {
                    add(node, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(a.iri()));
                }
                Node span = Iris.part(node, "span");
                add(node, CG.span.asNode(), span);
                span(span, d.span());
                clocks(node, r.date());
                add(node, Vocab.PROV_WAS_GENERATED_BY, Iris.run(run.id()));
            }
        }

        /** The two clocks of a statement: when it was published, and when the thing it reports happened. */
        private void clocks(Node node, Optional<LocalDate> happened) {
            article.metadata().publishedDate().ifPresent(p -> add(node, CG.reportedTime.asNode(), instant(Iris.part(node, "reported"), p)));
            happened.ifPresent(d -> add(node, CG.eventTime.asNode(), instant(Iris.part(node, "happened"), d)));
        }

        private Node instant(Node node, LocalDate date) {
            add(node, RDF.type.asNode(), Vocab.TIME_INSTANT);
            add(node, Vocab.TIME_IN_XSD_DATE, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
            return node;
        }

        /**
         * Where an unnamed speaker's node stands: one node per unnamed source the article introduced
         * (so "an unnamed Israeli official" and "the official" are one speaker), else one of the
         * attribution's own.
         */
        private Node anonymousNode(ResolvedAttribution.Speaker speaker, Node attribution, String part) {
            return speaker.introduced().map(span -> Iris.unnamedSource(article.id(), span)).orElse(Iris.part(attribution, part));
        }

        /** A speaker node: the named entity, or an unnamed source of its own at {@code anonymousNode}. */
        private Node speaker(ResolvedAttribution.Speaker speaker, Node anonymousNode) {
            if (speaker.entity().isPresent()) {
                return NodeFactory.createURI(speaker.entity().get().iri());
            }
            add(anonymousNode, RDF.type.asNode(), CG.AnonymousSource.asNode());
            add(anonymousNode, RDFS.label.asNode(), NodeFactory.createLiteralLang(speaker.descriptor().orElse("unnamed source"), "en"));
            speaker.descriptor().ifPresent(d -> add(anonymousNode, CG.descriptor.asNode(), string(d)));
            speaker.affiliation().ifPresent(e -> add(anonymousNode, CG.affiliation.asNode(), NodeFactory.createURI(e.iri())));
            return anonymousNode;
        }

        /** A cg:Span: the article, a TextPositionSelector and the covered text. */
        private void span(Node node, Span span) {
            Node selector = Iris.part(node, "selector");
            add(node, RDF.type.asNode(), CG.Span.asNode());
            add(node, Vocab.OA_HAS_SOURCE, articleNode);
            add(node, Vocab.OA_HAS_SELECTOR, selector);
            add(node, CG.spanText.asNode(), string(span.of(article.text())));
            add(selector, RDF.type.asNode(), Vocab.OA_TEXT_POSITION_SELECTOR);
            add(selector, Vocab.OA_START, integer(span.begin()));
            add(selector, Vocab.OA_END, integer(span.end()));
        }

        /** Web Annotation anchoring: node → target (the article) → TextPositionSelector [start, end). */
        private void anchor(Node node, Span span) {
            Node target = Iris.part(node, "target");
            Node selector = Iris.part(node, "selector");
            add(node, Vocab.OA_HAS_TARGET, target);
            add(target, RDF.type.asNode(), Vocab.OA_SPECIFIC_RESOURCE);
            add(target, Vocab.OA_HAS_SOURCE, articleNode);
            add(target, Vocab.OA_HAS_SELECTOR, selector);
            add(selector, RDF.type.asNode(), Vocab.OA_TEXT_POSITION_SELECTOR);
            add(selector, Vocab.OA_START, integer(span.begin()));
            add(selector, Vocab.OA_END, integer(span.end()));
        }

        private void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** An ISO date becomes xsd:date, a date-time xsd:dateTime (local date-times stay without a zone). */
    static Node dateLiteral(String iso) {
        return NodeFactory.createLiteralDT(iso, iso.length() == 10 ? XSDDatatype.XSDdate : XSDDatatype.XSDdateTime);
    }
}
