package org.jcpp.liaison.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.domain.UserAccount;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.base.SystemTask;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At startup: a fresh database gets its first admin account (password from LIAISON_ADMIN_PASSWORD, or a random one
 * printed once to the log); with demo data on, one demo account per role.
 */
@Component
@Order(0)
class AccountsStartup implements ApplicationRunner {

    static final String FIRST_ADMIN = "admin";
    static final String DEMO_PASSWORD = "jcpp-demo-pass";

    private static final Logger log = LoggerFactory.getLogger(AccountsStartup.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ReferenceDataService referenceData;
    private final DemoData demoData;
    private final TransactionTemplate transaction;
    private final String adminPassword;

    AccountsStartup(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ReferenceDataService referenceData,
            DemoData demoData,
            TransactionTemplate transaction,
            @Value("${liaison.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.referenceData = referenceData;
        this.demoData = demoData;
        this.transaction = transaction;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            createFirstAdmin();
            if (demoData.enabled()) {
                createDemoAccounts();
            }
        });
    }

    private void createFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        String password = adminPassword.isBlank() ? randomPassword() : adminPassword;
        if (!adminPassword.isBlank() && adminPassword.length() < AccountLimits.PASSWORD_MIN) {
            throw new IllegalStateException(
                    "LIAISON_ADMIN_PASSWORD must have at least " + AccountLimits.PASSWORD_MIN + " characters.");
        }
        var admin = save(FIRST_ADMIN, "Administrator", Role.ADMIN, false, Set.of(), password);
        // a random password was written to the log: whoever signs in with it chooses their own first
        admin.setMustChangePassword(adminPassword.isBlank());
        if (adminPassword.isBlank()) {
            log.warn(
                    "\n\n    Created the first admin account.\n    Username: {}\n    Password: {}\n"
                            + "    This password is shown only this once: sign in and change it.\n",
                    FIRST_ADMIN,
                    password);
        } else {
            log.info(
                    "Created the first admin account '{}' with the password from LIAISON_ADMIN_PASSWORD.", FIRST_ADMIN);
        }
    }

    private void createDemoAccounts() {
        if (accounts.existsByUsernameIgnoreCase("demo-liaison")) {
            return;
        }
        var cityIds = SystemTask.call(() -> referenceData.active(ReferenceKind.CITY)).stream()
                .filter(city -> Set.of("Brooklyn Park", "Brooklyn Center").contains(city.name()))
                .map(NamedRef::id)
                .collect(Collectors.toSet());
        save("demo-liaison", "Amina Hassan", Role.LIAISON, false, cityIds, DEMO_PASSWORD);
        save("demo-coordinator", "Daniel Ortiz", Role.COORDINATOR, true, Set.of(), DEMO_PASSWORD);
        save("demo-admin", "Karen Lee", Role.ADMIN, false, Set.of(), DEMO_PASSWORD);
        log.info("Demo accounts demo-liaison, demo-coordinator and demo-admin are ready (password in the README).");
    }

    private UserAccount save(
            String username, String name, Role role, boolean allCities, Set<Long> cityIds, String password) {
        var account = new UserAccount();
        account.setUsername(username);
        account.setDisplayName(name);
        account.setRole(role);
        account.setAllCities(allCities);
        account.setCityIds(cityIds);
        account.setPasswordHash(passwordEncoder.encode(password));
        return accounts.save(account);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
