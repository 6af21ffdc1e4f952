package org.jcpp.liaison.audit;

import java.util.List;

/** The kinds of record the audit trail names (the first argument of {@link AuditTrail}'s methods). */
public final class RecordTypes {

    /** Every kind of record, as written in the trail; reference lists use their list's name in lower case. */
    public static final List<String> ALL = List.of(
            "contact",
            "need",
            "account",
            "city",
            "department",
            "shift",
            "partner",
            "community-group",
            "language",
            "topic",
            "training-topic",
            "training-session",
            "roll-call-briefing",
            "outreach-event",
            "outreach-series",
            "calendar-feed",
            "report");

    private RecordTypes() {}
}
