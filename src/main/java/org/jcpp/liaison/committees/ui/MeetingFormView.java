package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
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
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.MeetingData;
import org.jcpp.liaison.committees.MeetingDetails;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * Planning or recording a committee meeting ({@code committees/meeting/edit?committee=ID}), or changing one
 * ({@code committees/meeting/edit/ID}). A refused save marks the field and keeps everything typed.
 */
@Route("committees/meeting/edit")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class MeetingFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final MeetingDataForm form;
    final Button save = new SaveButton("", this::save);

    private final MeetingService meetings;
    private final CommitteeService committees;
    private @Nullable MeetingDetails editing;
    private @Nullable Long committeeId;

    MeetingFormView(
            MeetingService meetings,
            CommitteeService committees,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.meetings = meetings;
        this.committees = committees;
        form = new MeetingDataForm(
                committees, meetings, directory, currentUser, referenceData.names(ReferenceKind.LANGUAGE), clock);
        addClassName("meeting-form-view");
        setMaxWidth("55rem");
        add(form, FormActions.buttons(this, save, "committees.meeting.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            Addresses.longParameter(event.getLocation(), "committee")
                    .flatMap(committee -> Records.orNotFound(event, () -> committees.get(committee)))
                    .ifPresent(committee -> {
                        committeeId = committee.id();
                        form.startFor(committee);
                    });
            return;
        }
        editing = Records.toEdit(event, () -> meetings.get(id), MeetingDetails::canEdit)
                .orElse(null);
        if (editing != null) {
            committeeId = editing.data().committeeId();
            form.read(editing.data(), editing.committeeName());
        }
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(this, form.texts(), () -> send(data), form.minutes::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(MeetingData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null ? meetings.create(data) : meetings.update(editing.id(), editing.version(), data),
                "committees.meeting.saved",
                saved -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class, saved.id())));
    }

    private void leave() {
        var stored = editing;
        var committee = committeeId;
        getUI().ifPresent(ui -> {
            if (stored != null) {
                ui.navigate(MeetingView.class, stored.id());
            } else if (committee != null) {
                ui.navigate(CommitteeView.class, committee);
            } else {
                ui.navigate(CommitteeListView.class);
            }
        });
    }

    @Override
    public Map<String, Integer> draftShape() {
        return form.rowCounts();
    }

    @Override
    public void prepareForDraft(Map<String, Integer> shape) {
        form.openRows(shape);
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "committees.meeting.add" : "committees.meeting.edit");
    }
}
