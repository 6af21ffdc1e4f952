package org.jcpp.liaison.accounts.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.domain.SignOnGroup;

/**
 * What the groups a person is in at the organisation's provider give together, by the mapping admins keep: the
 * highest role any of them gives (administrator over coordinator over liaison), the cities of all of them, all
 * cities if any of them says so and the role is coordinator (an administrator has no cities). Nothing when none of them gives a role: a group that only names cities does not let
 * anyone in.
 */
record GroupGrant(Role role, boolean allCities, Set<Long> cityIds) {

    GroupGrant {
        cityIds = Set.copyOf(cityIds);
    }

    static Optional<GroupGrant> of(Collection<SignOnGroup> groups) {
        var role = groups.stream()
                .map(SignOnGroup::getRole)
                .filter(Objects::nonNull)
                .max(Enum::compareTo);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        var cities = new HashSet<Long>();
        groups.forEach(g -> cities.addAll(g.getCityIds()));
        boolean all = groups.stream().anyMatch(SignOnGroup::isAllCities);
        // as an admin's form saves an account: all cities only for a coordinator, no cities for an admin
        return Optional.of(new GroupGrant(
                role.get(), role.get() == Role.COORDINATOR && all, role.get() == Role.ADMIN ? Set.of() : cities));
    }
}
