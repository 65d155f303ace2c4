package org.claimgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --endpoint} and {@code --auth-file} of the commands that can write into a running server. */
final class RemoteOptions {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send to a running `claimgraph serve` instead of opening the store: the dataset's base, "
                    + "e.g. http://localhost:3030/claimgraph (needs a user of its password file).")
    URI endpoint;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "With --endpoint: a file holding one `user: password` line (default: $CLAIMGRAPH_AUTH=user:password).")
    Path authFile;

    boolean remote() {
        return endpoint != null;
    }

    /** The client, credentials read; throws IllegalArgumentException saying what to give when they are missing. */
    EndpointClient client() {
        return EndpointClient.connect(endpoint, Credentials.find(authFile, System.getenv("CLAIMGRAPH_AUTH")));
    }
}
