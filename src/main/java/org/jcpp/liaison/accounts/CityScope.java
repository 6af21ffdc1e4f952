package org.jcpp.liaison.accounts;

import java.util.Set;

/**
 * The member cities whose records the signed-in user may see and log: a liaison's assigned cities, a coordinator's
 * assigned cities or all of them. Admins manage accounts and lists but see no community records: their scope is empty.
 */
public record CityScope(boolean allCities, Set<Long> cityIds) {

    public static final CityScope NONE = new CityScope(false, Set.of());

    public boolean allows(long cityId) {
        return allCities || cityIds.contains(cityId);
    }

    public boolean isEmpty() {
        return !allCities && cityIds.isEmpty();
    }
}
