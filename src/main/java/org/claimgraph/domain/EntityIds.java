package org.claimgraph.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * IRIs for entities the gazetteer does not know, minted from their normalised name and coarse
 * type, so the same name of the same kind gets the same IRI in every article.
 */
public final class EntityIds {

    /** Where every claimgraph data IRI starts. */
    public static final String ID = "https://w3id.org/claimgraph/id/";

    private EntityIds() {
    }

    /** {@code …/id/person/rami-haddad}, {@code …/id/organization/gaza-relief-coalition}, {@code …/id/location/al-mawasi}. */
    public static String minted(EntityType type, String name) {
        String kind = switch (type) {
            case Person -> "person";
            case Country, City, Territory, Region, Crossing, Location -> "location";
            default -> "organization";
        };
        return ID + kind + "/" + slug(name);
    }

    /** Lower-case ASCII words joined by '-': "Gulf Ledger" becomes "gulf-ledger". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
