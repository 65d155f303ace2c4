package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies claimgraph writes (schema.org, PROV-O, Web Annotation, GeoSPARQL). */
public final class Vocab {

    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node SCHEMA_URL = uri(SCHEMA + "url");
    public static final Node SCHEMA_PUBLISHER = uri(SCHEMA + "publisher");
    public static final Node SCHEMA_DATE_PUBLISHED = uri(SCHEMA + "datePublished");
    public static final Node PROV_WAS_GENERATED_BY = uri(PROV + "wasGeneratedBy");
    public static final Node PROV_STARTED_AT_TIME = uri(PROV + "startedAtTime");
    public static final Node PROV_WAS_ASSOCIATED_WITH = uri(PROV + "wasAssociatedWith");
    public static final Node PROV_SOFTWARE_AGENT = uri(PROV + "SoftwareAgent");
    public static final Node OA_HAS_TARGET = uri(OA + "hasTarget");
    public static final Node OA_HAS_SOURCE = uri(OA + "hasSource");
    public static final Node OA_HAS_SELECTOR = uri(OA + "hasSelector");
    public static final Node OA_SPECIFIC_RESOURCE = uri(OA + "SpecificResource");
    public static final Node OA_TEXT_POSITION_SELECTOR = uri(OA + "TextPositionSelector");
    public static final Node OA_START = uri(OA + "start");
    public static final Node OA_END = uri(OA + "end");
    public static final Node GEO_HAS_GEOMETRY = uri(GEO + "hasGeometry");
    public static final Node GEO_AS_WKT = uri(GEO + "asWKT");
    public static final Node SKOS_ALT_LABEL = uri(SKOS + "altLabel");
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final Node TIME_INSTANT = uri(TIME + "Instant");
    public static final Node TIME_IN_XSD_DATE = uri(TIME + "inXSDDate");
    public static final Node SEM_HAS_ACTOR = uri("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor");
    public static final Node SEM_HAS_PLACE = uri("http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace");

    private Vocab() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
