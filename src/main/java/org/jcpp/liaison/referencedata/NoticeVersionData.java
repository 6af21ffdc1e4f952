package org.jcpp.liaison.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A new version of the notice: its code ("2027-1"), the day it is given from (tomorrow at the earliest: its texts start
 * as drafts to revise and have reviewed before that day, and a notice already given is never replaced after the
 * fact), and the version whose texts it starts from.
 */
public record NoticeVersionData(
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.-]{0,19}", message = "notice.version.code.format")
        String code,

        @Nullable @NotNull(message = "validation.required") LocalDate inForceFrom,

        long copyFromId) {

    public static final int CODE_MAX = 20;

    /** The day it is given from is still to come. */
    public void check(Clock clock) {
        if (inForceFrom != null && !inForceFrom.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("inForceFrom", "notice.version.in-force-past");
        }
    }
}
