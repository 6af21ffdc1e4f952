package org.jcpp.liaison.contacts;

import java.time.LocalDateTime;

/** One line of the contact list: ids are turned into names by the view. */
public record ContactRow(
        long id,
        LocalDateTime occurredAt,
        long cityId,
        long liaisonId,
        ContactKind kind,
        int headcount,
        Long[] languageIds,
        boolean languageLineUsed,
        org.jcpp.liaison.referencedata.InterpreterUse interpreterUse,
        org.jcpp.liaison.referencedata.@org.jspecify.annotations.Nullable InterpreterMode interpreterMode,
        String summary,
        long needCount) {}
