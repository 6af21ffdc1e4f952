package org.jcpp.liaison.committees;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A committee member as the form sends it: a community leader who agreed to serve, named, with the organisation or
 * community they speak for, their languages, how to reach them, their term and whether they agreed to be listed.
 */
public record MemberData(
        @NotBlank(message = "validation.required")
        @Size(max = CommitteeLimits.NAME_MAX, message = "committees.name.too-long")
        String fullName,

        @NotNull @Size(max = CommitteeLimits.SPEAKS_FOR_MAX, message = "committees.speaks-for.too-long")
        String speaksFor,

        @NotNull Set<Long> languageIds,

        @NotNull @Size(max = CommitteeLimits.PHONE_MAX, message = "committees.phone.too-long")
        String phone,

        @NotNull
        @Size(max = CommitteeLimits.EMAIL_MAX, message = "committees.email.too-long")
        @Email(message = "committees.email.invalid")
        String email,

        @NotNull(message = "validation.required") LocalDate termFrom,
        @Nullable LocalDate termTo,
        boolean listed) {

    /**
     * The rules of a member's record from what was typed: the term ends on or after the day it starts, and starts at
     * most {@link CommitteeLimits#TERM_YEARS_AHEAD} year ahead. Uniqueness in the committee is the service's.
     */
    public void checkRecord(Clock clock) {
        if (termTo != null && termTo.isBefore(termFrom)) {
            throw new InvalidInputException("termTo", "committees.term.ends-before-start");
        }
        if (termFrom.isAfter(LocalDate.now(clock).plusYears(CommitteeLimits.TERM_YEARS_AHEAD))) {
            throw new InvalidInputException("termFrom", "committees.term.too-far-ahead");
        }
    }

    /** Serving on the day: the term has started and not ended. */
    public boolean servesOn(LocalDate day) {
        return !termFrom.isAfter(day) && (termTo == null || !termTo.isBefore(day));
    }
}
