package org.jcpp.liaison.languageaccess;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's totals for one department and language, as an import brought them in. */
public record LanguageLineMonthRow(
        long departmentId, YearMonth month, long languageId, int calls, BigDecimal minutes, BigDecimal cost) {}
