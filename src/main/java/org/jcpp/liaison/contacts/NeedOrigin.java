package org.jcpp.liaison.contacts;

/**
 * The public facts of a need that another record refers to (a training topic proposed from it): what kind of need, in
 * which city, where it stands, and whether the signed-in user may open it. Never what the need says or who raised it.
 */
public record NeedOrigin(long id, long cityId, NeedCategory category, NeedStatus status, boolean openable) {}
