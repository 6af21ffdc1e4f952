package org.jcpp.liaison.accounts;

import org.jcpp.liaison.base.InvalidInputException;

/** Length rules only, no composition rules (NIST SP 800-63B). The common-password list comes with issue 4. */
final class PasswordPolicy {

    private PasswordPolicy() {}

    static void check(String field, String password) {
        if (password == null || password.length() < AccountLimits.PASSWORD_MIN) {
            throw new InvalidInputException(field, "password.too-short");
        }
        if (password.length() > AccountLimits.PASSWORD_MAX) {
            throw new InvalidInputException(field, "password.too-long");
        }
    }
}
