package org.jcpp.liaison.referencedata;

import org.jspecify.annotations.Nullable;

/** One entry of a reference list as lists and forms show it. Partner kind, city and code are set only where they
 * apply. */
public record ReferenceItem(
        long id,
        long version,
        String name,
        boolean active,
        @Nullable PartnerKind partnerKind,
        @Nullable Long cityId,
        @Nullable String cityName,
        @Nullable String code) {}
