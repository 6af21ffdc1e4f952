package org.jcpp.liaison.notifications;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The mail a person chooses: their work address, how often they get the follow-up digest, whether a need someone else
 * gives them is mailed at once, and (coordinators) the weekly mail of their cities. {@code version} is the one they
 * edited (0 before they ever saved).
 */
public record MailSettingsData(
        long version,

        @Nullable @Size(max = 254, message = "validation.too-long") @Email(message = "mail.settings.email.invalid")
        String email,

        @Nullable @NotNull(message = "validation.required") MailFrequency followUpDigest,

        boolean assignedMail,

        boolean cityDigest) {

    /** A mail chosen needs an address to go to. */
    public void check() {
        if ((followUpDigest != MailFrequency.OFF || assignedMail || cityDigest) && (email == null || email.isBlank())) {
            throw new InvalidInputException("email", "mail.settings.email.required");
        }
    }
}
