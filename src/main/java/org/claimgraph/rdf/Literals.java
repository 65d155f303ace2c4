package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.XSDNumUtils;

/**
 * Numeric literals written in the lexical form TDB2 gives back. TDB2 keeps a small decimal inside its
 * node id and reads it back in its canonical form ("14" comes back as "14.0", "0.80" as "0.8"), and
 * its deletes look quads up by the node they read: a quad written as "14" was found as "14.0", asked
 * to be deleted as "14.0", and stayed. Every replaced article, relinked event and retraced claim left
 * its old figures, scores and confidences behind. Writing the canonical form makes what is read the
 * same node as what was written.
 */
public final class Literals {

    private Literals() {
    }

    /** An xsd:decimal in its canonical form with a dot ("14.0", "0.8", "2.75"). */
    public static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(XSDNumUtils.canonicalDecimalStrWithDot(value), XSDDatatype.XSDdecimal);
    }

    /** An xsd:decimal of a measured share or score, rounded half up to this many places. */
    public static Node decimal(double value, int places) {
        return decimal(BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP));
    }

    /** An xsd:double in the form TDB2 reads it back in. */
    public static Node dbl(double value) {
        return NodeFactory.createLiteralDT(XSDNumUtils.stringForm(value), XSDDatatype.XSDdouble);
    }
}
