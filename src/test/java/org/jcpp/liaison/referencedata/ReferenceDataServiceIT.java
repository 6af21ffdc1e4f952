package org.jcpp.liaison.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ReferenceDataServiceIT {

    @Autowired
    ReferenceDataService service;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.jcpp.liaison.accounts.AccountDirectory directory;

    @Test
    @WithUserDetails("demo-liaison")
    void kept_names_are_served_while_every_connection_of_the_pool_is_taken() throws Exception {
        var cities = service.allCityNames(); // read once: kept
        var departments = service.departments();
        var people = directory.allDisplayNames();
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        var held = new java.util.ArrayList<java.sql.Connection>();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            while (pool.getHikariPoolMXBean().getActiveConnections() < pool.getMaximumPoolSize()) {
                held.add(dataSource.getConnection());
            }
            // a view opening now (every connection busy, e.g. under load) still gets its names at once
            var names = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                try {
                    return java.util.List.of(
                            service.allCityNames(), service.departments(), directory.allDisplayNames());
                } finally {
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                }
            });
            assertThat(names.get(5, java.util.concurrent.TimeUnit.SECONDS))
                    .containsExactly(cities, departments, people);
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
    }

    @Test
    @WithUserDetails("demo-liaison")
    void the_nine_member_cities_are_seeded_with_a_police_department_each_and_three_shifts() {
        assertThat(service.active(ReferenceKind.CITY))
                .extracting(NamedRef::name)
                .contains(
                        "Bloomington",
                        "Brooklyn Center",
                        "Brooklyn Park",
                        "Crystal",
                        "Hopkins",
                        "New Hope",
                        "Richfield",
                        "Robbinsdale",
                        "St. Louis Park");
        var department = service.active(ReferenceKind.DEPARTMENT).stream()
                .filter(d -> d.name().equals("Brooklyn Center Police Department"))
                .findFirst()
                .orElseThrow();
        assertThat(service.shifts(department.id()))
                .extracting(ShiftRow::name)
                .containsExactly("Day", "Middle", "Night");
        assertThat(service.active(ReferenceKind.LANGUAGE))
                .extracting(NamedRef::name)
                .contains("Spanish", "Somali", "S'gaw Karen", "K'iche'", "Mam", "Hmong Daw (White Hmong)")
                .doesNotContain("Karen", "Hmong"); // the unspecific ones stay for old records only
        assertThat(service.active(ReferenceKind.PARTNER))
                .extracting(NamedRef::name)
                .contains("Hennepin County", "Northwest Hennepin Human Services Council");
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_adds_a_language_and_a_second_one_with_the_same_name_in_other_case_is_refused() {
        String name = "Tigrinya " + UUID.randomUUID().toString().substring(0, 6);
        var saved = service.save(
                ReferenceKind.LANGUAGE,
                new ReferenceItemData(null, 0, "  " + name + " ", null, null, TestLanguageCodes.unused()));
        assertThat(saved.name()).isEqualTo(name);
        assertThat(service.list(ReferenceKind.LANGUAGE, name, Pageable.ofSize(10))
                        .getContent())
                .extracting(ReferenceItem::name)
                .containsExactly(name);
        assertThatThrownBy(() -> service.save(
                        ReferenceKind.LANGUAGE,
                        new ReferenceItemData(null, 0, name.toUpperCase(), null, null, TestLanguageCodes.unused())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_deactivated_entry_is_no_longer_offered_but_still_listed_for_admins() {
        String name = "Old Partner " + UUID.randomUUID().toString().substring(0, 6);
        var saved = service.save(
                ReferenceKind.PARTNER, new ReferenceItemData(null, 0, name, PartnerKind.FOOD_SHELF, null, null));
        service.setActive(ReferenceKind.PARTNER, saved.id(), saved.version(), false);
        assertThat(service.active(ReferenceKind.PARTNER))
                .extracting(NamedRef::name)
                .doesNotContain(name);
        assertThat(service.list(ReferenceKind.PARTNER, name, Pageable.ofSize(5)).getContent())
                .singleElement()
                .satisfies(item -> assertThat(item.active()).isFalse());
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_stale_edit_is_refused_and_keeps_the_other_admins_change() {
        String name = "Group " + UUID.randomUUID().toString().substring(0, 6);
        var saved = service.save(ReferenceKind.COMMUNITY_GROUP, new ReferenceItemData(null, 0, name, null, null, null));
        service.save(
                ReferenceKind.COMMUNITY_GROUP,
                new ReferenceItemData(saved.id(), saved.version(), name + " A", null, null, null));
        assertThatThrownBy(() -> service.save(
                        ReferenceKind.COMMUNITY_GROUP,
                        new ReferenceItemData(saved.id(), saved.version(), name + " B", null, null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.list(ReferenceKind.COMMUNITY_GROUP, name, Pageable.ofSize(5))
                        .getContent())
                .extracting(ReferenceItem::name)
                .containsExactly(name + " A");
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_department_needs_a_city_and_a_partner_needs_a_kind() {
        assertThatThrownBy(() -> service.save(
                        ReferenceKind.DEPARTMENT, new ReferenceItemData(null, 0, "Nowhere PD", null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cityId"));
        assertThatThrownBy(() -> service.save(
                        ReferenceKind.PARTNER, new ReferenceItemData(null, 0, "Kindless", null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("partnerKind"));
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_adds_a_shift_and_a_duplicate_in_the_same_department_is_refused() {
        var department = service.active(ReferenceKind.DEPARTMENT).getFirst();
        String name = "Swing " + UUID.randomUUID().toString().substring(0, 4);
        service.saveShift(department.id(), new ShiftData(null, 0, name, 4));
        assertThat(service.shifts(department.id())).extracting(ShiftRow::name).contains(name);
        assertThatThrownBy(() -> service.saveShift(department.id(), new ShiftData(null, 0, name.toLowerCase(), 5)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_reads_the_lists_but_cannot_change_them() {
        assertThat(service.active(ReferenceKind.CITY)).isNotEmpty();
        assertThatThrownBy(() ->
                        service.save(ReferenceKind.CITY, new ReferenceItemData(null, 0, "Edina", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(ReferenceKind.CITY, "", Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_city_and_a_department_named_with_a_right_to_left_override_are_stored_as_typed_in_order() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // U+202E shows "Maple \u202Edoow" as "Maple wood": the stored name must not hide what was typed
        var city = service.save(
                ReferenceKind.CITY,
                new ReferenceItemData(null, 0, "Maple \u202Edoow\u202C " + suffix, null, null, null));
        assertThat(city.name()).isEqualTo("Maple doow " + suffix);
        var department = service.save(
                ReferenceKind.DEPARTMENT,
                new ReferenceItemData(null, 0, "\u2067Maple\u2069 PD\u000B\r\n" + suffix, null, city.id(), null));
        assertThat(department.name()).isEqualTo("Maple PD " + suffix);
        assertThat(service.list(ReferenceKind.CITY, "Maple doow " + suffix, Pageable.ofSize(5))
                        .getContent())
                .extracting(ReferenceItem::name)
                .containsExactly("Maple doow " + suffix);
        // the same name disguised with invisible characters is the same name
        assertThatThrownBy(() -> service.save(
                        ReferenceKind.CITY,
                        new ReferenceItemData(null, 0, "Maple\u200B doow\uFEFF " + suffix, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_name_of_only_invisible_characters_is_refused_as_required() {
        assertThatThrownBy(() -> service.save(
                        ReferenceKind.LANGUAGE,
                        new ReferenceItemData(null, 0, "\u202E\u200B\u0085", null, null, TestLanguageCodes.unused())))
                .isInstanceOfSatisfying(jakarta.validation.ConstraintViolationException.class, e -> assertThat(
                                e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .anyMatch(path -> path.endsWith("name")));
    }
}
