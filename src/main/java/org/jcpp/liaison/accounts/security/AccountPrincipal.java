package org.jcpp.liaison.accounts.security;

import java.util.Collection;
import java.util.List;
import org.jcpp.liaison.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it: id, name and role. The password hash is erased after login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String username;
    private final Role role;
    private final boolean enabled;
    private final long securityStamp;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    public AccountPrincipal(
            long accountId,
            String username,
            @Nullable String passwordHash,
            Role role,
            boolean enabled,
            long securityStamp,
            boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
        this.securityStamp = securityStamp;
    }

    /**
     * The signed-in account of an authentication: a local sign-in's principal, or the account a sign-on through the
     * organisation's provider is linked to.
     */
    public static java.util.Optional<AccountPrincipal> of(
            org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication authentication) {
        if (authentication == null) {
            return java.util.Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case AccountPrincipal local -> java.util.Optional.of(local);
            case SsoUser sso -> java.util.Optional.of(sso.account());
            case null, default -> java.util.Optional.empty();
        };
    }

    /** The account's security stamp when this session signed in (see {@code AccountStateFilter}). */
    public long securityStamp() {
        return securityStamp;
    }

    /** An admin chose the password this session signed in with: its owner must choose their own first. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    /** The same signed-in account with a new security stamp, after its owner changed the password (now their own). */
    public AccountPrincipal withSecurityStamp(long stamp) {
        return new AccountPrincipal(accountId, username, null, role, enabled, stamp, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
