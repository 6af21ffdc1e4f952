package org.jcpp.liaison.languageaccess;

import java.time.LocalDate;

/** A roll-call briefing on language access at a department: its day, the shift briefed and the officers present. */
public record BriefingDay(LocalDate day, long shiftId, int officers) {}
