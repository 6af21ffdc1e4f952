package org.jcpp.liaison.accounts.security;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the organisation's provider: the provider's tokens (kept for signing out there too)
 * and the app's account they are linked to, whose role and stamp decide what they may do, as for a local sign-in.
 */
public final class SsoUser implements OidcUser {

    private final OidcUser provider;
    private final AccountPrincipal account;

    SsoUser(OidcUser provider, AccountPrincipal account) {
        this.provider = provider;
        this.account = account;
    }

    public AccountPrincipal account() {
        return account;
    }

    @Override
    public Map<String, Object> getClaims() {
        return provider.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return provider.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provider.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provider.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    /** The account's username, as the audit trail and the session registry name a local sign-in. */
    @Override
    public String getName() {
        return account.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoUser u && u.account.equals(account);
    }

    @Override
    public int hashCode() {
        return account.hashCode();
    }

    @Override
    public String toString() {
        return "SsoUser[" + account.getUsername() + "]";
    }
}
