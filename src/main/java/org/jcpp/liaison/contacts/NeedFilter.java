package org.jcpp.liaison.contacts;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the needs list; null means "any". {@code openOnly}: only needs still being worked on (open, in progress,
 * referred), unless a status is chosen.
 */
public record NeedFilter(
        @Nullable Long cityId,
        @Nullable NeedStatus status,
        @Nullable NeedCategory category,
        boolean overdueOnly,
        @Nullable Long referralPartnerId,
        boolean openOnly) {

    public static final NeedFilter ANY = new NeedFilter(null, null, null, false, null, false);

    /** What the needs list shows when it opens: the needs still being worked on, the earliest due first. */
    public static final NeedFilter STILL_OPEN = new NeedFilter(null, null, null, false, null, true);

    /** The needs referred to a partner organisation. */
    public static NeedFilter referredTo(long partnerId) {
        return new NeedFilter(null, null, null, false, partnerId, false);
    }
}
