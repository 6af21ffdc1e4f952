package org.jcpp.liaison.contacts;

import static org.jcpp.liaison.contacts.ContactLimits.ADDRESS_MAX;
import static org.jcpp.liaison.contacts.ContactLimits.PERSON_NAME_MAX;
import static org.jcpp.liaison.contacts.ContactLimits.REACH_BY_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The one person a follow-up needs to reach: a name, a language, how to reach them, and (only when a visit is needed)
 * an address. Nothing else about a person is ever recorded. {@code noticeLanguage} is the language code of the data-use
 * notice text they were given (or {@code oral}: read aloud through an interpreter); {@code noticeVersion} the version
 * the form showed (null: the one in force). The day is set by the service.
 */
public record PersonData(
        @NotBlank(message = "validation.required") @Size(max = PERSON_NAME_MAX, message = "person.name.too-long")
        String name,

        @Nullable Long preferredLanguageId,

        @NotBlank(message = "validation.required") @Size(max = REACH_BY_MAX, message = "person.reach-by.too-long")
        String reachBy,

        @Nullable @Size(max = ADDRESS_MAX, message = "person.address.too-long")
        String address,

        @NotBlank(message = "validation.required") String noticeLanguage,

        @Nullable String noticeVersion) {}
