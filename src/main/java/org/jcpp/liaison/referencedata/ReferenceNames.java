package org.jcpp.liaison.referencedata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Names of member cities, police departments and shifts by id, read once when a view opens (the lists are small), so
 * a grid page needs no further queries. Inactive entries are included: stored records keep their names.
 */
public final class ReferenceNames {

    private final Map<Long, String> cities;
    private final Map<Long, DepartmentRef> departments = new LinkedHashMap<>();
    private final Map<Long, ShiftRow> shifts = new LinkedHashMap<>();

    ReferenceNames(Map<Long, String> cities, List<DepartmentRef> departments, List<ShiftRow> shifts) {
        this.cities = cities;
        departments.forEach(d -> this.departments.put(d.id(), d));
        shifts.forEach(s -> this.shifts.put(s.id(), s));
    }

    public String city(long id) {
        return cities.getOrDefault(id, "#" + id);
    }

    public String department(long id) {
        DepartmentRef department = departments.get(id);
        return department == null ? "#" + id : department.name();
    }

    public String shift(long id) {
        ShiftRow shift = shifts.get(id);
        return shift == null ? "#" + id : shift.name();
    }

    public Optional<DepartmentRef> departmentRef(long id) {
        return Optional.ofNullable(departments.get(id));
    }

    /** The cities whose id passes {@code allowed} (the user's scope), by name. */
    public Map<Long, String> citiesWhere(LongPredicate allowed) {
        var chosen = new LinkedHashMap<Long, String>();
        cities.forEach((id, name) -> {
            if (allowed.test(id)) {
                chosen.put(id, name);
            }
        });
        return chosen;
    }

    /**
     * The departments of the allowed cities, by name: active ones only when {@code activeOnly}, and {@code keep} (the
     * department a stored record already has) in any case.
     */
    public Map<Long, String> departmentsWhere(LongPredicate cityAllowed, boolean activeOnly, @Nullable Long keep) {
        var chosen = new LinkedHashMap<Long, String>();
        departments.values().stream()
                .filter(d -> (cityAllowed.test(d.cityId()) && (d.active() || !activeOnly))
                        || Long.valueOf(d.id()).equals(keep))
                .forEach(d -> chosen.put(d.id(), d.name()));
        return chosen;
    }

    /** The active shifts of a department in roll-call order, and {@code keep} (a stored record's shift) in any case. */
    public List<Long> shiftsOf(long departmentId, @Nullable Long keep) {
        return shifts.values().stream()
                .filter(s -> s.departmentId() == departmentId
                        && (s.active() || Long.valueOf(s.id()).equals(keep)))
                .map(ShiftRow::id)
                .toList();
    }
}
