package org.jcpp.liaison.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.domain.SignOnGroup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GroupGrantTest {

    @Test
    void the_highest_role_of_the_persons_groups_is_given_with_the_cities_of_all_of_them() {
        var grant = GroupGrant.of(List.of(group(Role.LIAISON, false, 1L), group(Role.COORDINATOR, false, 2L)));
        assertThat(grant).contains(new GroupGrant(Role.COORDINATOR, false, Set.of(1L, 2L)));
    }

    @Test
    void a_group_that_only_names_cities_adds_them_to_the_role_another_group_gives() {
        var grant = GroupGrant.of(List.of(group(null, false, 3L), group(Role.LIAISON, false, 1L)));
        assertThat(grant).contains(new GroupGrant(Role.LIAISON, false, Set.of(1L, 3L)));
    }

    @Test
    void groups_that_give_no_role_let_nobody_in() {
        assertThat(GroupGrant.of(List.of(group(null, true)))).isEmpty();
        assertThat(GroupGrant.of(List.of())).isEmpty();
    }

    @Test
    void as_the_admins_form_saves_it_an_administrator_has_no_cities_and_only_a_coordinator_all_of_them() {
        assertThat(GroupGrant.of(List.of(group(Role.ADMIN, false, 1L))))
                .contains(new GroupGrant(Role.ADMIN, false, Set.of()));
        assertThat(GroupGrant.of(List.of(group(Role.LIAISON, true, 1L))))
                .contains(new GroupGrant(Role.LIAISON, false, Set.of(1L)));
    }

    @Test
    void all_cities_from_any_group_counts() {
        var grant = GroupGrant.of(List.of(group(Role.COORDINATOR, true), group(Role.LIAISON, false, 1L)));
        assertThat(grant.orElseThrow().allCities()).isTrue();
    }

    private static SignOnGroup group(@Nullable Role role, boolean allCities, Long... cities) {
        var group = new SignOnGroup();
        group.setGroupName("g");
        group.setRole(role);
        group.setAllCities(allCities);
        group.setCityIds(Set.of(cities));
        return group;
    }
}
