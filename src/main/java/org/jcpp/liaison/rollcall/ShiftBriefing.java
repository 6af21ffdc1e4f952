package org.jcpp.liaison.rollcall;

import java.time.LocalDate;

/** A briefing as a time line marks it: its day, the shift briefed and the officers present. */
public record ShiftBriefing(LocalDate day, long shiftId, int officers) {}
