package org.jcpp.liaison.training;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Training delivered in one city in one month: sessions, hours (sum of session lengths) and officers trained. */
public record TrainingMonth(long cityId, YearMonth month, int sessions, BigDecimal hours, int officersTrained) {}
