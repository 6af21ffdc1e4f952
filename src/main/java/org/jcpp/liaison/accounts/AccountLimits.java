package org.jcpp.liaison.accounts;

/** Field limits, shared by the entity, the service's validation and the forms. */
public final class AccountLimits {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
    /** Letters, digits and . _ @ - ; no spaces. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._@-]+";

    private AccountLimits() {}
}
