package org.jcpp.liaison.committees;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jcpp.liaison.base.MultiLine;

/** A step in what the department did with a recommendation: its status and response in words. */
public record RecommendationAnswer(
        @NotNull(message = "validation.required") RecommendationStatus status,

        @NotNull @Size(max = CommitteeLimits.TEXT_MAX, message = "committees.text.too-long") @MultiLine
        String response) {}
