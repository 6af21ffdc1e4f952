package org.jcpp.liaison.committees;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member on the committee's page: no contact details (those are read, and audited, on the member's page). */
public record MemberRow(
        long id,
        String fullName,
        String speaksFor,
        List<Long> languageIds,
        LocalDate termFrom,
        @Nullable LocalDate termTo,
        boolean listed,
        boolean serving,
        boolean erased) {}
