package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.DecimalField;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.training.SessionData;
import org.jcpp.liaison.training.SessionDetails;
import org.jcpp.liaison.training.TrainingLimits;
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

    /** The form's values, kept as typed. */
    static class Form {
        private @Nullable Long topicId;
        private @Nullable LocalDate heldOn;
        private @Nullable Long departmentId;
        private String trainers = "";
        private @Nullable BigDecimal hours;
        private @Nullable Integer attendees;
        private String attendeeList = "";
        private @Nullable BigDecimal rating;
        private String comments = "";

        public @Nullable Long getTopicId() {
            return topicId;
        }

        public void setTopicId(@Nullable Long v) {
            topicId = v;
        }

        public @Nullable LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(@Nullable LocalDate v) {
            heldOn = v;
        }

        public @Nullable Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(@Nullable Long v) {
            departmentId = v;
        }

        public String getTrainers() {
            return trainers;
        }

        public void setTrainers(String v) {
            trainers = v == null ? "" : v;
        }

        public @Nullable BigDecimal getHours() {
            return hours;
        }

        public void setHours(@Nullable BigDecimal v) {
            hours = v;
        }

        public @Nullable Integer getAttendees() {
            return attendees;
        }

        public void setAttendees(@Nullable Integer v) {
            attendees = v;
        }

        public String getAttendeeList() {
            return attendeeList;
        }

        public void setAttendeeList(String v) {
            attendeeList = v == null ? "" : v;
        }

        public @Nullable BigDecimal getRating() {
            return rating;
        }

        public void setRating(@Nullable BigDecimal v) {
            rating = v;
        }

        public String getComments() {
            return comments;
        }

        public void setComments(String v) {
            comments = v == null ? "" : v;
        }
    }

    final ComboBox<Long> topic = new ComboBox<>();
    final DateField heldOn = new DateField();
    final ComboBox<Long> department = new ComboBox<>();
    final TextField trainers = new TextField();
    final DecimalField hours = new DecimalField();
    final WholeNumberField attendees = new WholeNumberField();
    final TextArea attendeeList = new TextArea();
    final DecimalField rating = new DecimalField();
    final TextArea comments = new TextArea();
    final Paragraph revisionNote = new Paragraph();
    final Button save = new SaveButton("", this::save);
    final Button delete = new Button();

    private final TrainingSessionService sessions;
    private final Names names;
    private final CurrentUser currentUser;
    private final Map<Long, String> topicTitles = new LinkedHashMap<>();
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();
    private @Nullable SessionDetails editing;
    private final Clock clock;

    SessionFormView(
            TrainingSessionService sessions,
            TrainingTopicService topics,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.names = new Names(referenceData, directory);
        addClassName("session-form-view");
        setMaxWidth("50rem");

        topics.active().forEach(t -> topicTitles.put(t.id(), t.title()));
        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(topicTitles.keySet());
        topic.setItemLabelGenerator(id -> topicTitles.getOrDefault(id, ""));
        binder.forField(topic)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getTopicId, Form::setTopicId);
        heldOn.setLabel(getTranslation("training.sessions.date"));
        var window = PastWindow.asOf(clock);
        heldOn.setMin(window.earliest());
        heldOn.setMax(window.today(), getTranslation("training.date.future"));
        binder.forField(heldOn)
                .asRequired(getTranslation("validation.required"))
                .withValidator(d -> !PastWindow.asOf(clock).isFuture(d), getTranslation("training.date.future"))
                .bind(Form::getHeldOn, Form::setHeldOn);
        setDepartments(null);
        department.setLabel(getTranslation("rollcall.department"));
        binder.forField(department)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getDepartmentId, Form::setDepartmentId);
        trainers.setLabel(getTranslation("training.sessions.trainers"));
        trainers.setHelperText(getTranslation("training.sessions.trainers.help"));
        binder.forField(trainers)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("training.trainers.too-long"), 0, TrainingLimits.TRAINERS_MAX))
                .bind(Form::getTrainers, Form::setTrainers);
        hours.setLabel(getTranslation("training.sessions.hours"));
        hours.setHelperText(getTranslation("training.sessions.hours.help"));
        binder.forField(hours)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new BigDecimalRangeValidator(
                        getTranslation("training.hours.range"), TrainingLimits.HOURS_MIN, TrainingLimits.HOURS_MAX))
                .bind(Form::getHours, Form::setHours);
        attendees.setLabel(getTranslation("training.sessions.attendees"));
        attendees.setStepButtonsVisible(true);
        attendees.setRangeMessage(getTranslation("training.attendees.range"));
        binder.forField(attendees)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("training.attendees.range"),
                        TrainingLimits.ATTENDEES_MIN,
                        TrainingLimits.ATTENDEES_MAX))
                .bind(Form::getAttendees, Form::setAttendees);
        attendeeList.setLabel(getTranslation("training.sessions.attendee-list"));
        attendeeList.setHelperText(getTranslation("training.sessions.attendee-list.help"));
        attendeeList.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(attendeeList)
                .withValidator(new StringLengthValidator(
                        getTranslation("training.attendee-list.too-long"), 0, TrainingLimits.ATTENDEE_LIST_MAX))
                .bind(Form::getAttendeeList, Form::setAttendeeList);
        rating.setLabel(getTranslation("training.sessions.rating"));
        rating.setHelperText(getTranslation("training.sessions.rating.help"));
        binder.forField(rating)
                .withValidator(new BigDecimalRangeValidator(
                        getTranslation("training.rating.range"), TrainingLimits.RATING_MIN, TrainingLimits.RATING_MAX))
                .bind(Form::getRating, Form::setRating);
        comments.setLabel(getTranslation("training.sessions.comments"));
        comments.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(comments)
                .withValidator(new StringLengthValidator(
                        getTranslation("training.comments.too-long"), 0, TrainingLimits.COMMENTS_MAX))
                .bind(Form::getComments, Form::setComments);
        revisionNote.setVisible(false);

        var layout =
                new FormLayout(topic, heldOn, department, trainers, hours, attendees, attendeeList, rating, comments);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(topic, 2);
        layout.setColspan(attendeeList, 2);
        layout.setColspan(comments, 2);
        save.setText(getTranslation("training.sessions.save"));
        var cancel = new Button(getTranslation("action.cancel"), e -> leave());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        delete.setVisible(false);
        var buttons = new HorizontalLayout(save, cancel, delete);
        buttons.addClassName("form-actions");
        add(revisionNote, layout, buttons);

        form.setHeldOn(LocalDate.now());
        var offered = department.getListDataView().getItems().toList();
        if (offered.size() == 1) {
            form.setDepartmentId(offered.getFirst());
        }
        binder.readBean(form);
    }

    private void setDepartments(@Nullable Long keep) {
        var offered = names.reference.departmentsWhere(currentUser.scope()::allows, true, keep);
        department.setItems(offered.keySet());
        department.setItemLabelGenerator(id -> offered.getOrDefault(id, names.reference.department(id)));
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
        if (!topicTitles.containsKey(editing.topic().topicId())) {
            topicTitles.put(editing.topic().topicId(), editing.topic().title());
            topic.setItems(topicTitles.keySet());
        }
        setDepartments(editing.departmentId());
        form.setTopicId(editing.topic().topicId());
        form.setHeldOn(editing.heldOn());
        form.setDepartmentId(editing.departmentId());
        form.setTrainers(editing.trainers());
        form.setHours(editing.hours());
        form.setAttendees(editing.attendees());
        form.setAttendeeList(editing.attendeeList());
        form.setRating(editing.rating());
        form.setComments(editing.evaluationComments());
        binder.readBean(form);
        revisionNote.setText(getTranslation(
                "training.sessions.taught-revision",
                editing.topic().title(),
                editing.topic().revision()));
        revisionNote.setVisible(true);
        delete.setVisible(editing.canEdit());
        save.setEnabled(editing.canEdit());
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        WordingCheck.thenSave(
                this,
                List.of(form.getTrainers(), form.getComments(), form.getAttendeeList()),
                this::send,
                comments::focus);
    }

    private void send() {
        var data = new SessionData(
                form.getTopicId(),
                form.getHeldOn(),
                form.getDepartmentId(),
                form.getTrainers(),
                form.getHours(),
                form.getAttendees(),
                form.getAttendeeList(),
                form.getRating(),
                form.getComments());
        boolean ok = FormErrors.attempt(this, fields(), () -> {
            if (editing == null) {
                sessions.log(data);
            } else {
                sessions.update(editing.id(), editing.version(), data);
            }
        });
        if (ok) {
            Notices.success(getTranslation(editing == null ? "training.sessions.logged" : "training.sessions.updated"));
            getUI().ifPresent(ui -> ui.navigate(SessionListView.class));
        }
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("training.sessions.delete.title"));
        dialog.setText(getTranslation("training.sessions.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            boolean ok = FormErrors.attempt(this, Map.of(), () -> sessions.delete(editing.id(), editing.version()));
            if (ok) {
                Notices.success(getTranslation("training.sessions.deleted"));
                getUI().ifPresent(ui -> ui.navigate(SessionListView.class));
            }
        });
        dialog.open();
    }

    private Map<String, HasValidation> fields() {
        var fields = new java.util.HashMap<String, HasValidation>();
        fields.put("topicId", topic);
        fields.put("heldOn", heldOn);
        fields.put("departmentId", department);
        fields.put("trainers", trainers);
        fields.put("hours", hours);
        fields.put("attendees", attendees);
        fields.put("attendeeList", attendeeList);
        fields.put("rating", rating);
        fields.put("evaluationComments", comments);
        return fields;
    }

    private void leave() {
        DraftKeeper.finish(this); // cancelled: what was typed is not kept
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
