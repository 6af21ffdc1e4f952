package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactDetails;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/**
 * The quick-log form, built for a phone: when, where, who came (a headcount, not names), languages, topics, a summary,
 * and the needs raised. {@code contacts/log} logs a new contact; {@code contacts/log/ID} edits one. A refused save
 * marks the field and keeps everything typed.
 */
@Route("contacts/log")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class ContactFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final ContactDataForm form;
    final Button save = new SaveButton("", this::save);

    private final ContactService contacts;
    private @Nullable ContactDetails editing;

    ContactFormView(
            ContactService contacts,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.contacts = contacts;
        form = new ContactDataForm(
                contacts, new Labels(referenceData, directory.allDisplayNames()), directory, currentUser, clock);
        addClassName("contact-form-view");
        setMaxWidth("60rem");
        add(form, FormActions.buttons(this, save, "contacts.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            fromEvent(event.getLocation());
            return;
        }
        editing = Records.toEdit(event, () -> contacts.get(id), ContactDetails::canEdit)
                .orElse(null);
        if (editing == null) {
            return;
        }
        form.read(editing.data());
    }

    /**
     * {@code contacts/log?event=ID&city=ID&at=…} from an outreach event's page: the contact is the event's, in its city
     * and at its time, and a first need is ready to be described.
     */
    private void fromEvent(com.vaadin.flow.router.Location location) {
        Long eventId = Addresses.longParameter(location, "event").orElse(null);
        if (eventId == null) {
            return;
        }
        form.readFromEvent(
                eventId,
                Addresses.longParameter(location, "city").orElse(null),
                Addresses.dateTimeParameter(location, "at").orElse(null));
        var fromEvent = new Anchor("event/" + eventId, getTranslation("contacts.from-event"));
        fromEvent.addClassName("from-event");
        addComponentAsFirst(fromEvent);
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(this, form.texts(), () -> send(data), form.summary::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(ContactData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null ? contacts.log(data) : contacts.update(editing.id(), editing.version(), data),
                editing == null ? "contacts.logged" : "contacts.updated",
                saved -> getUI().ifPresent(ui -> ui.navigate(
                        ContactView.class,
                        saved.id(),
                        editing == null ? QueryParameters.of("logged", "1") : QueryParameters.empty())));
    }

    private void leave() {
        var stored = editing;
        if (stored == null) {
            getUI().ifPresent(ui -> ui.navigate(ContactListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ContactView.class, stored.id()));
        }
    }

    @Override
    public Map<String, Integer> draftShape() {
        return Map.of("needs", form.needCount());
    }

    @Override
    public void prepareForDraft(Map<String, Integer> shape) {
        form.openNeedEditors(shape.getOrDefault("needs", 0));
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "contacts.log" : "contacts.edit");
    }
}
