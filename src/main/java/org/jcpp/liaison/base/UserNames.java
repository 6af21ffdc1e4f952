package org.jcpp.liaison.base;

import java.util.List;
import java.util.Optional;

/**
 * Users as people know them: by display name as well as by username. Implemented by the accounts module, so a module
 * that stores usernames (the audit trail) can search and show them by name without depending on it.
 */
public interface UserNames {

    /** The usernames of the accounts whose display name or username contains the text, in any case. */
    List<String> usernamesMatching(String text);

    /** The display name of the account with this username, if there is one. */
    Optional<String> displayName(String username);
}
