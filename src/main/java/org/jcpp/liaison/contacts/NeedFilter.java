package org.jcpp.liaison.contacts;

import org.jspecify.annotations.Nullable;

/** Filters of the needs list; null means "any". */
public record NeedFilter(
        @Nullable Long cityId,
        @Nullable NeedStatus status,
        @Nullable NeedCategory category,
        boolean overdueOnly,
        @Nullable Long referralPartnerId) {

    public static final NeedFilter ANY = new NeedFilter(null, null, null, false, null);

    /** The needs referred to a partner organisation. */
    public static NeedFilter referredTo(long partnerId) {
        return new NeedFilter(null, null, null, false, partnerId);
    }
}
