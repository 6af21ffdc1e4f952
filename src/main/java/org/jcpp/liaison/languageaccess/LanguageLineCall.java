package org.jcpp.liaison.languageaccess;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One call of a vendor's usage report as the import reads it: the day, the department its account is mapped to, the
 * language, the minutes and the cost. Who called is never read. {@code fileRow} is the row of the file it came from
 * (two calls alike in every figure are still two calls). Messages are i18n keys.
 */
public record LanguageLineCall(
        @NotNull(message = "validation.required") LocalDate day,
        @NotNull(message = "validation.required") Long departmentId,
        @NotNull(message = "validation.required") Long languageId,

        @NotNull(message = "validation.required")
        @DecimalMin(value = "0", message = "language-line.negative")
        @Digits(integer = 6, fraction = 1, message = "language-line.minutes.range")
        BigDecimal minutes,

        @NotNull(message = "validation.required")
        @DecimalMin(value = "0", message = "language-line.negative")
        @Digits(integer = 8, fraction = 2, message = "language-line.cost.range")
        BigDecimal cost,

        int fileRow) {}
