package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;

/**
 * Who may open which view, written out by hand: each role's subclass signs in as that role's demo user and opens every
 * route. A new route fails this test until it is added here.
 */
abstract class RouteMatrix extends ViewTest {

    private static final Set<String> EVERYONE = Set.of("LIAISON", "COORDINATOR", "ADMIN");
    private static final Set<String> ADMIN = Set.of("ADMIN");

    static final Map<String, Set<String>> EXPECTED = Map.of(
            "", EVERYONE,
            "password", EVERYONE,
            "admin/accounts", ADMIN,
            "admin/cities", ADMIN,
            "admin/departments", ADMIN,
            "admin/partners", ADMIN,
            "admin/community-groups", ADMIN,
            "admin/languages", ADMIN,
            "login", EVERYONE);

    abstract String role();

    @Test
    void every_route_opens_for_the_roles_that_may_use_it_and_shows_access_denied_to_the_others() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .toList();
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(routes);

        for (String route : routes) {
            UI.getCurrent().navigate(route);
            boolean denied = getCurrentView() instanceof AccessDeniedView;
            assertThat(denied)
                    .as("%s opening '%s'", role(), route)
                    .isEqualTo(!EXPECTED.get(route).contains(role()));
        }
    }
}
