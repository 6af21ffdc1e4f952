package org.jcpp.liaison.referencedata;

/** The lists an admin keeps: each is a table of named, deactivatable entries. */
public enum ReferenceKind {
    CITY,
    DEPARTMENT,
    PARTNER,
    COMMUNITY_GROUP,
    LANGUAGE,
    TOPIC;

    /** Longest name allowed; the database column has the same size. */
    public int nameMax() {
        return this == PARTNER ? 150 : 100;
    }
}
