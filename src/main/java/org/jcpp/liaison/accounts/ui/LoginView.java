package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jcpp.liaison.accounts.security.SsoSettings;
import org.jcpp.liaison.base.ui.LanguageSwitch;

/**
 * Sign-in. A failed attempt gets one message that does not say whether the username or the password was wrong.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph signedOut = new Paragraph();
    private final String label;
    final LoginI18n i18n;

    LoginView(SsoSettings signOn) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        i18n = i18n();
        label = signOn.label();
        if (signOn.only()) {
            i18n.getForm().setTitle(getTranslation("login.sso.break-glass"));
        } else if (signOn.enabled()) {
            i18n.getForm().setTitle(getTranslation("login.sso.or"));
        }
        login.setI18n(i18n);

        var language = new LanguageSwitch(null);
        signedOut.setText(getTranslation("login.signed-out"));
        signedOut.addClassName("login-signed-out");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        var card = new Div(title, tagline, signedOut);
        if (signOn.enabled()) {
            card.add(signOnButton(signOn));
        }
        card.add(login, language);
        card.addClassName("login-card");
        add(card);
    }

    /**
     * "Sign in with <organisation>": a plain link to Spring Security's start of the sign-on (a full page load, not a
     * Vaadin navigation), above the local form, which stays for local accounts.
     */
    private Anchor signOnButton(SsoSettings signOn) {
        var button = new Anchor("oauth2/authorization/sso", getTranslation("login.sso", signOn.label()));
        button.setRouterIgnore(true);
        button.addClassName("sign-on-button");
        return button;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters =
                event.getLocation().getQueryParameters().getParameters().keySet();
        signedOut.setVisible(parameters.contains("signed-out"));
        // too many failed sign-ins from this address; a form posted without its session's token; a wrong password
        // a sign-on refused by the app (the account is disabled) or by the checks of the provider's answer; local
        // passwords off; too many failed sign-ins from this address; a form posted without its session's token; a
        // wrong password
        var refused = event.getLocation().getQueryParameters().getSingleParameter("refused");
        String reason = refused.isPresent()
                ? "disabled".equals(refused.get()) ? "login.sso.disabled" : "login.sso.refused"
                : parameters.contains("sso-only")
                        ? "login.sso-only"
                        : parameters.contains("throttled")
                                ? "login.throttled"
                                : parameters.contains("expired")
                                        ? "login.expired"
                                        : parameters.contains("error") ? "login.error" : null;
        if (reason != null) {
            var error = i18n.getErrorMessage();
            error.setTitle(getTranslation(reason + ".title"));
            error.setMessage(getTranslation(reason + ".message", label)); // only sso-only names the organisation
            login.setI18n(i18n);
        }
        login.setError(reason != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
