package org.jcpp.liaison.committees;

/** How a meeting was interpreted, if it was. */
public enum Interpretation {
    NONE,
    IN_PERSON,
    LANGUAGE_LINE,
    VIDEO,
    BILINGUAL_STAFF;

    public boolean used() {
        return this != NONE;
    }
}
