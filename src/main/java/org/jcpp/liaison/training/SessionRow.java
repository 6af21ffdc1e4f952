package org.jcpp.liaison.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the training sessions list. */
public record SessionRow(
        long id,
        LocalDate heldOn,
        long cityId,
        long departmentId,
        long topicId,
        int topicRevision,
        BigDecimal hours,
        int attendees,
        @Nullable BigDecimal rating) {}
