package org.jcpp.liaison.outreach;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the morning's reminders (a system job, not a person): the events still planned that ended in a span of days,
 * with their organiser and city only. One statement (the planned events' end index).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('SYSTEM')")
public class EventReminders {

    private final JdbcClient jdbc;

    EventReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Events still planned that ended on or after {@code from} and before {@code until} (local days). */
    public List<EventDue> plannedEndedBetween(LocalDate from, LocalDate until) {
        return jdbc.sql("SELECT id, organiser_id, city_id, ends_at AT TIME ZONE 'UTC' FROM outreach_event"
                        + " WHERE status = 'PLANNED'"
                        // local date-times are stored as UTC wall-clock time (as ReportQueries reads them)
                        + " AND ends_at >= (CAST(:from AS timestamptz) AT TIME ZONE 'UTC')"
                        + " AND ends_at < (CAST(:until AS timestamptz) AT TIME ZONE 'UTC') ORDER BY id")
                .param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("until", Timestamp.valueOf(until.atStartOfDay()))
                .query((rs, n) -> new EventDue(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toLocalDateTime().toLocalDate()))
                .list();
    }
}
