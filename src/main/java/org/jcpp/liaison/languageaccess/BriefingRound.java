package org.jcpp.liaison.languageaccess;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.rollcall.ShiftBriefing;

/**
 * A round of language-access briefings at one department: briefings no more than {@link #GAP_DAYS} apart belong to one
 * round (a liaison goes through the shifts over a few weeks). It says how many of the department's shifts it reached.
 */
public record BriefingRound(
        LocalDate first, LocalDate last, int briefings, int shiftsReached, int shifts, int officers) {

    /** Briefings further apart than this start a new round. */
    public static final int GAP_DAYS = 30;

    public YearMonth firstMonth() {
        return YearMonth.from(first);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(last);
    }

    /** The department's briefings on language access grouped into rounds, oldest first. */
    public static List<BriefingRound> of(List<ShiftBriefing> briefings, int departmentShifts) {
        var sorted = briefings.stream()
                .sorted(Comparator.comparing(ShiftBriefing::day))
                .toList();
        var rounds = new ArrayList<BriefingRound>();
        var current = new ArrayList<ShiftBriefing>();
        for (ShiftBriefing day : sorted) {
            if (!current.isEmpty() && ChronoUnit.DAYS.between(current.getLast().day(), day.day()) > GAP_DAYS) {
                rounds.add(round(current, departmentShifts));
                current.clear();
            }
            current.add(day);
        }
        if (!current.isEmpty()) {
            rounds.add(round(current, departmentShifts));
        }
        return rounds;
    }

    private static BriefingRound round(List<ShiftBriefing> days, int departmentShifts) {
        Set<Long> shifts = new HashSet<>();
        int officers = 0;
        for (ShiftBriefing day : days) {
            shifts.add(day.shiftId());
            officers += day.officers();
        }
        return new BriefingRound(
                days.getFirst().day(),
                days.getLast().day(),
                days.size(),
                shifts.size(),
                Math.max(departmentShifts, shifts.size()),
                officers);
    }
}
