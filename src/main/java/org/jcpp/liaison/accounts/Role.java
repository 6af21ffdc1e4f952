package org.jcpp.liaison.accounts;

import org.jcpp.liaison.base.Roles;

/** What an account may do. See the README's "Roles" section. */
public enum Role {
    /**
     * Signed in through the organisation's provider for the first time and waiting for an admin: sees no community
     * data, only a page that says so. Never chosen in a form.
     */
    PENDING(Roles.PENDING),
    /** Logs community work in the member cities assigned to them. */
    LIAISON(Roles.LIAISON),
    /** Reviews activity in all cities or an assigned set. */
    COORDINATOR(Roles.COORDINATOR),
    /** Manages accounts and reference data. */
    ADMIN(Roles.ADMIN);

    private final String authority;

    Role(String name) {
        this.authority = "ROLE_" + name;
    }

    public String authority() {
        return authority;
    }
}
