package org.jcpp.liaison.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the app shell needs to know about the person signed in. Implemented by the accounts module, so the shell does
 * not depend on it.
 */
public interface SignedInUser {

    Optional<Profile> profile();

    /** Remembers the user's choice of language for their next sign-in. */
    void rememberLocale(Locale locale);

    /** The signed-in user as the shell shows them: name, role and the names of the cities they serve. */
    record Profile(
            long id,
            String displayName,
            String role,
            boolean allCities,
            List<String> cityNames,
            Optional<Locale> preferredLocale) {}
}
