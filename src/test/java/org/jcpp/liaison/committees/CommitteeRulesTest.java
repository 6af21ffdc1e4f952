package org.jcpp.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A member's term and a meeting's facts, decided from what was typed alone. */
class CommitteeRulesTest {

    /** Thursday 2026-06-11, 19:00 in Minneapolis: the Hopkins MAC meets at 18:00. */
    private final Clock thursday = Clock.fixed(Instant.parse("2026-06-12T00:00:00Z"), ZoneId.of("America/Chicago"));

    private static final LocalDateTime SIX_PM = LocalDateTime.of(2026, 6, 11, 18, 0);

    private static MemberData member(LocalDate from, @Nullable LocalDate to) {
        return new MemberData("Amina Hassan", "Somali community", Set.of(), "", "", from, to, true);
    }

    private static MeetingData meeting(
            LocalDateTime start, LocalDateTime end, MeetingStatus status, Set<Long> members, int guests) {
        return new MeetingData(
                1L,
                start,
                end,
                "City hall",
                status,
                List.of("Body cameras"),
                members,
                List.of(),
                Set.of(),
                guests,
                Interpretation.NONE,
                Set.of(),
                "");
    }

    private static String refused(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException refused) {
            return refused.field() + ": " + refused.messageKey();
        }
        return "accepted";
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRefusedAtItsEnd() {
        var backwards = member(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(refused(() -> backwards.checkRecord(thursday)))
                .isEqualTo("termTo: committees.term.ends-before-start");
        assertThat(refused(() -> member(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))
                        .checkRecord(thursday)))
                .isEqualTo("accepted");
        assertThat(refused(() -> member(LocalDate.of(2026, 1, 1), null).checkRecord(thursday)))
                .isEqualTo("accepted");
    }

    @Test
    void aTermStartsAtMostAYearAhead() {
        assertThat(refused(() -> member(LocalDate.of(2027, 6, 12), null).checkRecord(thursday)))
                .isEqualTo("termFrom: committees.term.too-far-ahead");
        assertThat(refused(() -> member(LocalDate.of(2027, 6, 11), null).checkRecord(thursday)))
                .isEqualTo("accepted");
    }

    @Test
    void aMemberServesFromTheFirstToTheLastDayOfTheTerm() {
        var term = member(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(term.servesOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(term.servesOn(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(term.servesOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(term.servesOn(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void aMeetingInTheFutureCannotBeRecordedAsHeld() {
        var nextWeek = SIX_PM.plusDays(7);
        assertThat(refused(() -> meeting(nextWeek, nextWeek.plusHours(2), MeetingStatus.HELD, Set.of(), 0)
                        .checkRecord(thursday, 10)))
                .isEqualTo("status: committees.held.future");
        assertThat(refused(() -> meeting(nextWeek, nextWeek.plusHours(2), MeetingStatus.PLANNED, Set.of(), 0)
                        .checkRecord(thursday, 10)))
                .isEqualTo("accepted");
        assertThat(refused(() -> meeting(SIX_PM, SIX_PM.plusHours(2), MeetingStatus.HELD, Set.of(1L), 3)
                        .checkRecord(thursday, 10)))
                .isEqualTo("accepted");
    }

    @Test
    void attendanceAboveTheMembersServingIsRefused() {
        assertThat(refused(() -> meeting(SIX_PM, SIX_PM.plusHours(2), MeetingStatus.HELD, Set.of(1L, 2L, 3L), 0)
                        .checkRecord(thursday, 2)))
                .isEqualTo("memberIds: committees.attendance.more-than-members");
        assertThat(refused(() -> meeting(SIX_PM, SIX_PM.plusHours(2), MeetingStatus.HELD, Set.of(1L, 2L), 0)
                        .checkRecord(thursday, 2)))
                .isEqualTo("accepted");
    }

    @Test
    void onlyAHeldMeetingHasAttendance() {
        var nextWeek = SIX_PM.plusDays(7);
        assertThat(refused(() -> meeting(nextWeek, nextWeek.plusHours(2), MeetingStatus.PLANNED, Set.of(), 4)
                        .checkRecord(thursday, 10)))
                .isEqualTo("memberIds: committees.attendance.only-when-held");
    }

    @Test
    void aMeetingEndsAfterItStartsAndWithinADay() {
        assertThat(refused(() ->
                        meeting(SIX_PM, SIX_PM, MeetingStatus.HELD, Set.of(), 0).checkRecord(thursday, 1)))
                .isEqualTo("endsAt: committees.end.before-start");
        assertThat(refused(() -> meeting(SIX_PM, SIX_PM.plusHours(25), MeetingStatus.PLANNED, Set.of(), 0)
                        .checkRecord(thursday, 1)))
                .isEqualTo("endsAt: committees.end.too-long");
    }

    @Test
    void anInterpreterUsedNamesTheLanguages() {
        var interpreted = new MeetingData(
                1L,
                SIX_PM,
                SIX_PM.plusHours(2),
                "",
                MeetingStatus.HELD,
                List.of(),
                Set.of(),
                List.of(),
                Set.of(),
                0,
                Interpretation.LANGUAGE_LINE,
                Set.of(),
                "");
        assertThat(refused(() -> interpreted.checkRecord(thursday, 1)))
                .isEqualTo("languageIds: committees.interpretation.languages-required");
    }

    @Test
    void theAgendaKeepsItsItemsInOrderWithoutBlankOnes() {
        var data = new MeetingData(
                1L,
                SIX_PM,
                SIX_PM.plusHours(2),
                "",
                MeetingStatus.PLANNED,
                List.of(" Body cameras ", "", "Consular ID cards"),
                Set.of(),
                List.of(),
                Set.of(),
                0,
                Interpretation.NONE,
                Set.of(),
                "");
        assertThat(data.agendaItems()).containsExactly("Body cameras", "Consular ID cards");
    }

    @Test
    void aDueDateBeforeTheMeetingIsRefused() {
        var data = new RecommendationData(
                1L,
                "Publish traffic-stop data",
                "",
                RecommendationCategory.POLICY,
                null,
                "",
                LocalDate.of(2026, 6, 10),
                Set.of(),
                Set.of(),
                Set.of());
        assertThatThrownBy(() -> data.checkRecord(LocalDate.of(2026, 6, 11)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dueOn"));
        assertThatCode(() -> data.checkRecord(LocalDate.of(2026, 6, 10))).doesNotThrowAnyException();
    }
}
