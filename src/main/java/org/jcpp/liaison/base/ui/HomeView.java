package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;

/** Each role's start page: who I am and where I work, what happened lately, and the modules I can open. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT_LIMIT = 10;

    final Button logContact = new Button();

    HomeView(
            SignedInUser signedInUser,
            List<RecentActivity> activitySources,
            com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        addClassName("home-view");
        var profile = signedInUser.profile().orElseThrow();
        if (Roles.PENDING.equals(profile.role())) {
            // signed on for the first time: no community data until an admin gives the account a role and cities
            var waiting = new Paragraph(getTranslation("pending.text", profile.displayName()));
            waiting.addClassName("pending-text");
            var signOut = new Button(getTranslation("pending.sign-out"), e -> authentication.logout());
            add(new H2(getTranslation("pending.title")), waiting, signOut);
            return;
        }

        var greeting = new H2(getTranslation("home.welcome", profile.displayName()));
        var where = new Paragraph(
                Roles.ADMIN.equals(profile.role())
                        ? getTranslation("home.serving-admin", getTranslation("role." + profile.role()))
                        : profile.allCities()
                                ? getTranslation("home.serving-all", getTranslation("role." + profile.role()))
                                : profile.cityNames().isEmpty()
                                        ? getTranslation("home.serving-none", getTranslation("role." + profile.role()))
                                        : getTranslation(
                                                "home.serving",
                                                getTranslation("role." + profile.role()),
                                                String.join(", ", profile.cityNames())));
        add(greeting, where);
        if (Roles.LIAISON.equals(profile.role()) || Roles.COORDINATOR.equals(profile.role())) {
            // the liaison's most frequent task, one tap from the start page (a route by name: base knows no module)
            logContact.setText(getTranslation("contacts.log"));
            logContact.setIcon(VaadinIcon.PLUS.create());
            logContact.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            logContact.addClassName("log-contact");
            logContact.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("contacts/log")));
            add(logContact);
        } else {
            logContact.setVisible(false);
        }

        add(new H2(getTranslation("home.recent")));
        var items = activitySources.stream()
                .flatMap(source -> source.recentFor(profile, RECENT_LIMIT).stream())
                .sorted(Comparator.comparing(RecentActivity.Item::when).reversed())
                .limit(RECENT_LIMIT)
                .toList();
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("home.recent.empty"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            var list = new Div();
            list.addClassName("recent-list");
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault());
            var dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault());
            for (var item : items) {
                var when = new Span((item.dateOnly() ? dayFormat : format).format(item.when()));
                when.addClassName("recent-when");
                var what = item.route().isEmpty()
                        ? new Span(getTranslation(item.messageKey(), item.detail()))
                        : new Anchor(item.route(), getTranslation(item.messageKey(), item.detail()));
                var row = new Div(when, what);
                row.addClassName("recent-item");
                list.add(row);
            }
            add(list);
        }

        var modules = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.path().isEmpty() && !entry.path().equals("/"))
                .toList();
        if (!modules.isEmpty()) {
            var links = new Div();
            links.addClassName("module-links");
            modules.forEach(entry -> links.add(new Anchor(entry.path(), getTranslation(entry.title()))));
            add(new H2(getTranslation("home.modules")), links);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
