package org.jcpp.liaison.contacts;

import static org.jcpp.liaison.contacts.ContactLimits.NEED_TEXT_MAX;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up step on a need: its status, owner, due date, referral and outcome ("you said, we did"), and the interpreter
 * on this follow-up with the resident (whether one was offered or used, and how).
 */
public record NeedUpdate(
        long id,
        long version,
        @NotNull(message = "validation.required") NeedStatus status,
        @NotNull(message = "validation.required") Long ownerId,
        @Nullable LocalDate dueOn,
        @Nullable Long referralPartnerId,
        @Nullable ReferralConsent referralConsent,

        @NotNull @Size(max = NEED_TEXT_MAX, message = "need.text.too-long") @MultiLine
        String outcome,

        @NotNull(message = "validation.required") org.jcpp.liaison.referencedata.InterpreterUse interpreterUse,
        org.jcpp.liaison.referencedata.@Nullable InterpreterMode interpreterMode) {}
