package org.jcpp.liaison.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin saves for a reference entry. {@code id} is null for a new one; {@code version} is the version the admin
 * edited, so a save over someone else's change is refused. {@code partnerKind} is required for partners and
 * {@code cityId} for departments, {@code code} (ISO 639-3, three lower-case letters) for languages.
 */
public record ReferenceItemData(
        @Nullable Long id,
        long version,
        @NotBlank @Size(max = 150) String name,
        @Nullable PartnerKind partnerKind,
        @Nullable Long cityId,

        @Nullable @Pattern(regexp = "[a-z]{3}", message = "validation.language-code")
        String code) {}
