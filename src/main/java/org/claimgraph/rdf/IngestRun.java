package org.claimgraph.rdf;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of the pipeline, recorded as the PROV-O activity that generated every article graph it
 * writes.
 *
 * @param id              a random UUID
 * @param started         when the run began
 * @param softwareVersion the claimgraph version
 */
public record IngestRun(String id, Instant started, String softwareVersion) {

    public IngestRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
    }

    public static IngestRun startNow() {
        return new IngestRun(UUID.randomUUID().toString(), Instant.now(), SoftwareVersion.get());
    }
}
