package org.jcpp.liaison.training;

import static org.jcpp.liaison.training.TrainingLimits.ATTENDEES_MAX;
import static org.jcpp.liaison.training.TrainingLimits.ATTENDEES_MIN;
import static org.jcpp.liaison.training.TrainingLimits.ATTENDEE_LIST_MAX;
import static org.jcpp.liaison.training.TrainingLimits.COMMENTS_MAX;
import static org.jcpp.liaison.training.TrainingLimits.TRAINERS_MAX;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A training session as it is logged: the topic (taught at its current revision), when, to which department, who
 * trained, how long, how many attended (optionally who), and the evaluation. Messages are i18n keys.
 */
public record SessionData(
        @NotNull(message = "validation.required") Long topicId,
        @NotNull(message = "validation.required") LocalDate heldOn,
        @NotNull(message = "validation.required") Long departmentId,

        @NotBlank(message = "validation.required") @Size(max = TRAINERS_MAX, message = "training.trainers.too-long")
        String trainers,

        @NotNull(message = "validation.required")
        @DecimalMin(value = "0.25", message = "training.hours.range")
        @DecimalMax(value = "40", message = "training.hours.range")
        BigDecimal hours,

        @Min(value = ATTENDEES_MIN, message = "training.attendees.range")
        @Max(value = ATTENDEES_MAX, message = "training.attendees.range")
        int attendees,

        @NotNull @Size(max = ATTENDEE_LIST_MAX, message = "training.attendee-list.too-long") @MultiLine
        String attendeeList,

        @Nullable
        @DecimalMin(value = "1", message = "training.rating.range")
        @DecimalMax(value = "5", message = "training.rating.range")
        BigDecimal rating,

        @NotNull @Size(max = COMMENTS_MAX, message = "training.comments.too-long") @MultiLine
        String evaluationComments) {}
