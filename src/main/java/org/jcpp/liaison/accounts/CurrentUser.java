package org.jcpp.liaison.accounts;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.accounts.domain.UserAccount;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.accounts.security.AccountPrincipal;
import org.jcpp.liaison.base.SignedInUser;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The account signed in on this request: for services that scope data to the user's cities, and for the app shell.
 * City assignments are read fresh, so an admin's change applies at the user's next request.
 */
@Component
public class CurrentUser implements SignedInUser {

    private final UserAccountRepository accounts;
    private final ReferenceDataService referenceData;

    CurrentUser(UserAccountRepository accounts, ReferenceDataService referenceData) {
        this.accounts = accounts;
        this.referenceData = referenceData;
    }

    /** The account id of the signed-in user, if any. */
    public Optional<Long> accountId() {
        return AccountPrincipal.of(SecurityContextHolder.getContext().getAuthentication())
                .map(AccountPrincipal::accountId);
    }

    /**
     * Whether the signed-in user must choose their own password before anything else: an admin chose the one they
     * signed in with. Held by the session (an admin's reset moves the security stamp, so it ends the session).
     */
    public boolean mustChangePassword() {
        return AccountPrincipal.of(SecurityContextHolder.getContext().getAuthentication())
                .filter(AccountPrincipal::mustChangePassword)
                .isPresent();
    }

    /** The id of the signed-in user; fails when nobody is signed in (services are guarded before this). */
    public long requireId() {
        return accountId().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    /** The role of the signed-in user, if any. */
    public Optional<Role> role() {
        return AccountPrincipal.of(SecurityContextHolder.getContext().getAuthentication())
                .map(AccountPrincipal::role);
    }

    /** The signed-in user's scope as a condition for list queries (see {@link ScopeClause}). */
    public ScopeClause scopeClause() {
        return new ScopeClause(requireId());
    }

    /** The member cities whose community records the signed-in user may see and log. Read fresh on every call. */
    @Transactional(readOnly = true)
    public CityScope scope() {
        return accountId()
                .flatMap(accounts::findById)
                .filter(UserAccount::isEnabled)
                .map(a -> switch (a.getRole()) {
                    case ADMIN, PENDING -> CityScope.NONE;
                    case COORDINATOR -> new CityScope(Role.COORDINATOR, a.isAllCities(), Set.copyOf(a.getCityIds()));
                    case LIAISON -> new CityScope(Role.LIAISON, false, Set.copyOf(a.getCityIds()));
                })
                .orElse(CityScope.NONE);
    }

    /**
     * Runs {@code work} as the given liaison or coordinator, with their current role and cities, for a request that
     * carries no sign-in of its own (a calendar program fetching the user's feed with its secret link). Runs in a
     * security context of its own, so a browser session that happens to send its cookie along is left untouched.
     * Empty when the account does not exist, is disabled or is an admin (who has no calendar).
     */
    public <T> Optional<T> runAs(long accountId, java.util.function.Supplier<T> work) {
        return runAs(accountId, java.util.Set.of(Role.LIAISON, Role.COORDINATOR), work);
    }

    /**
     * As {@link #runAs(long, java.util.function.Supplier)}, for work a user started and the app finishes in the
     * background (an import's check or run), for an account of one of {@code roles} (an admin imports the interpreter
     * vendors' reports). Empty when the account does not exist, is disabled or has another role now.
     */
    public <T> Optional<T> runAs(long accountId, java.util.Set<Role> roles, java.util.function.Supplier<T> work) {
        var account =
                accounts.findById(accountId).filter(UserAccount::isEnabled).filter(a -> roles.contains(a.getRole()));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var a = account.get();
        var principal = new AccountPrincipal(
                a.requireId(), a.getUsername(), null, a.getRole(), true, a.getSecurityStamp(), false);
        var previous = SecurityContextHolder.getContext();
        var own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(own);
        try {
            return Optional.ofNullable(work.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * After the user changed their own password (which moves the account's security stamp and so ends its sessions),
     * keeps the session of this request signed in with the new stamp, once the change is committed. The context is
     * the one the session holds (Spring Security keeps it in the HTTP session), so the session keeps the new stamp.
     */
    void keepThisSession(long securityStamp) {
        var context = SecurityContextHolder.getContext();
        Runnable renew = () -> {
            if (context.getAuthentication() instanceof Authentication auth
                    && auth.getPrincipal() instanceof AccountPrincipal principal) {
                var renewed = principal.withSecurityStamp(securityStamp);
                context.setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                renewed, null, renewed.getAuthorities()));
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    renew.run();
                }
            });
        } else {
            renew.run();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Profile> profile() {
        return accountId().flatMap(accounts::findById).map(this::toProfile);
    }

    @Override
    @Transactional
    public void rememberLocale(Locale locale) {
        accountId().ifPresent(id -> accounts.updatePreferredLocale(id, locale.toLanguageTag()));
    }

    private Profile toProfile(UserAccount account) {
        return new Profile(
                account.requireId(),
                account.getDisplayName(),
                account.getRole().name(),
                account.getRole() == Role.COORDINATOR && account.isAllCities(),
                new ArrayList<>(referenceData.cityNames(account.getCityIds()).values()),
                Optional.ofNullable(account.getPreferredLocale()).map(Locale::forLanguageTag));
    }
}
