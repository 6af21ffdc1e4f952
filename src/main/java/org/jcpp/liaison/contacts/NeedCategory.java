package org.jcpp.liaison.contacts;

/** What a need is about. */
public enum NeedCategory {
    SAFETY,
    TRAFFIC,
    HOUSING,
    FOOD,
    HEALTH,
    YOUTH_AND_SCHOOL,
    JOBS,
    LEGAL_HELP,
    LANGUAGE_ACCESS,
    DOMESTIC_VIOLENCE,
    POLICE_CONDUCT,
    OTHER
}
