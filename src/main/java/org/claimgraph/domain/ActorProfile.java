package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reference data knows of an entity beyond its name: the roles a person holds ("special
 * envoy") and whom it belongs to — a person's or office's affiliations, a place's country.
 *
 * @param roles        roles, lower case
 * @param affiliations the states and bodies it is affiliated with, or the places it lies in
 * @param capitalOf    for a capital city, its country
 */
public record ActorProfile(List<String> roles, List<Entity> affiliations, Optional<Entity> capitalOf) {

    public static final ActorProfile NONE = new ActorProfile(List.of(), List.of(), Optional.empty());

    public ActorProfile {
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
        Objects.requireNonNull(capitalOf, "capitalOf");
    }
}
