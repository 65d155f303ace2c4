package org.claimgraph.domain;

/** Kinds of actors and places; the names match the ontology's class local names. */
public enum EntityType {
    Person(Kind.ACTOR),
    Organization(Kind.ACTOR),
    State(Kind.ACTOR),
    Government(Kind.ACTOR),
    ArmedGroup(Kind.ACTOR),
    Agency(Kind.ACTOR),
    InternationalOrganization(Kind.ACTOR),
    MediaOutlet(Kind.ACTOR),
    AnonymousSource(Kind.ACTOR),
    Country(Kind.PLACE),
    City(Kind.PLACE),
    Territory(Kind.PLACE),
    Region(Kind.PLACE),
    Crossing(Kind.PLACE),
    Location(Kind.PLACE);

    /** Whether a type names someone who acts or somewhere things happen. */
    public enum Kind { ACTOR, PLACE }

    private final Kind kind;

    EntityType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPlace() {
        return kind == Kind.PLACE;
    }
}
