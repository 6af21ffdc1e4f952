package org.jcpp.liaison.notifications;

import java.time.Instant;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jspecify.annotations.Nullable;

/** One entry of the bell: its kind, the record it opens, the need's category and city, who did it, when, read. */
public record NotificationRow(
        long id,
        NotificationKind kind,
        @Nullable Long recordId,
        @Nullable NeedCategory category,
        @Nullable Long cityId,
        @Nullable Long byAccountId,
        Instant createdAt,
        boolean read) {}
