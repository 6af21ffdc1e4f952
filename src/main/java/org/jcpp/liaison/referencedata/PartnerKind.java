package org.jcpp.liaison.referencedata;

/** What sort of organisation a partner is. */
public enum PartnerKind {
    GOVERNMENT,
    HUMAN_SERVICES,
    FOOD_SHELF,
    FAITH_COMMUNITY,
    SCHOOL,
    NONPROFIT,
    BUSINESS,
    OTHER
}
