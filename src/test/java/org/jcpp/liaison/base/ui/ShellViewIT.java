package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ShellViewIT extends ViewTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    org.jcpp.liaison.base.SignedInUser signedInUser;

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_sees_their_name_and_cities_and_no_admin_screens_in_the_menu() {
        navigate(HomeView.class);
        assertThat(find(H2.class).all().getFirst().getText()).isEqualTo("Welcome, Amina Hassan");
        assertThat(find(Paragraph.class)
                        .withTextContaining("Liaison for")
                        .single()
                        .getText())
                .isEqualTo("Liaison for Brooklyn Center, Brooklyn Park");
        assertThat(menu())
                .contains("Home", "Contacts", "My follow-ups", "Needs")
                .doesNotContain("Accounts", "Member cities", "Languages");
        var recent = find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .filter(a -> a.getHref().startsWith("contact/"))
                .toList();
        assertThat(recent).isNotEmpty().hasSizeLessThanOrEqualTo(HomeView.RECENT_LIMIT);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_who_reviews_every_city_is_told_so() {
        navigate(HomeView.class);
        assertThat(find(Paragraph.class)
                        .withTextContaining("Coordinator")
                        .single()
                        .getText())
                .isEqualTo("Coordinator for all member cities");
        assertThat(menu()).doesNotContain("Accounts");
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_sees_the_admin_screens_and_the_latest_changes() {
        navigate(HomeView.class);
        assertThat(menu())
                .contains(
                        "Accounts",
                        "Member cities",
                        "Police departments",
                        "Partner organizations",
                        "Community groups",
                        "Languages");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("recent-item")
                        .all())
                .isNotEmpty();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void an_unknown_address_shows_a_friendly_not_found_page() {
        navigate("no/such/page", NotFoundView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_opening_an_admin_address_gets_the_access_denied_page() {
        navigate("admin/accounts", AccessDeniedView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Not available to you");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void choosing_spanish_applies_to_the_session_and_is_remembered_for_the_next_sign_in() {
        navigate(HomeView.class);
        test(find(LanguageSwitch.class).single()).selectItem("Español");
        assertThat(VaadinSession.getCurrent().getAttribute(LanguageSwitch.SESSION_LOCALE))
                .isEqualTo(Locale.forLanguageTag("es"));
        assertThat(accounts.findByUsernameIgnoreCase("demo-coordinator")
                        .orElseThrow()
                        .getPreferredLocale())
                .isEqualTo("es");

        // The switch reloads the page; the new page's UI starts in the chosen language:
        assertThat(LanguageSwitch.chosenLocale(VaadinSession.getCurrent(), signedInUser))
                .isEqualTo(Locale.forLanguageTag("es"));
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate(HomeView.class);
        assertThat(find(H2.class).all().getFirst().getText()).isEqualTo("Bienvenido/a, Daniel Ortiz");
        accounts.findByUsernameIgnoreCase("demo-coordinator").ifPresent(a -> {
            a.setPreferredLocale(null);
            accounts.save(a);
        });
    }

    private java.util.List<String> menu() {
        return find(SideNavItem.class).all().stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }
}
