package org.jcpp.liaison.contacts;

/** Where a contact took place, by kind of place (never an address). */
public enum PlaceType {
    HOME,
    FAITH_COMMUNITY,
    COMMUNITY_CENTER,
    SCHOOL,
    BUSINESS,
    POLICE_STATION,
    PUBLIC_SPACE,
    FOOD_SHELF,
    ONLINE,
    OTHER
}
