package org.jcpp.liaison.accounts;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.base.RecordNames;
import org.jcpp.liaison.base.ShortCache;
import org.jcpp.liaison.base.UserNames;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Names of accounts for ids and usernames that other modules store (the audit trail's changes and actors). */
@Component
@Transactional(readOnly = true)
class AccountNames implements RecordNames, UserNames {

    /** Fields that hold the id of an account (a liaison, an organiser, an author …). */
    private static final Set<String> ACCOUNT_FIELDS = Set.of(
            "liaisonId",
            "liaisonIds",
            "organiserId",
            "ownerId",
            "presenterId",
            "authorId",
            "createdBy",
            "byId",
            "proposedBy",
            "startedBy",
            "accountId");

    private final UserAccountRepository accounts;
    private final AccountDirectory directory;
    /** The name of the shared cache of account names (this one and {@link AccountDirectory}'s are cleared together). */
    static final String CACHE = "account-names";

    private final ShortCache cache;

    AccountNames(
            UserAccountRepository accounts,
            AccountDirectory directory,
            DatabaseSignals signals,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        // kept names are served without a transaction (SUPPORTS below), a missing list read in the cache's own
        this.cache = ShortCache.shared(CACHE, Duration.ofMinutes(10), signals, transactions);
        this.directory = directory;
    }

    @Override
    public Set<String> fields() {
        return ACCOUNT_FIELDS;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> name(String field, long id) {
        return ACCOUNT_FIELDS.contains(field)
                ? Optional.ofNullable(directory.allDisplayNames().get(id))
                : Optional.empty();
    }

    @Override
    public List<String> usernamesMatching(String text) {
        return accounts.usernamesLike(Conditions.containsPattern(text));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> displayName(String username) {
        Map<String, String> names = cache.get("by username", () -> {
            var byUsername = new HashMap<String, String>();
            accounts.findAll()
                    .forEach(a -> byUsername.put(a.getUsername().toLowerCase(Locale.ROOT), a.getDisplayName()));
            return Collections.unmodifiableMap(byUsername);
        });
        return Optional.ofNullable(names.get(username.toLowerCase(Locale.ROOT)));
    }
}
