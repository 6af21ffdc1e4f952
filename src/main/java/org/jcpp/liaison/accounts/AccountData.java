package org.jcpp.liaison.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as an admin saves it. {@code id} is null for a new account; {@code version} is the one the admin edited.
 * {@code allCities} applies to coordinators only.
 */
public record AccountData(
        @Nullable Long id,
        long version,

        @NotBlank @Size(max = AccountLimits.USERNAME_MAX) @Pattern(regexp = AccountLimits.USERNAME_PATTERN)
        String username,

        @NotBlank @Size(max = AccountLimits.DISPLAY_NAME_MAX)
        String displayName,

        @NotNull Role role,
        boolean allCities,
        @NotNull Set<Long> cityIds) {}
