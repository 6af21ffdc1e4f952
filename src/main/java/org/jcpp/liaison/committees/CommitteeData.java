package org.jcpp.liaison.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An advisory committee as its form sends it: its city, its name, the language its report-back is printed in, and
 * whether it still meets.
 */
public record CommitteeData(
        @NotNull(message = "validation.required") Long cityId,

        @NotBlank(message = "validation.required")
        @Size(max = CommitteeLimits.NAME_MAX, message = "committees.name.too-long")
        String name,

        @NotNull @Pattern(regexp = "en|es", message = "validation.unknown-choice")
        String reportLanguage,

        boolean active) {}
