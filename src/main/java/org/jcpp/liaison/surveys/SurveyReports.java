package org.jcpp.liaison.surveys;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys' figures for the dashboard and the printed reports, for the reporting module: per member city and
 * quarter, over the standard items only (the same words in every survey, so quarters compare). Only the user's
 * cities; no figure of fewer than {@link SurveyLimits#ANSWERS_BEFORE_FIGURES} answers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class SurveyReports {

    private final SurveyFigures figures;
    private final CurrentUser currentUser;

    SurveyReports(SurveyFigures figures, CurrentUser currentUser) {
        this.figures = figures;
        this.currentUser = currentUser;
    }

    /**
     * The quarters that overlap the months {@code from} to {@code to}, for each chosen city of the user's (none chosen:
     * all of them) that had answers in it, by city then quarter. Two grouped statements.
     */
    public List<SurveyQuarter> cityQuarters(YearMonth from, YearMonth to, Collection<Long> cityIds) {
        var scope = currentUser.scope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Set<Long> cities = cityIds.stream().filter(scope::allows).collect(Collectors.toSet());
        if (cityIds.isEmpty()) {
            return figures.cityQuarters(from, to, scope.allCities() ? null : scope.cityIds());
        }
        return cities.isEmpty() ? List.of() : figures.cityQuarters(from, to, cities);
    }

    /** The first month of the quarter {@code month} is in. */
    static YearMonth quarterStart(YearMonth month) {
        return YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
    }

    static Date day(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }
}
