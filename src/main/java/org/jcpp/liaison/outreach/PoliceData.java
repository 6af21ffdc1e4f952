package org.jcpp.liaison.outreach;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One police department's part in an event: officers and recruits attending and their volunteer hours. */
public record PoliceData(
        @NotNull(message = "validation.required") Long departmentId,

        @Min(value = 0, message = "outreach.count.range")
        @Max(value = OutreachLimits.POLICE_MAX, message = "outreach.count.range")
        int officers,

        @Min(value = 0, message = "outreach.count.range")
        @Max(value = OutreachLimits.POLICE_MAX, message = "outreach.count.range")
        int recruits,

        @NotNull(message = "validation.required")
        @DecimalMin(value = "0", message = "outreach.hours.range")
        @DecimalMax(value = "99999", message = "outreach.hours.range")
        BigDecimal volunteerHours) {}
