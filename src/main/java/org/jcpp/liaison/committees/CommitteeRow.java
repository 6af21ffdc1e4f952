package org.jcpp.liaison.committees;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the committees list: its members serving today, its last meeting held, and its open and overdue
 * recommendations.
 */
public record CommitteeRow(
        long id,
        long cityId,
        String name,
        boolean active,
        int members,
        @Nullable LocalDate lastMet,
        int openRecommendations,
        int overdueRecommendations) {}
