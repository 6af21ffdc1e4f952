package org.jcpp.liaison.surveys;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the surveys list: what it is, its days, whether it takes answers today, and how many it has. */
public record SurveyRow(
        long id,
        long cityId,
        String title,
        LocalDate opensOn,
        @Nullable LocalDate closesOn,
        PublicSurvey.Standing standing,
        long answers) {}
