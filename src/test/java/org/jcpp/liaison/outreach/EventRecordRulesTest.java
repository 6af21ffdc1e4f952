package org.jcpp.liaison.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventRecordRulesTest {

    /** Saturday 2026-05-16, 14:00 in Minneapolis. */
    private final Clock saturday = Clock.fixed(Instant.parse("2026-05-16T19:00:00Z"), ZoneId.of("America/Chicago"));

    private static final LocalDateTime FOOD_SHELF = LocalDateTime.of(2026, 5, 16, 9, 0);

    private static EventData event(
            LocalDateTime start,
            EventStatus status,
            @Nullable Integer attendance,
            Map<Long, Integer> groups,
            List<PoliceData> police) {
        return event(start, start.plusHours(3), status, attendance, groups, police);
    }

    private static EventData event(
            LocalDateTime start,
            LocalDateTime end,
            EventStatus status,
            @Nullable Integer attendance,
            Map<Long, Integer> groups,
            List<PoliceData> police) {
        return new EventData(
                "Recruits at the food shelf",
                EventType.VOLUNTEERING,
                1L,
                "",
                start,
                end,
                null,
                Set.of(),
                Set.of(),
                status,
                attendance,
                groups,
                police,
                "",
                null,
                java.util.Set.of());
    }

    private String refusedField(EventData data) {
        try {
            data.checkRecord(saturday);
        } catch (InvalidInputException refused) {
            return refused.field() + " " + refused.messageKey();
        }
        return "accepted";
    }

    @Test
    void a_held_event_with_its_headcount_and_groups_within_it_is_accepted() {
        assertThat(refusedField(event(FOOD_SHELF, EventStatus.HELD, 40, Map.of(3L, 25, 4L, 15), List.of())))
                .isEqualTo("accepted");
    }

    @Test
    void an_event_recorded_as_held_before_it_starts_is_refused_at_its_status() {
        assertThat(refusedField(event(FOOD_SHELF.plusDays(1), EventStatus.HELD, 40, Map.of(), List.of())))
                .isEqualTo("status outreach.held.future");
    }

    @Test
    void a_held_event_needs_its_total_headcount() {
        assertThat(refusedField(event(FOOD_SHELF, EventStatus.HELD, null, Map.of(), List.of())))
                .isEqualTo("attendance outreach.attendance.required-when-held");
    }

    @Test
    void a_planned_event_has_no_headcount_yet() {
        assertThat(refusedField(event(FOOD_SHELF.plusDays(7), EventStatus.PLANNED, 12, Map.of(), List.of())))
                .isEqualTo("attendance outreach.attendance.only-when-held");
    }

    @Test
    void more_people_by_group_than_in_total_is_refused_at_the_groups() {
        assertThat(refusedField(event(FOOD_SHELF, EventStatus.HELD, 30, Map.of(3L, 25, 4L, 15), List.of())))
                .isEqualTo("groupAttendance outreach.groups.more-than-total");
    }

    @Test
    void the_same_police_department_listed_twice_is_refused_at_the_second_line() {
        var police = new PoliceData(7L, 2, 6, new BigDecimal("18"));
        assertThat(refusedField(event(FOOD_SHELF, EventStatus.HELD, 40, Map.of(), List.of(police, police))))
                .isEqualTo("police[1].departmentId outreach.police.duplicate");
    }

    @Test
    void an_event_that_ends_before_it_starts_or_starts_eleven_years_ago_is_refused() {
        var backwards = event(FOOD_SHELF, FOOD_SHELF.minusHours(1), EventStatus.HELD, 10, Map.of(), List.of());
        assertThat(refusedField(backwards)).isEqualTo("endsAt outreach.end.before-start");
        assertThat(refusedField(event(FOOD_SHELF.minusYears(11), EventStatus.HELD, 10, Map.of(), List.of())))
                .isEqualTo("startsAt outreach.start.range");
    }
}
