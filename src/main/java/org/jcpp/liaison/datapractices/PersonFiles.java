package org.jcpp.liaison.datapractices;

import java.util.List;
import java.util.Locale;

/**
 * The named persons one module holds, for a resident's request ({@link ResidentRequests}). The module that holds
 * them implements it (today the contacts module: the person named on a need's follow-up), so this module depends on
 * none of them. Every method writes the audit entry for what it shows, exports or erases, and refuses callers who
 * are not admins.
 */
public interface PersonFiles {

    /** Named persons whose name contains the text, accents and capitals aside (at most 100). */
    List<PersonMatch> find(String namePart);

    /** Everything held about one person, in the reader's language: what an admin reads. */
    PersonFile file(long personId, Locale reader);

    /** Everything held about one person, in the resident's language where the app has it: what they are given. */
    PersonFile export(long personId);

    /**
     * Erases the person: their name and how to reach them go; the texts that may name them are replaced by {@link
     * RemovedTexts#ERASED}, the free text of the record they were named on too when {@code alsoFreeText}; what counts
     * are made of stays. Refused for a record on legal hold.
     */
    void erase(long personId, boolean alsoFreeText);
}
