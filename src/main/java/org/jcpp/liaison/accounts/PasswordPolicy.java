package org.jcpp.liaison.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * NIST SP 800-63B style: at least 12 characters, at most 128, not a common password (list shipped in
 * {@code security/common-passwords.txt}), not the username; no composition rules.
 */
final class PasswordPolicy {

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    static void check(String field, String password) {
        check(field, password, null);
    }

    static void check(String field, String password, @Nullable String username) {
        if (password == null || password.length() < AccountLimits.PASSWORD_MIN) {
            throw new InvalidInputException(field, "password.too-short");
        }
        if (password.length() > AccountLimits.PASSWORD_MAX) {
            throw new InvalidInputException(field, "password.too-long");
        }
        String folded = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || (username != null && folded.contains(username.toLowerCase(Locale.ROOT)))) {
            throw new InvalidInputException(field, "password.too-common");
        }
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("security/common-passwords.txt is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
