package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jcpp.liaison.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A user whose password an admin chose (a new account, a reset) is sent to {@link ChangePasswordView} from every other
 * view until they have chosen their own.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != ChangePasswordView.class
                    && enter.getNavigationTarget() != LoginView.class
                    && currentUser.mustChangePassword()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
