package org.jcpp.liaison.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/** A run of whole months, both ends included: what the summaries are kept by. */
public record Period(YearMonth from, YearMonth to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    public static Period quarterOf(YearMonth month) {
        YearMonth first = YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
        return new Period(first, first.plusMonths(2));
    }

    public static Period yearOf(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The same months a year earlier, for comparison. */
    public Period yearBefore() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    /** How many months the period has. */
    public int months() {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }
}
