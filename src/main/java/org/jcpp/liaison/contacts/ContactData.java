package org.jcpp.liaison.contacts;

import static org.jcpp.liaison.contacts.ContactLimits.HEADCOUNT_MAX;
import static org.jcpp.liaison.contacts.ContactLimits.HEADCOUNT_MIN;
import static org.jcpp.liaison.contacts.ContactLimits.SUMMARY_MAX;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.referencedata.InterpreterMode;
import org.jcpp.liaison.referencedata.InterpreterUse;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a liaison logs or edits it. Nothing here identifies a person: people are named only on a need that
 * needs a follow-up. {@code liaisonId} null means the signed-in user. {@code needs} are added with a new contact
 * (needs of an existing contact are changed on their own page). The interpreter: whether one was offered or used, and how
 * it was provided (none when not needed). Messages are i18n keys.
 */
public record ContactData(
        @NotNull(message = "validation.required") LocalDateTime occurredAt,
        @NotNull(message = "validation.required") Long cityId,
        @Nullable Long liaisonId,
        @NotNull(message = "validation.required") ContactKind kind,
        @NotNull(message = "validation.required") PlaceType placeType,
        @NotNull Set<Long> languageIds,
        @NotNull Set<Long> groupIds,
        @NotNull Set<Long> topicIds,
        @NotNull Set<Long> partnerIds,

        @Min(value = HEADCOUNT_MIN, message = "contact.headcount.range")
        @Max(value = HEADCOUNT_MAX, message = "contact.headcount.range")
        int headcount,

        @NotNull(message = "validation.required") InterpreterUse interpreterUse,
        @Nullable InterpreterMode interpreterMode,

        @NotNull @Size(max = SUMMARY_MAX, message = "contact.summary.too-long") @MultiLine
        String summary,

        @NotNull List<@Valid NeedData> needs,
        @Nullable Long eventId) {}
