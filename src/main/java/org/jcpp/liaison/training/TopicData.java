package org.jcpp.liaison.training;

import static org.jcpp.liaison.training.TrainingLimits.CHANGE_NOTE_MAX;
import static org.jcpp.liaison.training.TrainingLimits.KEY_POINTS_MAX;
import static org.jcpp.liaison.training.TrainingLimits.SUMMARY_MAX;
import static org.jcpp.liaison.training.TrainingLimits.TITLE_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A training topic's content as it is proposed or revised. {@code changeNote} says what changed (required for a
 * revision); {@code sourceNeedId} is the community need a proposal came from; {@code languageAccess} marks a topic about the
 * language line or interpreters (not part of a revision: changing it alone needs no note). Messages are i18n keys.
 */
public record TopicData(
        @NotBlank(message = "validation.required") @Size(max = TITLE_MAX, message = "training.title.too-long")
        String title,

        @NotNull @Size(max = SUMMARY_MAX, message = "training.summary.too-long") @MultiLine
        String summary,

        @NotNull @Size(max = KEY_POINTS_MAX, message = "training.key-points.too-long") @MultiLine
        String keyPoints,

        @NotNull(message = "validation.required") TrainingAudience audience,

        @NotNull @Size(max = CHANGE_NOTE_MAX, message = "training.change-note.too-long") @MultiLine
        String changeNote,

        @Nullable Long sourceNeedId,
        boolean languageAccess) {}
