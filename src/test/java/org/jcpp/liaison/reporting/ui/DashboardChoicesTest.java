package org.jcpp.liaison.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.jcpp.liaison.reporting.Period;
import org.jcpp.liaison.reporting.ui.DashboardView.Kind;
import org.junit.jupiter.api.Test;

/** The dashboard's second choice: which years, quarters and months it offers, whatever the month it is opened in. */
class DashboardChoicesTest {

    @Test
    void in_may_the_years_run_from_this_one_back_to_the_oldest_whole_one_of_the_120_months() {
        YearMonth may = YearMonth.of(2026, 5); // the 120 months run from June 2016
        var years = DashboardView.choices(Kind.YEAR, may);
        assertThat(years.getFirst()).isEqualTo(may); // this year, up to this month
        assertThat(years.get(1)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(years.getLast()).isEqualTo(YearMonth.of(2017, 12)); // 2016 began before June 2016: left out
        assertThat(years).hasSize(10);
    }

    @Test
    void the_quarters_begin_with_this_one_up_to_this_month_and_end_with_the_oldest_whole_one() {
        YearMonth may = YearMonth.of(2026, 5);
        var quarters = DashboardView.choices(Kind.QUARTER, may);
        assertThat(quarters.getFirst()).isEqualTo(may);
        assertThat(quarters.get(1)).isEqualTo(YearMonth.of(2026, 3));
        assertThat(quarters.getLast()).isEqualTo(YearMonth.of(2016, 9)); // July–September 2016: April–June is not whole
        for (var quarter : quarters) {
            assertThat(Period.quarterOf(quarter).from()).isAfterOrEqualTo(may.minusMonths(119));
        }
        assertThat(quarters).doesNotHaveDuplicates().hasSize(40);
    }

    @Test
    void in_january_the_year_is_this_january_and_the_year_before_is_whole() {
        YearMonth january = YearMonth.of(2027, 1);
        assertThat(DashboardView.choices(Kind.YEAR, january)).startsWith(january, YearMonth.of(2026, 12));
        assertThat(DashboardView.lastShown(Kind.QUARTER, YearMonth.of(2026, 11), january))
                .isEqualTo(YearMonth.of(2026, 12));
        assertThat(DashboardView.lastShown(Kind.YEAR, YearMonth.of(2026, 2), january))
                .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void every_month_of_the_120_is_offered_and_each_choice_opens_its_own_period() {
        YearMonth may = YearMonth.of(2026, 5);
        var months = DashboardView.choices(Kind.MONTH, may);
        assertThat(months).hasSize(120).startsWith(may).endsWith(YearMonth.of(2016, 6));
        assertThat(DashboardView.periodOf(Kind.QUARTER, may, may)).isEqualTo(Period.quarterOf(may));
        assertThat(DashboardView.periodOf(Kind.YEAR, YearMonth.of(2020, 12), may))
                .isEqualTo(Period.yearOf(2020));
        // a custom period's months given the wrong way round are read the right way round
        assertThat(DashboardView.periodOf(Kind.CUSTOM, YearMonth.of(2026, 1), may))
                .isEqualTo(new Period(YearMonth.of(2026, 1), may));
    }
}
