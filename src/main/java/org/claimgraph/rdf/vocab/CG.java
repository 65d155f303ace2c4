package org.claimgraph.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The claimgraph ontology ({@code ontology/claimgraph.ttl}, namespace {@value #NS}) as Jena
 * constants, in the manner of {@link org.apache.jena.vocabulary.RDFS}: one constant per term the
 * ontology declares, and no constant for anything it does not.
 *
 * <p>Naming rule: a constant is named exactly as the term's local name, except that a character a
 * Java identifier cannot hold ('-') becomes '_' and a local name starting with a digit gets a
 * leading '_'. So {@code cg:articleId} is {@link #articleId} and the concept
 * {@code cg:measure-hostages-alive} is {@link #measure_hostages_alive}. Classes, concept schemes and
 * SKOS concepts are {@link Resource}s; object and datatype properties are {@link Property}s.
 *
 * <p>Concept IRIs are {@code cg:{prefix}-{code}}, the code being the export code (its
 * {@code skos:notation}) with '_' written as '-': {@code kind-} for {@link #DevelopmentKinds},
 * {@code mode-} for {@link #AttributionModes}, {@code stance-} for {@link #Stances}, {@code measure-}
 * for {@link #Measures} and {@code qualifier-} for {@link #Qualifiers}.
 *
 * <p>{@code VocabularyMatchesOntologyTest} checks this class and the ontology against each other both
 * ways: add a term to both, or the build fails. Immutable and thread-safe.
 */
public final class CG {

    /** The namespace of claimgraph ontology terms. */
    public static final String NS = "https://w3id.org/claimgraph/ontology#";

    private CG() {
    }

    /** The resource {@code NS + local}, for terms named at run time (e.g. a class from an enum name). */
    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** The property {@code NS + local}. */
    public static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /**
     * The concept {@code cg:{prefix}-{code}} of a code list, e.g. {@code concept("measure", "hostages_alive")}
     * is {@link #measure_hostages_alive}; the code is the concept's {@code skos:notation}.
     */
    public static Resource concept(String prefix, String code) {
        return resource(prefix + "-" + code.replace('_', '-'));
    }

    // ---- Classes ----

    /**
     * Someone who acts or speaks in the news: a person, an organization, a state, or a source whose
     * identity is not given.
     */
    public static final Resource Actor = resource("Actor");

    /** A human being named in the news, e.g. a head of government, an envoy or a spokesperson. */
    public static final Resource Person = resource("Person");

    /**
     * A group of people acting together: a movement, party, company, agency, armed group or international
     * body.
     */
    public static final Resource Organization = resource("Organization");

    /**
     * A sovereign state as a political actor ("Israel said ..."). The same node is usually also a
     * cg:Country, the place.
     */
    public static final Resource State = resource("State");

    /** The executive that governs a state or territory; linked to its state by cg:governmentOf. */
    public static final Resource Government = resource("Government");

    /** A non-state organization that uses armed force, or the armed wing of a movement. */
    public static final Resource ArmedGroup = resource("ArmedGroup");

    /**
     * A public body with a defined remit: a ministry, an army, a police force, a health authority or a UN
     * agency.
     */
    public static final Resource Agency = resource("Agency");

    /**
     * An organization whose members are states or which works across states, e.g. the United Nations or
     * the International Committee of the Red Cross.
     */
    public static final Resource InternationalOrganization = resource("InternationalOrganization");

    /** A news organization acting as a source or subject in the text ("Channel 12 reported ..."). */
    public static final Resource MediaOutlet = resource("MediaOutlet");

    /**
     * A speaker the article does not name, recorded as such rather than guessed: one node per attribution,
     * described by cg:descriptor ("senior Israeli official", also its rdfs:label) and, when stated,
     * cg:affiliation.
     */
    public static final Resource AnonymousSource = resource("AnonymousSource");

    /**
     * A media outlet that publishes articles, the object of schema:publisher. Not a cg:Actor by itself: an
     * outlet that is also quoted in the text is typed cg:MediaOutlet as well.
     */
    public static final Resource Publisher = resource("Publisher");

    /**
     * A place where things happen. Its coordinates are a point geometry: geo:hasGeometry [ geo:asWKT
     * "POINT(lon lat)"^^geo:wktLiteral ].
     */
    public static final Resource Location = resource("Location");

    /**
     * The territory of a sovereign state, as a place. The political actor is the same node typed cg:State.
     */
    public static final Resource Country = resource("Country");

    /** A city, town, village or refugee camp; cg:locatedIn its country or territory. */
    public static final Resource City = resource("City");

    /**
     * A political territory that is not (or not only) a sovereign state, e.g. the Gaza Strip or the West
     * Bank.
     */
    public static final Resource Territory = resource("Territory");

    /** A geographic area below or across countries, e.g. a governorate, a border zone or the Middle East. */
    public static final Resource Region = resource("Region");

    /** A border or checkpoint crossing through which people or aid pass, e.g. the Rafah crossing. */
    public static final Resource Crossing = resource("Crossing");

    /**
     * A news article as ingested, with its full text exactly as received; every character offset in the
     * graph indexes this text.
     */
    public static final Resource Article = resource("Article");

    /**
     * A sentence of an article, identified by its article (cg:inArticle) and its zero-based position
     * (cg:sentenceIndex); an annotation whose oa:hasTarget is the sentence's span.
     */
    public static final Resource Sentence = resource("Sentence");

    /**
     * A stretch of an article's text: oa:hasSource the article, oa:hasSelector an oa:TextPositionSelector
     * with half-open char offsets oa:start and oa:end, and optionally its characters as cg:spanText.
     */
    public static final Resource Span = resource("Span");

    /**
     * An annotation saying that a span of an article (its oa:hasTarget) names an entity (its cg:refersTo).
     */
    public static final Resource Mention = resource("Mention");

    /**
     * One run of the claimgraph pipeline; the articles and statements it wrote point to it with
     * prov:wasGeneratedBy, and it points to the software (a prov:SoftwareAgent with cg:softwareVersion)
     * with prov:wasAssociatedWith.
     */
    public static final Resource IngestRun = resource("IngestRun");

    /**
     * A negotiation process between parties about a topic, e.g. ceasefire and hostage-release talks,
     * possibly with mediators and a venue; its course is a series of cg:Development events.
     */
    public static final Resource Negotiation = resource("Negotiation");

    /**
     * A dated step in a negotiation as reported in an article (talks held, a proposal, a rejection, an
     * agreement ...): cg:developmentOf its negotiation, cg:developmentKind from cg:DevelopmentKinds, its
     * date as cg:eventTime, its actors as sem:hasActor.
     */
    public static final Resource Development = resource("Development");

    /**
     * One occurrence in an article of someone being reported as saying something: the source (cg:source),
     * the cue ("said", "according to"), the content spans, the mode (direct, indirect, mixed) and the
     * stance; it asserts a cg:Claim.
     */
    public static final Resource Attribution = resource("Attribution");

    /**
     * What an attribution asserts, as a proposition: its wording (cg:claimText) and what or whom it is
     * about (cg:about). The same claim seen in several articles is grouped in a cg:ClaimCluster.
     */
    public static final Resource Claim = resource("Claim");

    /**
     * A group of claims from one or more articles that state the same thing, with the date and outlet
     * where it was first seen.
     */
    public static final Resource ClaimCluster = resource("ClaimCluster");

    /**
     * A number reported in an article: what it measures (cg:measure), its value, qualifier ("more than"),
     * unit, the date it holds for, the place, and who states it.
     */
    public static final Resource Quantity = resource("Quantity");

    /**
     * One record imported from an external conflict dataset (GDELT, UCDP, ACLED), stored in the graph
     * .../graph/dataset/{name} and identified there by cg:sourceRowId.
     */
    public static final Resource DatasetEvent = resource("DatasetEvent");

    // ---- Object properties ----

    /** The subject article republishes the object article, e.g. a wire story carried by another outlet. */
    public static final Property syndicates = property("syndicates");

    /**
     * The two articles have almost the same text (e.g. an updated version or a lightly edited copy);
     * symmetric.
     */
    public static final Property nearDuplicateOf = property("nearDuplicateOf");

    /** The article a sentence, mention, attribution, quantity or development was found in. */
    public static final Property inArticle = property("inArticle");

    /** The sentence a mention, attribution, quantity or development was found in. */
    public static final Property inSentence = property("inSentence");

    /**
     * The stretch of article text an extracted statement that is not itself an annotation (a quantity, a
     * development) was read from; mentions and sentences point to their span with oa:hasTarget instead.
     */
    public static final Property span = property("span");

    /** The entity (actor or location) a mention names; the annotation's body. */
    public static final Property refersTo = property("refersTo");

    /** An actor the subject belongs to, works for or speaks for, e.g. an envoy and his state. */
    public static final Property affiliatedWith = property("affiliatedWith");

    /**
     * The larger organization an organization belongs to, e.g. a ministry and its government, an armed
     * wing and its movement.
     */
    public static final Property partOf = property("partOf");

    /** The larger location a location lies in, e.g. a city and its country or territory. */
    public static final Property locatedIn = property("locatedIn");

    /** The state a government governs. */
    public static final Property governmentOf = property("governmentOf");

    /**
     * The actor an anonymous source is said to belong to or speak for, when the article states it ("an
     * Israeli official": Israel).
     */
    public static final Property affiliation = property("affiliation");

    /** An actor negotiating on its own behalf. */
    public static final Property party = property("party");

    /** An actor that mediates between the parties of a negotiation. */
    public static final Property mediator = property("mediator");

    /** Where a negotiation takes place, e.g. Cairo, Doha, Sharm el-Sheikh. */
    public static final Property venue = property("venue");

    /** The negotiation a development is a step of. */
    public static final Property developmentOf = property("developmentOf");

    /** What kind of step a development is: a concept of cg:DevelopmentKinds. */
    public static final Property developmentKind = property("developmentKind");

    /**
     * Who is reported as saying it: a named actor, or a cg:AnonymousSource when the article does not name
     * the speaker. Never guessed.
     */
    public static final Property source = property("source");

    /**
     * The mention in the text that names the source of an attribution or of a quantity, e.g. "Netanyahu",
     * "he" or "a senior official".
     */
    public static final Property sourceMention = property("sourceMention");

    /**
     * The channel an attribution's words came through when the article relays them: the outlet in
     * "Kan TV News, citing a source close to the negotiations, reported ..." or "told Axios", whose
     * source is the cited one.
     */
    public static final Property via = property("via");

    /**
     * The earlier words a referring expression was resolved to: for the source mention "the official",
     * "he" or "the prime minister", the span that introduced whom it means.
     */
    public static final Property antecedent = property("antecedent");

    /**
     * The country whose capital the city is (reference data, from GeoNames' feature code PPLC). A capital
     * used as an actor ("Moscow said", "Kyiv and Moscow agreed") speaks for its state.
     */
    public static final Property capitalOf = property("capitalOf");

    /** The country an organisation or news outlet is based in. */
    public static final Property basedIn = property("basedIn");

    /** The span of the words that signal reported speech, e.g. "said", "told reporters", "according to". */
    public static final Property cue = property("cue");

    /** A span of what the source is reported to have said; a quote interrupted by its cue has several. */
    public static final Property content = property("content");

    /**
     * How the content is reported: a concept of cg:AttributionModes (direct quote, indirect speech, or
     * mixed).
     */
    public static final Property mode = property("mode");

    /** The speech act the source performs: a concept of cg:Stances (assert, deny, accuse ...). */
    public static final Property stance = property("stance");

    /** The claim an attribution puts forward. */
    public static final Property asserts = property("asserts");

    /** An actor, location, negotiation or other resource a claim is about. */
    public static final Property about = property("about");

    /** The cluster of same-meaning claims a claim belongs to. */
    public static final Property inCluster = property("inCluster");

    /** Publisher of the earliest article with a claim of the cluster. */
    public static final Property firstOutlet = property("firstOutlet");

    /** The subject claim contradicts or denies the object claim (or cluster). */
    public static final Property disputes = property("disputes");

    /** The subject claim confirms or backs the object claim (or cluster) without being the same claim. */
    public static final Property supports = property("supports");

    /**
     * Two figures for the same measure, place, period and day, from different sources, that cannot
     * both be right. Symmetric.
     */
    public static final Property conflictsWith = property("conflictsWith");

    /** What a quantity counts: a concept of cg:Measures (deaths, hostages, aid trucks ...). */
    public static final Property measure = property("measure");

    /**
     * How the value bounds the amount: a concept of cg:Qualifiers (more than, at least, about, exactly, up
     * to).
     */
    public static final Property qualifier = property("qualifier");

    /** The location a quantity refers to, e.g. deaths in Gaza. */
    public static final Property place = property("place");

    /** The period a figure covers, as the article words it ("since October 2023"). */
    public static final Property period = property("period");

    /**
     * The actor the article gives as the source of a quantity (e.g. a health ministry), possibly an
     * anonymous source.
     */
    public static final Property statedBy = property("statedBy");

    /**
     * When the reported event happened, as a time:Instant with time:inXSDDate or time:inXSDDateTimeStamp;
     * e.g. the date of a development.
     */
    public static final Property eventTime = property("eventTime");

    /** When a statement was reported, usually the publication time of its article, as a time:Instant. */
    public static final Property reportedTime = property("reportedTime");

    /**
     * A dataset record that probably describes the same event as the subject (like skos:closeMatch, but
     * between events, so not a SKOS mapping property). Not written since 0.5: a candidate link's
     * {@link #linkFrom} and {@link #linkTo} say it; an older store may still hold it until {@code compact}.
     */
    public static final Property relatedEvent = property("relatedEvent");

    // ---- Datatype properties ----

    /**
     * The article's identifier, derived from its URL when given, else from its text (currently the first
     * 16 hex digits of their SHA-256); also the last segment of its IRI and of its named graph's IRI.
     */
    public static final Property articleId = property("articleId");

    /**
     * The article's full text exactly as received (for HTML input, the text extracted from it); never
     * rewritten.
     */
    public static final Property text = property("text");

    /** The path of the file the article was read from, as given on the command line. */
    public static final Property sourceFile = property("sourceFile");

    /** Lower-case hexadecimal SHA-256 of the article's text (UTF-8), 64 characters. */
    public static final Property contentHash = property("contentHash");

    /**
     * Lower-case hexadecimal SHA-256 over everything stored for an article except provenance (text hash,
     * URL, title, publisher, date, software version): re-ingesting an article with the same fingerprint
     * changes nothing.
     */
    public static final Property fingerprint = property("fingerprint");

    /** Length of the article's text in Java chars (UTF-16 code units). */
    public static final Property charCount = property("charCount");

    /**
     * Number of blocks between line breaks whose whitespace-normalised text repeats an earlier block of
     * the same article; they are skipped, not removed.
     */
    public static final Property duplicateParagraphs = property("duplicateParagraphs");

    /**
     * An article graph stored since the tracer (in the trace graph) or the linker (in the links graph)
     * last ran: written with the article, removed once it is traced or linked.
     */
    public static final Property pendingArticle = property("pendingArticle");

    /** The trace batch that traced an article graph; on the trace graph itself, the last batch. */
    public static final Property traceBatch = property("traceBatch");

    /** The recorded batch a retrace under way is to trace an article graph in again; removed once it has. */
    public static final Property replayBatch = property("replayBatch");

    /** Number of mentions of actors and places in the article, the words naming speakers included. */
    public static final Property mentionCount = property("mentionCount");

    /** One of the two names of a tally of names that stand in one sentence (graph …/graph/tallies). */
    public static final Property pairLabel = property("pairLabel");

    /** The speaker's name in a tally of who makes claims about whom. */
    public static final Property speakerLabel = property("speakerLabel");

    /** The name of what the claims are about in a tally of who makes claims about whom. */
    public static final Property topicLabel = property("topicLabel");

    /** Number of sentences in a tally. */
    public static final Property sentenceCount = property("sentenceCount");

    /** Number of articles in a tally. */
    public static final Property articleCount = property("articleCount");

    /** Number of claims in a tally. */
    public static final Property claimCount = property("claimCount");

    /** Number of outlets carrying a claim cluster. */
    public static final Property outletCount = property("outletCount");

    /** Number of outlets carrying a claim cluster in an article that syndicates no other. */
    public static final Property independentOutletCount = property("independentOutletCount");

    /** An outlet's carriage of a claim cluster in two or more articles (a node kept by the tracer): the cluster carried. */
    public static final Property carriageOf = property("carriageOf");

    /** On a claim cluster carried by two or more articles, each outlet carrying it (in one article unless a carriage node, cg:carriageOf, counts more); on that node, its outlet. */
    public static final Property carriedBy = property("carriedBy");

    /** Number of claim clusters an outlet carries in two or more articles of any outlets (its carriages; kept by the tracer). */
    public static final Property carriageCount = property("carriageCount");

    /** The earliest publication date (as written) of an outlet's articles. */
    public static final Property firstPublished = property("firstPublished");

    /** The latest publication date (as written) of an outlet's articles. */
    public static final Property lastPublished = property("lastPublished");

    /** Zero-based position of the sentence in its article. */
    public static final Property sentenceIndex = property("sentenceIndex");

    /** The characters of the article text covered by the span, exactly as they occur. */
    public static final Property spanText = property("spanText");

    /** The words of the mention exactly as they stand in the article ("Israeli", "Witkoff"). */
    public static final Property mentionText = property("mentionText");

    /** Where the article's sentences are: "begin-end" pairs of char offsets, space-separated, in order. */
    public static final Property sentenceSpans = property("sentenceSpans");

    /** Where an attribution's content is: "begin-end" pairs of char offsets, space-separated, in the order read. */
    public static final Property contentSpans = property("contentSpans");

    /** Where the words naming an attribution's speaker are: one "begin-end" pair of char offsets. */
    public static final Property sourceSpans = property("sourceSpans");

    /** The words naming an attribution's speaker, exactly as they stand in the article ("Netanyahu", "he"). */
    public static final Property sourceText = property("sourceText");

    /** Where the earlier words are that the words naming a speaker refer back to: one "begin-end" pair. */
    public static final Property antecedentSpans = property("antecedentSpans");

    /** Every place of a mention's words in its article: "begin-end" pairs of char offsets, space-separated, in text order. */
    public static final Property spans = property("spans");

    /** Whether the mention speaks of its entity as an actor (cg:Actor) or as a place (cg:Location). */
    public static final Property usedAs = property("usedAs");

    /** How sure the pipeline is that the mention refers to its entity, from 0 to 1. */
    public static final Property linkConfidence = property("linkConfidence");

    /** Version of the software that ran an ingest run, e.g. "0.1.0". */
    public static final Property softwareVersion = property("softwareVersion");

    /**
     * Adjectival or demonym form of a place or state name in the singular ("Israeli", "American"); a
     * mention of it refers to that place or state.
     */
    public static final Property demonym = property("demonym");

    /** Two-letter ISO 3166-1 code of a country or territory, e.g. "IL". */
    public static final Property isoAlpha2 = property("isoAlpha2");

    /** Three-letter ISO 3166-1 code of a country or territory, e.g. "ISR". */
    public static final Property isoAlpha3 = property("isoAlpha3");

    /**
     * Verified Wikidata item identifier of any resource, e.g. "Q801"; the same item is linked with
     * owl:sameAs wd:{QID}.
     */
    public static final Property wikidata = property("wikidata");

    /**
     * Verified GeoNames feature identifier of a location, e.g. "294640"; the feature is linked with
     * owl:sameAs &lt;https://sws.geonames.org/{id}/&gt;.
     */
    public static final Property geonamesId = property("geonamesId");

    /** The office or function an actor is known by in the news, e.g. "special envoy", "prime minister". */
    public static final Property role = property("role");

    /**
     * How the article describes an unnamed source, without the article: "senior Israeli official", "a
     * person familiar with the talks" becomes "person familiar with the talks".
     */
    public static final Property descriptor = property("descriptor");

    /** What a negotiation is about, in a few words, e.g. "ceasefire and hostage release". */
    public static final Property topic = property("topic");

    /** Lower-case lemma of the cue, multi-word cues space-separated: "say", "accuse", "according to". */
    public static final Property cueLemma = property("cueLemma");

    /** The reported content as one string: the texts of the content spans in order, joined by a space. */
    public static final Property contentText = property("contentText");

    /**
     * How sure the pipeline is about who said it (the source of an attribution, or who states a quantity),
     * from 0 to 1.
     */
    public static final Property sourceConfidence = property("sourceConfidence");

    /**
     * How sure the pipeline is that an extracted statement (attribution, quantity, development) is right
     * apart from its source, from 0 to 1. On an attribution, stated only where it is not the usual value
     * (since 0.5, {@code UsualConfidences.extraction}).
     */
    public static final Property extractionConfidence = property("extractionConfidence");

    /** The words a claim quotes directly, without the quotation marks; full-text searchable. */
    public static final Property quoteText = property("quoteText");

    /** The wording of a claim; on a cluster, a representative wording of its claims. */
    public static final Property claimText = property("claimText");

    /** Publication date of the earliest article with a claim of the cluster. */
    public static final Property firstSeen = property("firstSeen");

    /** The number stated; absent when the amount is vague ("dozens", "hundreds"). */
    public static final Property value = property("value");

    /** What is counted, in plain words: "people", "trucks", "days", "percent". */
    public static final Property unit = property("unit");

    /** The date a quantity holds for ("as of Tuesday"), resolved against the article's date. */
    public static final Property asOf = property("asOf");

    /**
     * Identifier of the record in its dataset, e.g. a GDELT GLOBALEVENTID, a UCDP GED id or an ACLED
     * event_id_cnty.
     */
    public static final Property sourceRowId = property("sourceRowId");

    /** The category a dataset gives an event, as a SKOS concept (a CAMEO root category). */
    public static final Property datasetEventType = property("datasetEventType");

    /** The event's code exactly as its dataset gives it, e.g. CAMEO "0231". */
    public static final Property eventCode = property("eventCode");

    /** An actor code of a dataset event as the dataset gives it, e.g. CAMEO "ISRMIL". */
    public static final Property actorCode = property("actorCode");

    /** An actor name of a dataset event as the dataset gives it. */
    public static final Property actorName = property("actorName");

    /** The CAMEO code of a reference actor (a known group such as "HMS"). */
    public static final Property cameoCode = property("cameoCode");

    /** The name ACLED gives a reference actor. */
    public static final Property acledName = property("acledName");

    /** How precise a dataset event's date is: day, week, month or year. */
    public static final Property datePrecision = property("datePrecision");

    /** How precise a place is: exact, city, adm2, adm1 or country. */
    public static final Property geoPrecision = property("geoPrecision");

    /** Deaths in a dataset event: the dataset's best estimate. */
    public static final Property fatalities = property("fatalities");

    /** The low estimate of deaths in a dataset event (UCDP). */
    public static final Property fatalitiesLow = property("fatalitiesLow");

    /** The high estimate of deaths in a dataset event (UCDP). */
    public static final Property fatalitiesHigh = property("fatalitiesHigh");

    /** The name UCDP gives a reference actor. */
    public static final Property ucdpName = property("ucdpName");
    public static final Property ucdpActorId = property("ucdpActorId");
    public static final Property linkedArticleGraph = property("linkedArticleGraph");
    public static final Property pendingEvent = property("pendingEvent");

    /** A scored, explained candidate link between a news statement and a dataset event. */
    public static final Resource EventLink = resource("EventLink");

    /** A news death toll set against the fatalities a dataset counts near the same place over the same period. */
    public static final Resource FigureComparison = resource("FigureComparison");

    /** The news figure a comparison is about. */
    public static final Property comparedFigure = property("comparedFigure");

    /** The dataset a comparison counts in: ucdp, acled. */
    public static final Property datasetName = property("datasetName");

    /** The fatalities the dataset counts over the compared place and period. */
    public static final Property datasetFatalities = property("datasetFatalities");

    /** How many dataset events a comparison counts. */
    public static final Property eventCount = property("eventCount");

    /** First day of a compared period. */
    public static final Property periodStart = property("periodStart");

    /** Last day of a compared period. */
    public static final Property periodEnd = property("periodEnd");

    /** First day within a compared period on which the dataset has an event, anywhere. */
    public static final Property coveredFrom = property("coveredFrom");

    /** Last day within a compared period on which the dataset has an event, anywhere. */
    public static final Property coveredTo = property("coveredTo");

    /** The news statement (a development) a candidate link starts from. */
    public static final Property linkFrom = property("linkFrom");

    /** The dataset event a candidate link points at. */
    public static final Property linkTo = property("linkTo");

    /** How likely a candidate link is right, 0 to 1. */
    public static final Property linkScore = property("linkScore");

    /** Why a candidate link was made: the evidence, "; "-separated. */
    public static final Property linkReason = property("linkReason");

    /** Why a claim disputes or supports the cluster it answers: the evidence, "; "-separated. */
    public static final Property responseReason = property("responseReason");

    /** How likely a claim's dispute or support link is right, 0 to 1. */
    public static final Property responseConfidence = property("responseConfidence");

    /** A news article that mentions a dataset event (GDELT mentions). */
    public static final Property mentionedIn = property("mentionedIn");

    /** The news article a dataset event was coded from. */
    public static final Property sourceUrl = property("sourceUrl");

    // ---- Concept schemes ----

    /**
     * The kinds of step a negotiation can take; each concept's skos:notation is the export code of the
     * negotiations export.
     */
    public static final Resource DevelopmentKinds = resource("DevelopmentKinds");

    /**
     * How reported content is rendered; each concept's skos:notation is the mode code of the attributions
     * export.
     */
    public static final Resource AttributionModes = resource("AttributionModes");

    /**
     * The speech acts a source performs in an attribution; each concept's skos:notation is the stance code
     * of the attributions export.
     */
    public static final Resource Stances = resource("Stances");

    /**
     * What a reported quantity counts; each concept's skos:notation is the measure code of the quantities
     * export and of the quantity-series query.
     */
    public static final Resource Measures = resource("Measures");

    /**
     * How a stated value bounds the true amount; each concept's skos:notation is the qualifier code of the
     * quantities export.
     */
    public static final Resource Qualifiers = resource("Qualifiers");

    // ---- Concepts ----

    /** Code {@code talks_held}: Delegations met or talks took place. */
    public static final Resource kind_talks_held = resource("kind-talks-held");

    /** Code {@code proposal}: A party or mediator put forward a proposal or plan. */
    public static final Resource kind_proposal = resource("kind-proposal");

    /**
     * Code {@code response}: A party answered a proposal without clearly accepting or rejecting it, e.g.
     * with amendments.
     */
    public static final Resource kind_response = resource("kind-response");

    /** Code {@code acceptance}: A party accepted a proposal. */
    public static final Resource kind_acceptance = resource("kind-acceptance");

    /** Code {@code rejection}: A party rejected a proposal. */
    public static final Resource kind_rejection = resource("kind-rejection");

    /** Code {@code withdrawal}: A party withdrew or recalled its delegation, or withdrew from the talks. */
    public static final Resource kind_withdrawal = resource("kind-withdrawal");

    /** Code {@code pause}: The talks were paused, suspended or stalled. */
    public static final Resource kind_pause = resource("kind-pause");

    /** Code {@code resumption}: The talks resumed after a pause. */
    public static final Resource kind_resumption = resource("kind-resumption");

    /** Code {@code agreement}: The parties reached or signed an agreement. */
    public static final Resource kind_agreement = resource("kind-agreement");

    /**
     * Code {@code implementation}: A step of an agreement was carried out, e.g. a ceasefire took effect or
     * hostages and prisoners were exchanged.
     */
    public static final Resource kind_implementation = resource("kind-implementation");

    /** Code {@code collapse}: The talks or an agreement broke down. */
    public static final Resource kind_collapse = resource("kind-collapse");

    /** Code {@code direct}: The content is a verbatim quote in quotation marks. */
    public static final Resource mode_direct = resource("mode-direct");

    /** Code {@code indirect}: The content is reported speech or a paraphrase, without quotation marks. */
    public static final Resource mode_indirect = resource("mode-indirect");

    /** Code {@code mixed}: Reported speech that contains a partial verbatim quote. */
    public static final Resource mode_mixed = resource("mode-mixed");

    /** Code {@code assert}: The source states something as true ("said", "stated", "confirmed"). */
    public static final Resource stance_assert = resource("stance-assert");

    /** Code {@code deny}: The source says something is not true ("denied", "rejected reports"). */
    public static final Resource stance_deny = resource("stance-deny");

    /** Code {@code accuse}: The source blames another actor for something ("accused", "blamed"). */
    public static final Resource stance_accuse = resource("stance-accuse");

    /**
     * Code {@code demand}: The source requires or calls for something ("demanded", "called for", "urged").
     */
    public static final Resource stance_demand = resource("stance-demand");

    /** Code {@code warn}: The source warns or threatens ("warned", "threatened"). */
    public static final Resource stance_warn = resource("stance-warn");

    /** Code {@code promise}: The source commits to doing something ("promised", "pledged", "vowed"). */
    public static final Resource stance_promise = resource("stance-promise");

    /**
     * Code {@code report}: The source passes on information, typically an outlet or agency ("reported",
     * "according to").
     */
    public static final Resource stance_report = resource("stance-report");

    /**
     * Code {@code respond}: The source replies to another statement or proposal ("responded", "replied").
     */
    public static final Resource stance_respond = resource("stance-respond");

    /** Code {@code deaths}: People killed. */
    public static final Resource measure_deaths = resource("measure-deaths");

    /** Code {@code injured}: People wounded or injured. */
    public static final Resource measure_injured = resource("measure-injured");

    /** Code {@code hostages}: Hostages held or released, alive or dead not distinguished. */
    public static final Resource measure_hostages = resource("measure-hostages");

    /** Code {@code hostages_alive}: Hostages believed or confirmed to be alive. */
    public static final Resource measure_hostages_alive = resource("measure-hostages-alive");

    /** Code {@code hostages_dead}: Hostages believed or confirmed dead, or the bodies of hostages. */
    public static final Resource measure_hostages_dead = resource("measure-hostages-dead");

    /** Code {@code prisoners_released}: Prisoners or detainees released, e.g. in an exchange. */
    public static final Resource measure_prisoners_released = resource("measure-prisoners-released");

    /** Code {@code detainees}: People detained, arrested or held without being hostages. */
    public static final Resource measure_detainees = resource("measure-detainees");

    /** Code {@code aid_trucks}: Trucks of humanitarian aid entering or waiting to enter an area. */
    public static final Resource measure_aid_trucks = resource("measure-aid-trucks");

    /** Code {@code displaced}: People displaced from their homes. */
    public static final Resource measure_displaced = resource("measure-displaced");

    /** Code {@code days}: A duration in days, e.g. of a truce phase or a deadline. */
    public static final Resource measure_days = resource("measure-days");

    /** Code {@code plan_points}: The number of points of a plan or proposal ("the 20-point plan"). */
    public static final Resource measure_plan_points = resource("measure-plan-points");

    /** Code {@code other}: Any other reported number; its cg:unit says what is counted. */
    public static final Resource measure_other = resource("measure-other");

    /** Code {@code more_than}: The amount exceeds the value ("more than", "over"). */
    public static final Resource qualifier_more_than = resource("qualifier-more-than");

    /** Code {@code at_least}: The amount is the value or more ("at least"). */
    public static final Resource qualifier_at_least = resource("qualifier-at-least");

    /** Code {@code about}: The amount is near the value ("about", "around", "nearly", "some"). */
    public static final Resource qualifier_about = resource("qualifier-about");

    /** Code {@code exactly}: The value is stated as exact ("exactly", "precisely"). */
    public static final Resource qualifier_exactly = resource("qualifier-exactly");

    /** Code {@code up_to}: The amount is at most the value ("up to", "as many as"). */
    public static final Resource qualifier_up_to = resource("qualifier-up-to");
}
