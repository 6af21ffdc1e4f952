package org.jcpp.liaison.contacts;

import static org.jcpp.liaison.contacts.ContactLimits.NEED_TEXT_MAX;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A need raised at a contact. {@code ownerId} null means the contact's liaison. A referral names a partner and how the
 * person agreed to it. {@code person} is set only when the follow-up needs to reach someone.
 */
public record NeedData(
        @NotNull(message = "validation.required") NeedCategory category,

        @NotBlank(message = "validation.required") @Size(max = NEED_TEXT_MAX, message = "need.text.too-long") @MultiLine
        String description,

        @Nullable Long ownerId,
        @Nullable LocalDate dueOn,
        @Nullable Long referralPartnerId,
        @Nullable ReferralConsent referralConsent,
        @Nullable @Valid PersonData person) {}
