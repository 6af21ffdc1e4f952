package org.jcpp.liaison.accounts.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-on with the organisation's identity provider through OpenID Connect ({@code liaison.sso.*}; the environment
 * variables and their defaults are in application.properties, once). Off while {@code issuer} is empty: then only
 * local accounts sign in. {@code label} names the organisation on the sign-in button ("Sign in with Hennepin
 * County"); {@code clientSecret} empty makes a public client (PKCE only). {@code only} turns local passwords off for
 * everyone but the {@code breakGlass} admins, listed by username. {@code groupsClaim} is the claim that lists the
 * person's groups (the mapping admins keep says what each gives).
 */
@ConfigurationProperties("liaison.sso")
public record SsoSettings(
        String issuer,
        String clientId,
        String clientSecret,
        String label,
        boolean only,
        Set<String> breakGlass,
        String groupsClaim) {

    public SsoSettings {
        breakGlass = breakGlass == null
                ? Set.of()
                : breakGlass.stream()
                        .map(name -> name.strip().toLowerCase(Locale.ROOT))
                        .filter(name -> !name.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        issuer = issuer == null ? "" : issuer.strip();
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null ? "" : clientSecret;
        label = label == null || label.isBlank() ? "your organisation" : label.strip();
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim.strip();
        if (!issuer.isEmpty() && clientId.isEmpty()) {
            throw new IllegalArgumentException("liaison.sso: an issuer needs a client id (LIAISON_SSO_CLIENT_ID)");
        }
        if (only && issuer.isEmpty()) {
            throw new IllegalArgumentException("liaison.sso.only needs the provider (LIAISON_SSO_ISSUER)");
        }
    }

    public boolean enabled() {
        return !issuer.isEmpty();
    }

    /**
     * Whether this username may sign in with a local password: always, unless local passwords are off ({@code
     * only}); then only the break-glass admins listed by name, for when the provider is down or misconfigured.
     */
    public boolean allowsLocalPassword(String username) {
        return !only || breakGlass.contains(username.strip().toLowerCase(Locale.ROOT));
    }
}
