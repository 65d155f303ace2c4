package org.claimgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** A user of the server's password file and their password, for HTTP basic authentication. */
record Credentials(String user, String password) {

    Credentials {
        if (user.isBlank())
            throw new IllegalArgumentException("the user name is empty");
    }

    /** The {@code Authorization} header value. */
    String header() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * From {@code authFile} (one {@code user: password} line; blank lines and {@code #} comments
     * skipped), else from {@code env} ({@code user:password}).
     */
    static Credentials find(Path authFile, String env) {
        if (authFile != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(authFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the auth file " + authFile + ": check the path and its permissions");
            }
            List<String> entries = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (entries.size() != 1 || entries.get(0).indexOf(':') < 1)
                throw new IllegalArgumentException("the auth file " + authFile + " must hold one `user: password` line");
            return split(entries.get(0));
        }
        if (env != null && env.indexOf(':') > 0)
            return split(env);
        throw new IllegalArgumentException("--endpoint needs credentials: give --auth-file FILE (one `user: password` line)"
                + " or set CLAIMGRAPH_AUTH=user:password");
    }

    private static Credentials split(String entry) {
        int colon = entry.indexOf(':');
        return new Credentials(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
}
