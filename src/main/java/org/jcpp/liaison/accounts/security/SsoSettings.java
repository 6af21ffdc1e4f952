package org.jcpp.liaison.accounts.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-on with the organisation's identity provider through OpenID Connect ({@code liaison.sso.*}; the environment
 * variables and their defaults are in application.properties, once). Off while {@code issuer} is empty: then only
 * local accounts sign in. {@code label} names the organisation on the sign-in button ("Sign in with Hennepin
 * County"); {@code clientSecret} empty makes a public client (PKCE only).
 */
@ConfigurationProperties("liaison.sso")
public record SsoSettings(String issuer, String clientId, String clientSecret, String label) {

    public SsoSettings {
        issuer = issuer == null ? "" : issuer.strip();
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null ? "" : clientSecret;
        label = label == null || label.isBlank() ? "your organisation" : label.strip();
        if (!issuer.isEmpty() && clientId.isEmpty()) {
            throw new IllegalArgumentException("liaison.sso: an issuer needs a client id (LIAISON_SSO_CLIENT_ID)");
        }
    }

    public boolean enabled() {
        return !issuer.isEmpty();
    }
}
