package org.jcpp.liaison.rollcall;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What officers of one city were taught in one month: roll-call briefings and formal training together. */
public record MonthlyActivity(
        long cityId,
        YearMonth month,
        int briefings,
        int officersBriefed,
        int trainingSessions,
        BigDecimal trainingHours,
        int officersTrained) {}
