package org.jcpp.liaison.rollcall.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.cities.DepartmentRef;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ShiftRow;
import org.jcpp.liaison.training.TrainingTopicService;

/** Names for the ids briefings store, loaded once when a view opens (the lists are small). */
final class Names {

    final Map<Long, String> cities;
    final Map<Long, DepartmentRef> departments = new LinkedHashMap<>();
    final Map<Long, ShiftRow> shifts = new LinkedHashMap<>();
    final Map<Long, String> users;
    final Map<Long, String> topics;

    Names(ReferenceDataService referenceData, AccountDirectory directory, TrainingTopicService topicService) {
        cities = referenceData.allCityNames();
        referenceData.departments().forEach(d -> departments.put(d.id(), d));
        referenceData.allShifts().forEach(s -> shifts.put(s.id(), s));
        users = directory.allDisplayNames();
        topics = topicService.titles();
    }

    String city(long id) {
        return cities.getOrDefault(id, "#" + id);
    }

    String department(long id) {
        DepartmentRef department = departments.get(id);
        return department == null ? "#" + id : department.name();
    }

    String shift(long id) {
        ShiftRow shift = shifts.get(id);
        return shift == null ? "#" + id : shift.name();
    }

    String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }

    Map<Long, String> citiesIn(CityScope scope) {
        var inScope = new LinkedHashMap<Long, String>();
        cities.forEach((id, name) -> {
            if (scope.allows(id)) {
                inScope.put(id, name);
            }
        });
        return inScope;
    }

    /** The departments of the user's cities: active ones, plus {@code keep} (a stored record's department). */
    Map<Long, String> departmentsIn(CityScope scope, boolean activeOnly, Long keep) {
        var offered = new LinkedHashMap<Long, String>();
        departments.values().stream()
                .filter(d -> (scope.allows(d.cityId()) && (d.active() || !activeOnly))
                        || Long.valueOf(d.id()).equals(keep))
                .forEach(d -> offered.put(d.id(), d.name()));
        return offered;
    }
}
