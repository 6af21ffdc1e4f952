package org.jcpp.liaison.rollcall;

import java.time.LocalDate;
import java.util.List;

/** One line of the briefings list; topics by id (their titles come from the training catalog). */
public record BriefingRow(
        long id,
        LocalDate briefedOn,
        long cityId,
        long departmentId,
        long shiftId,
        long presenterId,
        int officers,
        int minutes,
        List<Long> topicIds) {}
