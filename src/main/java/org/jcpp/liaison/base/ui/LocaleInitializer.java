package org.jcpp.liaison.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jcpp.liaison.base.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Starts every new UI in the language the user chose (this session, or saved with their account). */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final ObjectProvider<SignedInUser> signedInUser;

    LocaleInitializer(ObjectProvider<SignedInUser> signedInUser) {
        this.signedInUser = signedInUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = LanguageSwitch.chosenLocale(uiEvent.getUI().getSession(), signedInUser.getIfAvailable());
            if (locale != null) {
                uiEvent.getUI().setLocale(locale);
            }
        });
    }
}
