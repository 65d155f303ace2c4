package org.claimgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, read from {@code claimgraph.properties}. */
public final class SoftwareVersion {

    private static final String VERSION = load();

    private SoftwareVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("/claimgraph.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
