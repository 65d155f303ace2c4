package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code claimgraph link DATASET --endpoint URL FILE...}: sends each file to
 * {@code URL/link?dataset=DATASET} of a running {@code claimgraph serve}, which imports and links it as
 * {@code claimgraph link} does on a store, and prints its summary lines. Exit codes as a local
 * link; 3 when the server cannot be used.
 */
final class RemoteLink {

    private RemoteLink() {
    }

    static int run(RemoteOptions remote, String dataset, List<Path> files, boolean relink, Io io) {
        if (relink || files.isEmpty()) {
            io.err().println("claimgraph link: --relink runs on the store only (stop the server, or run it where the store is); "
                    + "with --endpoint give the dataset files to send");
            return ExitCodes.USAGE;
        }
        EndpointClient client;
        try {
            client = remote.client();
        } catch (IllegalArgumentException e) {
            io.err().println("claimgraph link: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long malformed = 0;
        for (Path file : files) {
            JsonNode reply;
            try {
                reply = client.link(dataset, file);
            } catch (EndpointClient.RemoteException e) {
                io.err().println("claimgraph link: " + file + ": " + e.getMessage());
                return e.tooLarge() ? ExitCodes.PARTIAL : ExitCodes.STORE_UNAVAILABLE;
            }
            for (JsonNode problem : reply.path("problems"))
                io.err().println("warning: " + problem.asText().replace(reply.path("file").asText(), file.toString()));
            io.err().println(reply.path("summary").asText());
            io.err().println(reply.path("links").asText());
            malformed += reply.path("malformed").asLong();
        }
        return malformed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
