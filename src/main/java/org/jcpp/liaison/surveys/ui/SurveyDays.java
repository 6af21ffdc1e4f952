package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.jcpp.liaison.base.ui.Formats;
import org.jspecify.annotations.Nullable;

/** The days a survey takes answers, in words ("from May 1, 2026", "May 1, 2026 to May 31, 2026"). */
final class SurveyDays {

    private SurveyDays() {}

    static String of(Component view, LocalDate opensOn, @Nullable LocalDate closesOn) {
        return closesOn == null
                ? view.getTranslation("survey.days.from", Formats.date(opensOn))
                : view.getTranslation("survey.days.span", Formats.date(opensOn), Formats.date(closesOn));
    }
}
