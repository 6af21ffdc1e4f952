package org.jcpp.liaison.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a group of the organisation's sign-on gives, as an admin saves it: the group as the provider names it, a role
 * (none: the group only adds cities to a role another group gives), member cities or all of them. {@code id} null
 * for a new mapping; {@code version} the one the admin edited.
 */
public record SignOnGroupData(
        @Nullable Long id,
        long version,

        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.too-long")
        String groupName,

        @Nullable Role role,
        boolean allCities,
        @NotNull Set<Long> cityIds) {}
