package org.jcpp.liaison.accounts;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.accounts.domain.AccountIdentityRepository;
import org.jcpp.liaison.accounts.domain.UserAccount;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.datapractices.Classification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Accounts: admins create, edit, disable them and reset passwords; every user changes their own password. */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final AuditedChanges changes;
    private final AccountDirectory directory;
    private final AccountIdentityRepository identities;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            AuditTrail audit,
            AuditedChanges changes,
            AccountDirectory directory,
            AccountIdentityRepository identities) {
        this.identities = identities;
        this.changes = changes;
        this.directory = directory;
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Page<AccountRow> list(String filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                // accounts waiting for approval (made at a first sign-on) first, then by name
                : PageRequest.of(
                        pageable.getPageNumber(),
                        Math.max(1, pageable.getPageSize()),
                        JpaSort.unsafe("(case when a.role = 'PENDING' then 0 else 1 end)")
                                .and(Sort.by("displayName")));
        return accounts.search(Conditions.containsPattern(filter), sorted).map(AccountService::toRow);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long count(String filter) {
        return accounts.search(Conditions.containsPattern(filter), Pageable.ofSize(1))
                .getTotalElements();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public AccountRow create(@Valid AccountData data, String initialPassword) {
        if (accounts.existsByUsernameIgnoreCase(data.username().strip())) {
            throw new InvalidInputException("username", "account.username-taken");
        }
        checkCities(data);
        PasswordPolicy.check("password", initialPassword, data.username());
        var saved = changes.create(
                RecordType.ACCOUNT,
                new UserAccount(),
                account -> {
                    apply(account, data);
                    account.setPasswordHash(passwordEncoder.encode(initialPassword));
                    // the admin knows it: the owner chooses their own at first sign-in
                    account.setMustChangePassword(true);
                },
                AuditedChanges::noPerson);
        directory.clearCache();
        return toRow(saved);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public AccountRow update(@Valid AccountData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("update needs an id");
        }
        long id = data.id();
        var saved = changes.update(
                RecordType.ACCOUNT,
                find(id),
                data.version(),
                account -> {
                    if (accounts.existsByUsernameIgnoreCaseAndIdNot(
                            data.username().strip(), id)) {
                        throw new InvalidInputException("username", "account.username-taken");
                    }
                    if (account.getRole() == Role.ADMIN && data.role() != Role.ADMIN && isLastEnabledAdmin(account)) {
                        throw new InvalidInputException("role", "account.last-admin");
                    }
                    checkCities(data);
                    apply(account, data); // a new role moves the security stamp: its sessions end everywhere
                },
                AuditedChanges::noPerson);
        directory.clearCache();
        return toRow(saved);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public AccountRow setEnabled(long id, long version, boolean enabled) {
        if (!enabled && currentUser.accountId().filter(me -> me == id).isPresent()) {
            throw new InvalidInputException("", "account.cannot-disable-self");
        }
        var saved = changes.update(
                RecordType.ACCOUNT,
                find(id),
                version,
                account -> {
                    if (!enabled && account.getRole() == Role.ADMIN && isLastEnabledAdmin(account)) {
                        throw new InvalidInputException("", "account.last-admin");
                    }
                    account.setEnabled(enabled); // moves the security stamp: its sessions end on every app node
                },
                AuditedChanges::noPerson);
        return toRow(saved);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        var account = accounts.findById(id).orElseThrow(() -> new ConcurrentEditException(RecordType.ACCOUNT, id));
        if (identities.existsByAccountId(id)) {
            // it signs in through the provider (its MFA, its off-boarding): a local password would go around both
            throw new InvalidInputException("password", "account.sign-on-no-password");
        }
        PasswordPolicy.check("password", newPassword, account.getUsername());
        // moves the security stamp: whoever knew the old password is signed out, on every app node
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(true);
        audit.changed(RecordType.ACCOUNT, id, null, Changes.of().field("password", "", "reset by an admin"));
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = currentUser.accountId().flatMap(accounts::findById).orElseThrow();
        if (account.getPasswordHash().isEmpty()) {
            throw new InvalidInputException("currentPassword", "account.sign-on-no-password");
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "password.current-wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("newPassword", "password.same-as-current");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        accounts.flush();
        // the owner's other sessions end (the stamp moved); this one goes on with the new stamp
        currentUser.keepThisSession(
                accounts.currentSecurityStamp(account.requireId()).orElseThrow());
        audit.changed(
                RecordType.ACCOUNT,
                account.requireId(),
                null,
                Changes.of().field("password", "", "changed by its owner"));
    }

    /**
     * The signed-in user ends every session of theirs, on every device and app node, this one included ("sign out
     * everywhere", e.g. after a lost phone): this one ends at its next request. Audited.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void signOutEverywhere() {
        long id = currentUser.accountId().orElseThrow();
        accounts.endSessions(id);
        audit.changed(RecordType.ACCOUNT, id, null, Changes.of().field("sessions", "", "ended by its owner"));
    }

    /** An admin ends every session of an account on every app node (a lost phone, a shared computer). Audited. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void endSessions(long id) {
        if (accounts.endSessions(id) == 0) {
            throw new ConcurrentEditException(RecordType.ACCOUNT, id);
        }
        audit.changed(RecordType.ACCOUNT, id, null, Changes.of().field("sessions", "", "ended by an admin"));
    }

    /** Whether the signed-in user must choose their own password before anything else (an admin chose theirs). */
    public boolean mustChangePassword() {
        return currentUser.mustChangePassword();
    }

    /** Accounts changed lately, newest first, for an admin's home view. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AccountRow> recentlyChanged(int limit) {
        return accounts.findAll(PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "updatedAt"))).stream()
                .map(AccountService::toRow)
                .toList();
    }

    /** What the audit trail keeps of an account: its classified fields (the password hash only as "set"). */
    private static java.util.Map<String, Object> auditValues(UserAccount a) {
        return Classification.snapshot(a);
    }

    /** An account that is gone was removed by someone else while the admin had it open. */
    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new ConcurrentEditException(RecordType.ACCOUNT, id));
    }

    /** Liaisons work in at least one city; coordinators review all cities or at least one. */
    private static void checkCities(AccountData data) {
        boolean needsCity = data.role() == Role.LIAISON || (data.role() == Role.COORDINATOR && !data.allCities());
        if (needsCity && data.cityIds().isEmpty()) {
            throw new InvalidInputException("cityIds", "account.needs-city");
        }
    }

    private boolean isLastEnabledAdmin(UserAccount account) {
        return account.isEnabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
    }

    private static void apply(UserAccount account, AccountData data) {
        boolean allCities = data.role() == Role.COORDINATOR && data.allCities();
        Set<Long> cityIds = data.role() == Role.ADMIN ? Set.of() : Set.copyOf(data.cityIds());
        boolean rightsChanged = account.getRole() != data.role()
                || account.isAllCities() != allCities
                || !account.getCityIds().equals(cityIds);
        account.setUsername(data.username());
        account.setDisplayName(data.displayName());
        account.setRole(data.role());
        account.setAllCities(allCities);
        account.setCityIds(new HashSet<>(cityIds));
        if (rightsChanged) {
            // the admin set the rights by hand: a sign-on no longer takes them away when no group gives any
            account.setFromGroups(false);
        }
    }

    static AccountRow toRow(UserAccount account) {
        return new AccountRow(
                account.requireId(),
                account.getVersion(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.isAllCities(),
                account.isEnabled(),
                java.util.Set.copyOf(account.getCityIds()),
                account.getUpdatedAt(),
                !account.getPasswordHash().isEmpty());
    }
}
