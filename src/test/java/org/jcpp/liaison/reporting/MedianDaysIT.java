package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedDetails;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard's median days to resolve keeps the durations of the days the summaries cover between openings: what it
 * shows is still the median of every need resolved in the period, as PostgreSQL computes it from the records, after a
 * need resolved in a covered month is reopened, and after the refresh that folds that change into the summaries.
 */
@IntegrationTest
class MedianDaysIT {

    @Autowired
    ReportingService reporting;

    @Autowired
    ReportingRefresh refresh;

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_need_reopened_in_a_covered_month_moves_the_median_at_once_and_after_the_refresh() {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        YearMonth now = YearMonth.now();
        Period year = new Period(now.minusMonths(11), now);
        YearMonth covered = now.minusMonths(3);

        // seven needs resolved three months ago, 1 to 7 days after they were raised: logged and resolved as a liaison
        // does, then dated back (the app stamps a resolution with the time it is saved)
        var seven = new ArrayList<Long>();
        for (int days = 1; days <= 7; days++) {
            LocalDateTime raised = covered.atDay(2).atTime(10, 0);
            var contact = signedIn.as(
                    "demo-liaison",
                    () -> contacts.log(SampleContacts.visitOn(
                            raised,
                            park,
                            "Asked about the food shelf",
                            SampleContacts.need(NeedCategory.FOOD, "Food shelf hours", LocalDate.now(), null))));
            long id = contact.needs().getFirst().id();
            moveTo(signedIn, id, NeedStatus.RESOLVED);
            jdbc.update(
                    "UPDATE need SET created_at = ?, closed_at = ? WHERE id = ?",
                    Timestamp.valueOf(raised.plusHours(1)),
                    Timestamp.valueOf(raised.plusHours(1).plusDays(days)),
                    id);
            seven.add(id);
        }
        refresh.refresh();
        assertThat(refresh.lags()).as("the summaries cover the month").isFalse();

        double before = shownMedian(signedIn, year, park);
        assertThat(before).as("the median shown").isCloseTo(recordsMedian(year, park), within(1e-9));
        assertThat(shownMedian(signedIn, year, park))
                .as("opened again: the kept durations")
                .isCloseTo(before, within(1e-9));

        // the three quickest reopened as a liaison would (a follow-up found more to do): the median rises
        for (long id : seven.subList(0, 3)) {
            moveTo(signedIn, id, NeedStatus.IN_PROGRESS);
        }
        double changed = recordsMedian(year, park);
        assertThat(changed).as("the records' median moved").isGreaterThan(before);
        assertThat(shownMedian(signedIn, year, park))
                .as("shown at once, before a refresh")
                .isCloseTo(changed, within(1e-9));

        refresh.refresh();
        assertThat(refresh.lags()).as("the refresh folded the change in").isFalse();
        assertThat(shownMedian(signedIn, year, park))
                .as("shown after the refresh")
                .isCloseTo(changed, within(1e-9));
        assertThat(resolvedShown(signedIn, year, park)).isEqualTo(recordsResolved(year, park));
    }

    private void moveTo(SignedIn signedIn, long id, NeedStatus status) {
        signedIn.as("demo-liaison", () -> {
            NeedDetails need = needs.get(id);
            return needs.update(
                    SampleContacts.step(need, status, status == NeedStatus.RESOLVED ? "Hours given" : need.outcome()));
        });
    }

    private double shownMedian(SignedIn signedIn, Period period, long city) {
        Double median = row(signedIn, period, city).medianDaysToResolve();
        assertThat(median).as("a median for city %d", city).isNotNull();
        return median;
    }

    private int resolvedShown(SignedIn signedIn, Period period, long city) {
        return row(signedIn, period, city).needsResolved();
    }

    private CityFigures row(SignedIn signedIn, Period period, long city) {
        return signedIn.as("demo-coordinator", () -> reporting.dashboard(period, List.of(city)))
                .cities()
                .getFirst();
    }

    private double recordsMedian(Period period, long city) {
        return jdbc.queryForObject(
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', closed_at - created_at) / 86400)"
                        + RESOLVED_IN,
                Double.class,
                city,
                Timestamp.valueOf(period.firstDay().atStartOfDay()),
                Timestamp.valueOf(period.lastDay().plusDays(1).atStartOfDay()));
    }

    private int recordsResolved(Period period, long city) {
        return jdbc.queryForObject(
                "SELECT count(*)" + RESOLVED_IN,
                Integer.class,
                city,
                Timestamp.valueOf(period.firstDay().atStartOfDay()),
                Timestamp.valueOf(period.lastDay().plusDays(1).atStartOfDay()));
    }

    private static final String RESOLVED_IN =
            " FROM need WHERE city_id = ? AND status = 'RESOLVED' AND closed_at >= ? AND closed_at < ?";
}
