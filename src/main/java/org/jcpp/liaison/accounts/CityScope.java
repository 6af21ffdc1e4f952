package org.jcpp.liaison.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member cities whose records the signed-in user may see and log: a liaison's assigned cities, a coordinator's
 * assigned cities or all of them. Admins manage accounts and lists but see no community records: their scope is empty.
 */
public record CityScope(@Nullable Role role, boolean allCities, Set<Long> cityIds) {

    public static final CityScope NONE = new CityScope(null, false, Set.of());

    /** Whether the signed-in user is (at this moment, not at sign-in) a coordinator. */
    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    public boolean allows(long cityId) {
        return allCities || cityIds.contains(cityId);
    }

    public boolean isEmpty() {
        return !allCities && cityIds.isEmpty();
    }
}
