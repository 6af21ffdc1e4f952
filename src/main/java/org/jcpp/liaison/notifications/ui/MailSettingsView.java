package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.notifications.MailSettings;
import org.jcpp.liaison.notifications.MailSettingsData;
import org.jcpp.liaison.notifications.Outbox;
import org.jspecify.annotations.Nullable;

/**
 * *Mail and reminders*: the person's work address and the mail they want. What a mail holds is said on the page:
 * counts and links, never a resident's name or a need's words.
 */
@Route("account/mail")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR}) // admins own no follow-ups
class MailSettingsView extends VerticalLayout implements HasDynamicTitle, KeepsDrafts {

    final MailSettingsForm form;
    final SaveButton save;
    private MailSettingsData stored;

    MailSettingsView(MailSettings settings, Outbox outbox, org.jcpp.liaison.accounts.CurrentUser currentUser) {
        addClassName("mail-settings-view");
        setMaxWidth("40rem");
        stored = settings.mine();
        form = new MailSettingsForm(stored, currentUser.scope().isCoordinator());
        add(new Paragraph(getTranslation("mail.settings.intro")));
        if (!outbox.sends()) {
            var held = new Paragraph(getTranslation("mail.settings.not-sent"));
            held.addClassName("mail-not-sent");
            add(held);
        }
        save = new SaveButton(getTranslation("action.save"), () -> form.write().ifPresent(data -> {
            var saved = new MailSettingsData[1];
            if (FormErrors.attempt(this, form.fields(), () -> saved[0] = settings.save(data))) {
                stored = saved[0];
                form.show(saved[0]);
                Notices.success(getTranslation("mail.settings.saved"));
            }
        }));
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.settings.title");
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return stored.version();
    }
}
