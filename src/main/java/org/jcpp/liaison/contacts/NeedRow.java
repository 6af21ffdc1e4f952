package org.jcpp.liaison.contacts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One need in a list. {@code overdue}: still open and its due date has passed. */
public record NeedRow(
        long id,
        long contactId,
        long cityId,
        NeedCategory category,
        String description,
        NeedStatus status,
        long ownerId,
        @Nullable LocalDate dueOn,
        boolean overdue,
        boolean named) {}
