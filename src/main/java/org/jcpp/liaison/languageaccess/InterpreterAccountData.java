package org.jcpp.liaison.languageaccess;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin or coordinator maps: the vendor, the account (or caller id) its usage reports give, and the police
 * department it belongs to. {@code id} is null for a new mapping; {@code version} the one edited.
 */
public record InterpreterAccountData(
        @Nullable Long id,
        long version,

        @NotBlank(message = "validation.required") @Size(max = 80, message = "validation.too-long")
        String vendor,

        @NotBlank(message = "validation.required") @Size(max = 80, message = "validation.too-long")
        String account,

        @Nullable @NotNull(message = "validation.required") Long departmentId) {}
