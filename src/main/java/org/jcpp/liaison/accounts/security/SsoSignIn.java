package org.jcpp.liaison.accounts.security;

import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.accounts.AccountLimits;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.domain.AccountIdentity;
import org.jcpp.liaison.accounts.domain.AccountIdentityRepository;
import org.jcpp.liaison.accounts.domain.SignOnGroupRepository;
import org.jcpp.liaison.accounts.domain.UserAccount;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.SystemTask;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

    private final OidcUserService provider = new OidcUserService();
    private final UserAccountRepository accounts;
    private final AccountIdentityRepository identities;
    private final SignOnGroupRepository groups;
    private final AuditedChanges changes;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final SsoSettings settings;

    SsoSignIn(
            UserAccountRepository accounts,
            AccountIdentityRepository identities,
            SignOnGroupRepository groups,
            AuditedChanges changes,
            AuditTrail audit,
            TransactionTemplate transaction,
            SsoSettings settings) {
        this.accounts = accounts;
        this.identities = identities;
        this.groups = groups;
        this.changes = changes;
        this.audit = audit;
        this.transaction = transaction;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        String subject = java.util.Objects.requireNonNull(user.getSubject(), "an id token names its subject");
        AccountPrincipal principal;
        try {
            principal = signIn(issuer, subject, user);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException | ConcurrentEditException first) {
            // the same person's first sign-on in two windows at once, or an admin saving the account meanwhile:
            // once more, on what is stored now
            try {
                principal = signIn(issuer, subject, user);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException | ConcurrentEditException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("sign_on_conflict"), e);
            }
        }
        if (principal == null) {
            var known = identities
                    .findByIssuerAndSubject(issuer, subject)
                    .flatMap(identity -> accounts.findById(identity.getAccountId()))
                    .map(UserAccount::getUsername)
                    .orElse(subject);
            throw new SsoRefused.AccountDisabled(known);
        }
        return new SsoUser(user, principal);
    }

    /** The signed-in account for this person, or null when it is disabled; made at a first sign-on. */
    private @Nullable AccountPrincipal signIn(String issuer, String subject, OidcUser user) {
        return transaction.execute(status -> SystemTask.call(() -> {
            UserAccount account = identities
                    .findByIssuerAndSubject(issuer, subject)
                    .flatMap(identity -> accounts.findById(identity.getAccountId()))
                    .orElseGet(() -> create(issuer, subject, user));
            if (!account.isEnabled()) {
                return null;
            }
            applyGroups(account, user);
            if (account.getRole() == Role.PENDING) {
                audit.signIn(
                        account.getUsername(),
                        AuditAction.LOGIN_FAILURE,
                        "sign-on without access: "
                                + (account.isFromGroups() ? "in none of the mapped groups" : "waiting for an admin"));
            }
            long stamp = accounts.currentSecurityStamp(account.requireId()).orElseThrow();
            return new AccountPrincipal(
                    account.requireId(), account.getUsername(), null, account.getRole(), true, stamp, false);
        }));
    }

    /**
     * Re-applies, at every sign-on, what the person's groups give (the mapping admins keep): their role and cities
     * when a mapped group gives a role; taken away (waiting for an admin again) when the account had them from
     * groups and the person is in none any more. An account an admin set by hand is left alone when no group gives
     * it anything. Audited as a change of the account.
     */
    private void applyGroups(UserAccount account, OidcUser user) {
        List<String> named = user.getClaimAsStringList(settings.groupsClaim());
        if (named == null) {
            // no groups claim at all (a provider not set up to send it, or Entra's "too many groups"): that says
            // nothing about the person's groups, so nothing is given or taken away
            return;
        }
        var grant = GroupGrant.of(named.isEmpty() ? List.of() : groups.findByGroupNameIn(named));
        if (grant.isPresent()) {
            var g = grant.get();
            if (!account.isFromGroups()
                    || account.getRole() != g.role()
                    || account.isAllCities() != g.allCities()
                    || !account.getCityIds().equals(g.cityIds())) {
                changes.update(
                        RecordType.ACCOUNT,
                        account,
                        account.getVersion(),
                        a -> {
                            a.setRole(g.role());
                            a.setAllCities(g.allCities());
                            a.setCityIds(g.cityIds());
                            a.setFromGroups(true);
                        },
                        AuditedChanges::noPerson);
            }
        } else if (account.isFromGroups() && account.getRole() != Role.PENDING) {
            changes.update(
                    RecordType.ACCOUNT,
                    account,
                    account.getVersion(),
                    a -> {
                        a.setRole(Role.PENDING);
                        a.setAllCities(false);
                        a.setCityIds(java.util.Set.of());
                    },
                    AuditedChanges::noPerson);
        }
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
