package org.claimgraph.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What an article says someone is: "US special envoy Steve Witkoff" gives the role "special
 * envoy" and the affiliation United States for the person Steve Witkoff.
 *
 * @param holder      the mention of the person (or organisation) holding the role
 * @param role        the role, lower case, as written ("special envoy", "prime minister")
 * @param affiliation whom the role is held for, when the text says so
 * @param evidence    the span of text that states it
 */
public record RoleStatement(Mention holder, String role, Optional<Entity> affiliation, Span evidence) {

    public RoleStatement {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(evidence, "evidence");
    }

    public RoleStatement withHolder(Mention m) {
        return new RoleStatement(m, role, affiliation, evidence);
    }
}
