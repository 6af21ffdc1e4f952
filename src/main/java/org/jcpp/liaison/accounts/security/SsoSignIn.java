package org.jcpp.liaison.accounts.security;

import java.util.Locale;
import org.jcpp.liaison.accounts.AccountLimits;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.domain.AccountIdentity;
import org.jcpp.liaison.accounts.domain.AccountIdentityRepository;
import org.jcpp.liaison.accounts.domain.UserAccount;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.SystemTask;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who a person signed in at the organisation's provider is in the app. The provider's tokens have been checked by
 * Spring Security by then (signature, issuer, audience, expiry, nonce; state and PKCE before that). The account is
 * found by the issuer and the person's id there ({@code sub}), never by the e-mail address. A first sign-in makes an
 * account waiting for an admin (role {@link Role#PENDING}: no community data); a disabled account is refused.
 */
@Component
class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The refusal's code when the account was disabled in the app (the provider may still say yes). */
    static final String DISABLED = "account_disabled";

    private final OidcUserService provider = new OidcUserService();
    private final UserAccountRepository accounts;
    private final AccountIdentityRepository identities;
    private final AuditedChanges changes;
    private final TransactionTemplate transaction;

    SsoSignIn(
            UserAccountRepository accounts,
            AccountIdentityRepository identities,
            AuditedChanges changes,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.identities = identities;
        this.changes = changes;
        this.transaction = transaction;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        String subject = java.util.Objects.requireNonNull(user.getSubject(), "an id token names its subject");
        UserAccount account = transaction.execute(status -> identities
                .findByIssuerAndSubject(issuer, subject)
                .flatMap(identity -> accounts.findById(identity.getAccountId()))
                .orElseGet(() -> SystemTask.call(() -> create(issuer, subject, user))));
        if (account == null || !account.isEnabled()) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(DISABLED, "the account is disabled in the app", null),
                    account == null ? subject : account.getUsername());
        }
        return new SsoUser(
                user,
                new AccountPrincipal(
                        account.requireId(),
                        account.getUsername(),
                        null,
                        account.getRole(),
                        true,
                        account.getSecurityStamp(),
                        false));
    }

    /** A first sign-in: an account waiting for an admin, with no password (it signs in only through the provider). */
    private UserAccount create(String issuer, String subject, OidcUser user) {
        var account = changes.create(
                RecordType.ACCOUNT,
                new UserAccount(),
                a -> {
                    a.setUsername(freeUsername(user));
                    a.setDisplayName(displayName(user));
                    a.setPasswordHash("");
                    a.setRole(Role.PENDING);
                },
                AuditedChanges::noPerson);
        identities.save(new AccountIdentity(account.requireId(), issuer, subject));
        return account;
    }

    /** The name the provider gives (preferred username, else e-mail, else its id), made unique in the app. */
    private String freeUsername(OidcUser user) {
        String wanted = firstOf(user.getPreferredUsername(), user.getEmail(), user.getSubject())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._@-]", ".");
        wanted = wanted.substring(0, Math.min(wanted.length(), AccountLimits.USERNAME_MAX - 4));
        String candidate = wanted;
        for (int n = 2; accounts.existsByUsernameIgnoreCase(candidate); n++) {
            candidate = wanted + "-" + n;
        }
        return candidate;
    }

    private static String displayName(OidcUser user) {
        String name = firstOf(user.getFullName(), user.getPreferredUsername(), user.getSubject());
        return name.substring(0, Math.min(name.length(), AccountLimits.DISPLAY_NAME_MAX));
    }

    private static String firstOf(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
