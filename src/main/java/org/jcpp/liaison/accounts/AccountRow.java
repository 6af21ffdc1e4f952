package org.jcpp.liaison.accounts;

import java.time.Instant;
import java.util.Set;

/** An account as the admin list and form show it. Never carries the password hash, only whether it has one. */
public record AccountRow(
        long id,
        long version,
        String username,
        String displayName,
        Role role,
        boolean allCities,
        boolean enabled,
        Set<Long> cityIds,
        Instant updatedAt,
        boolean localPassword) {}
