package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.base.SignedInUser;
import org.jspecify.annotations.Nullable;

/** English / Español. The choice applies to the whole session, and is remembered for a signed-in user. */
public class LanguageSwitch extends Select<Locale> {

    public static final List<Locale> LANGUAGES = org.jcpp.liaison.base.InterfaceLanguages.ALL;
    static final String SESSION_LOCALE = "liaison.locale";

    public LanguageSwitch(@Nullable SignedInUser signedInUser) {
        setAriaLabel(getTranslation("shell.language"));
        setItems(LANGUAGES);
        setItemLabelGenerator(LanguageSwitch::nativeName);
        setValue(LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH));
        addClassName("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(SESSION_LOCALE, event.getValue());
                if (signedInUser != null) {
                    signedInUser.rememberLocale(event.getValue());
                }
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** The language's own name, capitalised: "English", "Español". */
    static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The locale a new UI starts with: the session's choice, then the user's saved one. */
    static @Nullable Locale chosenLocale(VaadinSession session, @Nullable SignedInUser signedInUser) {
        Object chosen = session.getAttribute(SESSION_LOCALE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        if (signedInUser == null) {
            return null;
        }
        return signedInUser
                .profile()
                .flatMap(SignedInUser.Profile::preferredLocale)
                .orElse(null);
    }
}
