package org.jcpp.liaison.training.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.cities.DepartmentRef;
import org.jcpp.liaison.cities.ReferenceDataService;

/** Names for the ids training records store, loaded once when a view opens (the lists are small). */
final class Names {

    final Map<Long, String> cities;
    final Map<Long, DepartmentRef> departments = new LinkedHashMap<>();
    final Map<Long, String> users;

    Names(ReferenceDataService referenceData, AccountDirectory directory) {
        cities = referenceData.allCityNames();
        referenceData.departments().forEach(d -> departments.put(d.id(), d));
        users = directory.allDisplayNames();
    }

    String city(long id) {
        return cities.getOrDefault(id, "#" + id);
    }

    String department(long id) {
        DepartmentRef department = departments.get(id);
        return department == null ? "#" + id : department.name();
    }

    String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }

    /** The cities of the user's scope, by name. */
    Map<Long, String> citiesIn(CityScope scope) {
        var inScope = new LinkedHashMap<Long, String>();
        cities.forEach((id, name) -> {
            if (scope.allows(id)) {
                inScope.put(id, name);
            }
        });
        return inScope;
    }

    /** The active departments of the user's cities (plus {@code keep}, a department a stored record already has). */
    Map<Long, String> departmentsIn(CityScope scope, Long keep) {
        var offered = new LinkedHashMap<Long, String>();
        departments.values().stream()
                .filter(d -> (d.active() && scope.allows(d.cityId()))
                        || Long.valueOf(d.id()).equals(keep))
                .forEach(d -> offered.put(d.id(), d.name()));
        return offered;
    }
}
