package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every view, layout and error page says who may open it; only sign-in and error pages are open to anonymous users. */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void every_route_layout_and_error_view_declares_exactly_one_access_rule() {
        var classes = navigationTargets();
        assertThat(classes).hasSizeGreaterThan(8);
        for (Class<?> type : classes) {
            long rules = ACCESS.stream().filter(type::isAnnotationPresent).count();
            assertThat(rules).as("access annotations on %s", type.getName()).isEqualTo(1);
        }
    }

    @Test
    void only_the_login_page_and_error_pages_are_open_without_signing_in() {
        var anonymous = navigationTargets().stream()
                .filter(type -> type.isAnnotationPresent(AnonymousAllowed.class))
                .map(Class::getSimpleName)
                .toList();
        assertThat(anonymous).containsExactlyInAnyOrder("LoginView", "NotFoundView", "InternalErrorView");
    }

    @Test
    void admin_screens_are_for_admins_only() {
        navigationTargets().stream()
                .filter(type -> type.isAnnotationPresent(Route.class))
                .filter(type -> type.getAnnotation(Route.class).value().startsWith("admin/"))
                .forEach(type -> assertThat(
                                Set.of(type.getAnnotation(RolesAllowed.class).value()))
                        .as(type.getName())
                        .containsExactly("ADMIN"));
    }

    private static List<Class<?>> navigationTargets() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        return scanner.findCandidateComponents("org.jcpp.liaison").stream()
                .flatMap(definition -> {
                    try {
                        return Stream.of(Class.forName(definition.getBeanClassName()));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .<Class<?>>map(type -> type)
                .toList();
    }
}
