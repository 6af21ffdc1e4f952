package org.jcpp.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.committees.domain.Recommendation;
import org.junit.jupiter.api.Test;

/** A recommendation's steps from raised to done, who may take them, and its history. */
class RecommendationStatusTest {

    private final Clock july = Clock.fixed(Instant.parse("2026-07-02T15:00:00Z"), ZoneId.of("America/Chicago"));
    private static final long LIAISON = 7;
    private static final long COORDINATOR = 9;

    private static Recommendation raised() {
        var recommendation = new Recommendation(LIAISON);
        recommendation.raisedAt(1, 2, 3, LocalDate.of(2026, 6, 11));
        recommendation.fill(
                new RecommendationData(
                        3L,
                        "Publish traffic-stop data by neighbourhood",
                        "Every quarter, on the city's website",
                        RecommendationCategory.POLICY,
                        null,
                        "Deputy chief, patrol",
                        LocalDate.of(2026, 9, 30),
                        Set.of(),
                        Set.of(),
                        Set.of()),
                LIAISON);
        return recommendation;
    }

    private String refused(Recommendation recommendation, RecommendationStatus to, String response, boolean decides) {
        try {
            recommendation.answer(
                    new RecommendationAnswer(to, response), decides ? COORDINATOR : LIAISON, decides, july);
        } catch (InvalidInputException refused) {
            return refused.field() + ": " + refused.messageKey();
        }
        return "accepted";
    }

    @Test
    void declinedNeedsItsReasonsAndDoneNeedsAResponse() {
        assertThat(refused(raised(), RecommendationStatus.DECLINED, " ", true))
                .isEqualTo("response: committees.response.reasons");
        var accepted = raised();
        assertThat(refused(accepted, RecommendationStatus.ACCEPTED, "", true)).isEqualTo("accepted");
        assertThat(refused(accepted, RecommendationStatus.DONE, "", true))
                .isEqualTo("response: committees.response.required");
        assertThat(refused(accepted, RecommendationStatus.DONE, "Published on the city's site in August", true))
                .isEqualTo("accepted");
        assertThat(accepted.getStatus()).isEqualTo(RecommendationStatus.DONE);
    }

    @Test
    void aLiaisonMovesItToReviewButTheAnswerIsACoordinators() {
        var recommendation = raised();
        assertThat(refused(recommendation, RecommendationStatus.UNDER_REVIEW, "", false))
                .isEqualTo("accepted");
        assertThat(refused(recommendation, RecommendationStatus.ACCEPTED, "Yes", false))
                .isEqualTo("status: committees.status.coordinator-only");
        assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.UNDER_REVIEW);
    }

    @Test
    void itCannotBeDoneBeforeItWasAccepted() {
        assertThat(refused(raised(), RecommendationStatus.DONE, "Done", true))
                .isEqualTo("status: committees.status.not-next");
        assertThat(RecommendationStatus.DECLINED.next()).containsExactly(RecommendationStatus.UNDER_REVIEW);
    }

    @Test
    void theFirstAnswersDayIsKeptAndEveryStepIsInTheHistory() {
        var recommendation = raised();
        refused(recommendation, RecommendationStatus.UNDER_REVIEW, "", false);
        assertThat(recommendation.getRespondedOn()).isNull();
        refused(recommendation, RecommendationStatus.PARTLY_ACCEPTED, "Yearly, not quarterly", true);
        refused(recommendation, RecommendationStatus.DONE, "Published in August", true);
        assertThat(recommendation.getRespondedOn()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(recommendation.getHistory().stream().map(e -> e.change()).toList())
                .containsExactly(
                        new RecommendationChange.Raised("Publish traffic-stop data by neighbourhood"),
                        new RecommendationChange.StatusChanged(
                                RecommendationStatus.RAISED, RecommendationStatus.UNDER_REVIEW),
                        new RecommendationChange.StatusChanged(
                                RecommendationStatus.UNDER_REVIEW, RecommendationStatus.PARTLY_ACCEPTED),
                        new RecommendationChange.Responded("Yearly, not quarterly"),
                        new RecommendationChange.StatusChanged(
                                RecommendationStatus.PARTLY_ACCEPTED, RecommendationStatus.DONE),
                        new RecommendationChange.Responded("Published in August"));
    }

    @Test
    void aChangedOwnerAndDueDateAreInTheHistory() {
        var recommendation = raised();
        recommendation.fill(
                new RecommendationData(
                        3L,
                        "Publish traffic-stop data by neighbourhood",
                        "",
                        RecommendationCategory.POLICY,
                        null,
                        "Chief",
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of()),
                LIAISON);
        assertThat(recommendation.getHistory().stream().map(e -> e.change()).toList())
                .contains(new RecommendationChange.DueChanged(null), new RecommendationChange.OwnerChanged("Chief"));
    }

    @Test
    void overdueOnlyWhileWaitingForTheDepartment() {
        var recommendation = raised();
        assertThat(recommendation.isOverdueOn(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(recommendation.isOverdueOn(LocalDate.of(2026, 9, 30))).isFalse();
        refused(recommendation, RecommendationStatus.DECLINED, "Not possible with the records system", true);
        assertThat(recommendation.isOverdueOn(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void aStoredStepReadsBackAsItWasWritten() {
        var step = new RecommendationChange.StatusChanged(RecommendationStatus.RAISED, RecommendationStatus.DONE);
        assertThat(RecommendationChange.read(step.what(), step.detail())).isEqualTo(step);
        assertThat(RecommendationChange.read("DUE", "not a date"))
                .isEqualTo(new RecommendationChange.Other("DUE", "not a date"));
    }
}
