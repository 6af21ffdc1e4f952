package org.jcpp.liaison.languageaccess;

import java.time.YearMonth;

/** A call's department and month (the unit a report is imported by), and its row of the file. */
public record LineKey(long departmentId, YearMonth month, int fileRow) {

    public static LineKey of(LanguageLineCall call) {
        return new LineKey(call.departmentId(), YearMonth.from(call.day()), call.fileRow());
    }
}
