package org.jcpp.liaison.contacts;

/**
 * The public facts of a need that another record refers to (a training topic proposed from it): what kind of need, in
 * which city, where it stands, only for a user who may open the need (city, category and status are null for
 * others). Never what the need says or who raised it.
 */
public record NeedOrigin(
        long id,
        boolean openable,
        @org.jspecify.annotations.Nullable Long cityId,
        @org.jspecify.annotations.Nullable NeedCategory category,
        @org.jspecify.annotations.Nullable NeedStatus status) {}
