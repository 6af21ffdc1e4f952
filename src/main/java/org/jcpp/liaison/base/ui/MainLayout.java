package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.SignedInUser;
import org.jcpp.liaison.base.drafts.FormDrafts;

/**
 * The app shell: a side navigation that lists only the views the user may open, the user's name, role and cities, a
 * language switch, and the user menu. At phone width the drawer folds behind the toggle. For keyboard users the first
 * focusable element of every page is "Skip to main content", which moves the focus to the view; a form view
 * ({@link OpensOnFirstField}) opens with its first field focused.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the view's element, where "Skip to main content" moves the focus. */
    static final String MAIN_CONTENT = "main-content";

    private final H1 viewTitle = new H1();

    private final long userId;
    private final FormDrafts drafts;
    private final Clock clock;

    MainLayout(
            SignedInUser signedInUser,
            AuthenticationContext authenticationContext,
            FormDrafts drafts,
            Clock clock,
            java.util.List<NavbarItem> navbarItems) {
        this.drafts = drafts;
        this.clock = clock;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        viewTitle.addClassName("view-title");
        // the skip link first, so Tab reaches it first; touch-optimised like the rest (skipLink()), so that on a touch
        // phone, where the bar moves to the bottom in reach of a thumb, it does not keep an empty bar at the top
        addToNavbar(skipLink());
        addToNavbar(true, toggle, viewTitle);
        navbarItems.forEach(item -> addToNavbar(true, item.create()));

        var profile = signedInUser.profile().orElseThrow();
        userId = profile.id();
        addAttachListener(e -> {
            SessionEnding.countDown(this);
            ComponentUtil.setData(e.getUI(), DraftKeeper.Context.class, new DraftKeeper.Context(userId, drafts, clock));
            AriaRepairs.install(this);
        });
        addToDrawer(appName(), new Scroller(sideNav()), userBox(profile, signedInUser, authenticationContext));
    }

    /** Visible only when focused; moves the focus (not the address) to the view, past the menu. */
    private Component skipLink() {
        var skip = new Anchor("#" + MAIN_CONTENT, getTranslation("shell.skip-to-content"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // Touch-optimised without addToNavbar(true, ...): that puts an item in a hidden slot until the layout has
        // measured itself, a moment after the page shows (longer on a slow device), and a Tab pressed then skipped
        // the link. The layout reads this mark (vaadin-app-layout's __setTouchOptimized) when it moves items to the
        // bottom bar; SideNavWrapIT's touch-phone test fails if a new Vaadin stops reading it.
        skip.getElement().executeJs("""
                        this.__touchOptimized = true;
                        this.addEventListener('click', e => {
                          e.preventDefault();
                          const main = document.getElementById($0);
                          if (main) main.focus();
                        });""", MAIN_CONTENT);
        return skip;
    }

    private Component appName() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        var box = new Div(name);
        box.addClassName("app-brand");
        return box;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // the name as an element of its own: Lumo keeps a bare label on one line and cuts it ("Eventos de acer…");
            // the span may wrap (liaison.css)
            var item = new SideNavItem(null, entry.path());
            var label = new Span(getTranslation(entry.title()));
            label.addClassName("nav-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userBox(
            SignedInUser.Profile profile, SignedInUser signedInUser, AuthenticationContext authenticationContext) {
        var name = new Span(profile.displayName());
        name.addClassName("user-name");
        var role = new Span(getTranslation("role." + profile.role()));
        role.addClassName("user-role");
        var cities = new Span(
                profile.allCities()
                        ? getTranslation("shell.all-cities")
                        : profile.cityNames().isEmpty()
                                ? getTranslation("shell.no-cities")
                                : String.join(", ", profile.cityNames()));
        cities.addClassName("user-cities");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        var account = menu.addItem(getTranslation("shell.account"));
        account.getSubMenu().addItem(getTranslation("shell.change-password"), e -> getUI().ifPresent(
                        ui -> ui.navigate("password")));
        account.getSubMenu()
                .addItem(getTranslation("shell.mail"), e -> getUI().ifPresent(ui -> ui.navigate("account/mail")));
        // the password page asks at once whether to end every session of the user (ChangePasswordView)
        account.getSubMenu().addItem(getTranslation("shell.sessions"), e -> getUI().ifPresent(
                        ui -> ui.navigate("password", QueryParameters.of("sign-out", "everywhere"))));
        account.getSubMenu().addItem(getTranslation("shell.logout"), e -> authenticationContext.logout());

        cities.setVisible(!Roles.ADMIN.equals(profile.role()));
        var box = new Div(name, role, cities, new LanguageSwitch(signedInUser), menu);
        box.addClassName("user-box");
        return box;
    }

    /** The page's "stay signed in" (or a user still typing when the session would end soon): a request is enough. */
    @ClientCallable
    void staySignedIn() {
        // nothing to do: the request itself keeps the session and restarts the page's countdown
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        if (getContent() != null) {
            var main = getContent().getElement();
            main.setAttribute("id", MAIN_CONTENT);
            main.setAttribute("tabindex", "-1");
            if (getContent() instanceof OpensOnFirstField) {
                main.executeJs(OpensOnFirstField.FOCUS_FIRST_FIELD);
            }
            if (getContent() instanceof KeepsDrafts) {
                DraftKeeper.start(getContent(), DraftKeeper.formKey(event.getLocation()), userId, drafts, clock);
            }
        }
    }
}
