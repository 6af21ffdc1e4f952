package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.training.SessionData;
import org.jcpp.liaison.training.SessionDetails;
import org.jcpp.liaison.training.TrainingSessionService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;

/**
 * Logging a formal training session ({@code training/sessions/log}) or changing one ({@code .../log/ID}): the topic is
 * taught at its current revision; attendees are a count, with names or badge numbers only if the department wants them.
 */
@Route("training/sessions/log")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SessionFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final SessionDataForm form;
    final Paragraph revisionNote = new Paragraph();
    final Button save = new SaveButton("", this::save);
    final Button delete = new Button();

    private final TrainingSessionService sessions;
    private @Nullable SessionDetails editing;

    SessionFormView(
            TrainingSessionService sessions,
            TrainingTopicService topics,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        var topicTitles = new LinkedHashMap<Long, String>();
        topics.active().forEach(t -> topicTitles.put(t.id(), t.title()));
        form = new SessionDataForm(
                new Labels(referenceData, directory.allDisplayNames()), currentUser, topicTitles, clock);
        addClassName("session-form-view");
        setMaxWidth("50rem");
        revisionNote.setVisible(false);
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        delete.setVisible(false);
        add(revisionNote, form, FormActions.buttons(this, save, "training.sessions.save", this::leave, delete));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        editing = Records.orNotFound(event, () -> sessions.get(id)).orElse(null);
        if (editing == null) {
            return;
        }
        form.read(
                new SessionData(
                        editing.topic().topicId(),
                        editing.heldOn(),
                        editing.departmentId(),
                        editing.trainers(),
                        editing.hours(),
                        editing.attendees(),
                        editing.attendeeList(),
                        editing.rating(),
                        editing.evaluationComments()),
                editing.topic().title());
        revisionNote.setText(getTranslation(
                "training.sessions.taught-revision",
                editing.topic().title(),
                editing.topic().revision()));
        revisionNote.setVisible(true);
        delete.setVisible(editing.canEdit());
        save.setEnabled(editing.canEdit());
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(
                                this,
                                List.of(data.trainers(), data.evaluationComments(), data.attendeeList()),
                                () -> send(data),
                                form.comments::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(SessionData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null ? sessions.log(data) : sessions.update(editing.id(), editing.version(), data),
                editing == null ? "training.sessions.logged" : "training.sessions.updated",
                saved -> getUI().ifPresent(ui -> ui.navigate(SessionListView.class)));
    }

    private void confirmDelete() {
        var stored = java.util.Objects.requireNonNull(editing); // Delete is offered for a stored session only
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("training.sessions.delete.title"));
        dialog.setText(getTranslation("training.sessions.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            boolean ok = FormErrors.attempt(this, Map.of(), () -> sessions.delete(stored.id(), stored.version()));
            if (ok) {
                Notices.success(getTranslation("training.sessions.deleted"));
                getUI().ifPresent(ui -> ui.navigate(SessionListView.class));
            }
        });
        dialog.open();
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(SessionListView.class));
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "training.sessions.log" : "training.sessions.edit");
    }
}
