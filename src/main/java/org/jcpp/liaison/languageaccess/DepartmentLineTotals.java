package org.jcpp.liaison.languageaccess;

import java.math.BigDecimal;

/** A department's interpreter-line use over a period: calls, minutes, cost, and the months a report covered. */
public record DepartmentLineTotals(long departmentId, int calls, BigDecimal minutes, BigDecimal cost, int months) {}
