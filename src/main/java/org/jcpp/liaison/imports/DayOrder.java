package org.jcpp.liaison.imports;

/** How a date written with slashes is read: 3/4/2019 is March 4 with the month first, 3 April with the day first. */
public enum DayOrder {
    MONTH_FIRST,
    DAY_FIRST
}
