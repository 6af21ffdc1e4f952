package org.jcpp.liaison.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A training session with the topic revision it taught and whether the signed-in user may change it. */
public record SessionDetails(
        long id,
        long version,
        RevisionRef topic,
        LocalDate heldOn,
        long cityId,
        long departmentId,
        String trainers,
        BigDecimal hours,
        int attendees,
        String attendeeList,
        @Nullable BigDecimal rating,
        String evaluationComments,
        long createdBy,
        boolean canEdit) {}
