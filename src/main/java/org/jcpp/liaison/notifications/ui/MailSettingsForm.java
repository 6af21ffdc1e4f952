package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.EmailValidator;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.notifications.MailFrequency;
import org.jcpp.liaison.notifications.MailSettingsData;

/**
 * A person's work address, how often the follow-up digest comes, the mail at once for a need given to them and (for
 * coordinators) the weekly mail of their cities; the version edited is carried.
 */
class MailSettingsForm extends RecordForm<MailSettingsData, FormLayout> {

    final EmailField email = new EmailField();
    final RadioButtonGroup<MailFrequency> followUpDigest = new RadioButtonGroup<>();
    final com.vaadin.flow.component.checkbox.Checkbox assignedMail = new com.vaadin.flow.component.checkbox.Checkbox();
    final com.vaadin.flow.component.checkbox.Checkbox cityDigest = new com.vaadin.flow.component.checkbox.Checkbox();

    /** {@code coordinator}: the weekly mail of the cities is offered (a coordinator's only). */
    MailSettingsForm(MailSettingsData stored, boolean coordinator) {
        super(MailSettingsData.class);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        email.setLabel(getTranslation("mail.settings.email"));
        email.setHelperText(getTranslation("mail.settings.email.help"));
        email.setMaxLength(254);
        email.setClearButtonVisible(true);
        // the field's own check of the address's shape speaks the same words as the binder's
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("mail.settings.email.invalid"))
                .setMaxLengthErrorMessage(getTranslation("validation.too-long-n", 254)));
        binder.forField(email)
                .withNullRepresentation("")
                .withValidator(new EmailValidator(getTranslation("mail.settings.email.invalid"), true))
                .bind("email");
        followUpDigest.setLabel(getTranslation("mail.settings.digest"));
        followUpDigest.setHelperText(getTranslation("mail.settings.digest.help"));
        followUpDigest.setItems(MailFrequency.values());
        followUpDigest.setItemLabelGenerator(f -> Formats.enumLabel(this, f));
        required(followUpDigest, "followUpDigest");
        assignedMail.setLabel(getTranslation("mail.settings.assigned"));
        binder.forField(assignedMail).bind("assignedMail");
        cityDigest.setLabel(getTranslation("mail.settings.city-digest"));
        cityDigest.setHelperText(getTranslation("mail.settings.city-digest.help"));
        cityDigest.setVisible(coordinator);
        binder.forField(cityDigest).bind("cityDigest");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("version");
        getContent().add(email, followUpDigest, assignedMail, cityDigest);
        binder.readRecord(stored);
    }

    /** Shows the choices as stored (after a save: with the new version). */
    void show(MailSettingsData data) {
        binder.readRecord(data);
    }
}
