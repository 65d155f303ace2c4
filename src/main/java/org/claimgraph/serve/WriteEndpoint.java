package org.claimgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /claimgraph/ingest} (articles) and {@code POST /claimgraph/link?dataset=NAME} (a dataset
 * file): checks the user and the body's size, then hands the body to {@link LiveWrites} under its
 * lock and answers with the summary as JSON. Only POST; a request without a user of the password
 * file is answered 401 also when the server has no password file (then nobody can write).
 */
final class WriteEndpoint extends BaseActionREST {

    private static final Logger LOG = LoggerFactory.getLogger(WriteEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Fuseki operation of both endpoints (not in config.ttl, which a standalone Fuseki also reads). */
    static final Operation OPERATION = Operation.alloc("https://w3id.org/claimgraph/ontology#liveWrite", "claimgraph-write",
            "claimgraph ingest and link");

    static final String INGEST = "ingest";
    static final String LINK = "link";

    private final LiveWrites writes;
    private final long maxBodyBytes;

    WriteEndpoint(LiveWrites writes, long maxBodyBytes) {
        this.writes = writes;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doPost(HttpAction action) {
        if (action.getUser() == null) {
            // with a password file Jetty asks for credentials before this; without one nobody can log in
            action.setResponseHeader(HttpNames.hWWWAuthenticate, "Basic realm=\"claimgraph\"");
            ServletOps.error(HttpSC.UNAUTHORIZED_401, "writes need a user of the server's password file");
        }
        String name = action.getEndpoint().getName();
        long declared = action.getRequestContentLengthLong();
        if (declared > maxBodyBytes)
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge());
        ObjectNode reply;
        try (InputStream body = new BodyLimitFilter.LimitedStream(action.getRequestInputStream(), maxBodyBytes)) {
            synchronized (writes.lock()) {
                if (name.equals(INGEST)) {
                    ContentType type = action.getRequestContentType() == null ? null : ContentType.create(action.getRequestContentType());
                    boolean oneObject = type != null && type.getContentTypeStr().equals("application/json");
                    reply = writes.ingest(action.getDataset(), body, oneObject);
                } else {
                    String dataset = action.getRequestParameter("dataset");
                    if (dataset == null || !writes.datasets().contains(dataset))
                        ServletOps.errorBadRequest("give ?dataset= one of " + new java.util.TreeSet<>(writes.datasets()));
                    String file = action.getRequestParameter("file");
                    reply = writes.link(action.getDataset(), dataset, body, file == null || file.isBlank() ? dataset + ".csv" : file);
                }
            }
        } catch (BodyLimitFilter.TooLargeException ex) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge());
            return;
        } catch (IOException ex) {
            LOG.warn("[{}] {} failed: {}", action.id, name, ex.toString());
            ServletOps.errorBadRequest("could not read the request body");
            return;
        } catch (IllegalArgumentException ex) {
            ServletOps.errorBadRequest(ex.getMessage());
            return;
        } catch (RuntimeException ex) {
            // the cause goes to the log, not to the client (no stack trace or path in an answer)
            LOG.error("[{}] {} failed", action.id, name, ex);
            ServletOps.errorOccurred("the " + name + " failed on the server (see its log); what was stored before stays; "
                    + "sending the same again is safe");
            return;
        }
        action.setResponseStatus(HttpSC.OK_200);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding("utf-8");
        try {
            OutputStream out = action.getResponseOutputStream();
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, reply);
            out.flush();
        } catch (IOException ex) {
            LOG.warn("[{}] could not send the {} summary: {}", action.id, name, ex.toString());
        }
    }

    private String tooLarge() {
        return "request body over " + maxBodyBytes + " bytes: send smaller batches (or raise serve --max-body)";
    }
}
