package org.jcpp.liaison.contacts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a need stands: open, in progress, referred, then resolved or closed without action. The steps a need may take
 * are {@link #next()}: forward freely until it is closed; a referral goes back only to "in progress"; a closed need
 * must be reopened (to open or in progress) before it can be referred or closed another way.
 */
public enum NeedStatus {
    OPEN,
    IN_PROGRESS,
    REFERRED,
    RESOLVED,
    CLOSED_WITHOUT_ACTION;

    /**
     * The statuses of a need still to be followed up, in their order: the follow-up lists, the overdue counts (JPQL
     * and the reporting SQL, {@link #OPEN_SQL}) and the partial index of 0016-speed-indexes.sql all mean these.
     */
    public static final List<NeedStatus> OPEN_STATUSES = List.of(OPEN, IN_PROGRESS, REFERRED);

    /** {@link #OPEN_STATUSES} as an SQL list of literals, for native statements: {@code 'OPEN', 'IN_PROGRESS', ...}. */
    public static final String OPEN_SQL =
            OPEN_STATUSES.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    public boolean isClosed() {
        return !OPEN_STATUSES.contains(this);
    }

    /** The statuses a need in this one may be moved to (not this one itself). */
    public Set<NeedStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, REFERRED, RESOLVED, CLOSED_WITHOUT_ACTION);
            case IN_PROGRESS -> EnumSet.of(OPEN, REFERRED, RESOLVED, CLOSED_WITHOUT_ACTION);
            case REFERRED -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED_WITHOUT_ACTION);
            case RESOLVED, CLOSED_WITHOUT_ACTION -> EnumSet.of(OPEN, IN_PROGRESS);
        };
    }

    /** Whether a need in this status may be moved to {@code to} (staying where it is is always allowed). */
    public boolean mayMoveTo(NeedStatus to) {
        return to == this || next().contains(to);
    }
}
