package org.jcpp.liaison.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A shift as an admin saves it; {@code id} null for a new one. */
public record ShiftData(
        @Nullable Long id,
        long version,
        @NotBlank @Size(max = ShiftRow.NAME_MAX) String name,
        int sortOrder) {}
