package org.jcpp.liaison.accounts;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.base.ShortCache;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who works where: names of users by id, and the colleagues who can own work in a city. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccountRepository accounts;

    /**
     * Display names, shared by every view (a change on any app node is seen on every node at once); served without a
     * transaction ({@code SUPPORTS}), so kept names take no connection, a missing list read in the cache's own.
     */
    private final ShortCache cache;

    AccountDirectory(UserAccountRepository accounts, DatabaseSignals signals, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.cache = ShortCache.shared(AccountNames.CACHE, Duration.ofMinutes(10), signals, transactions);
    }

    /** Display names by account id, for showing stored ids (liaison, owner) in lists. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> displayNames(Collection<Long> ids) {
        var names = new LinkedHashMap<Long, String>();
        if (!ids.isEmpty()) {
            accounts.findAllById(ids).forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return names;
    }

    /** Every account's display name by id (a program has a few hundred at most), for labelling ids in lists. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<Long, String> allDisplayNames() {
        return cache.get("names", () -> {
            var names = new LinkedHashMap<Long, String>();
            accounts.findAll(Sort.by("displayName")).forEach(a -> names.put(a.getId(), a.getDisplayName()));
            return Collections.unmodifiableMap(names);
        });
    }

    /** Forgets the cached names (after accounts were added or renamed) on every app node once the transaction commits. */
    public void clearCache() {
        cache.clearAfterCommit();
    }

    /** Account ids by display name (the first of any namesake), for demo data that names its authors. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<String, Long> idsByDisplayName() {
        var ids = new LinkedHashMap<String, Long>();
        allDisplayNames().forEach((id, name) -> ids.putIfAbsent(name, id));
        return ids;
    }

    /** Active liaisons and coordinators who serve a city (coordinators of all cities included), by name. */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> colleaguesIn(long cityId) {
        return accounts.findColleaguesIn(cityId, Sort.by("displayName")).stream()
                .map(a -> new UserRef(a.requireId(), a.getDisplayName()))
                .toList();
    }

    /** The active coordinators of a city (those of all cities included), by id: who decides on its records. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> coordinatorsOf(long cityId) {
        return accounts.findCoordinatorIdsOf(cityId);
    }

    /** Every active coordinator, by id: who decides on what is the whole partnership's (training topics). */
    @PreAuthorize("isAuthenticated()")
    public List<Long> coordinators() {
        return accounts.findCoordinatorIds();
    }

    /** Whether an account is active and serves the city, so it may own work there. */
    @PreAuthorize("isAuthenticated()")
    public boolean servesCity(long accountId, long cityId) {
        return accounts.servesCity(accountId, cityId);
    }
}
