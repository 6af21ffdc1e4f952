package org.jcpp.liaison.rollcall.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.cities.DepartmentRef;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.BriefingDetails;
import org.jcpp.liaison.rollcall.RollCallLimits;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.RevisionRef;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;

/**
 * Logging a roll-call briefing right after roll-call, from a phone ({@code rollcall/log}), or changing one
 * ({@code rollcall/log/ID}): which shift of which department, the topics covered, how many officers, what they asked.
 * A refused save marks the field and keeps everything typed; the save button works once per click.
 */
@Route("rollcall/log")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class BriefingFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    /** The form's values, kept as typed. */
    static class Form {
        private @Nullable LocalDate briefedOn;
        private @Nullable Long departmentId;
        private @Nullable Long shiftId;
        private @Nullable UserRef presenter;
        private Set<Long> topicIds = new HashSet<>();
        private @Nullable Integer officers;
        private @Nullable Integer minutes;
        private String feedback = "";
        private String followUps = "";

        public @Nullable LocalDate getBriefedOn() {
            return briefedOn;
        }

        public void setBriefedOn(@Nullable LocalDate v) {
            briefedOn = v;
        }

        public @Nullable Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(@Nullable Long v) {
            departmentId = v;
        }

        public @Nullable Long getShiftId() {
            return shiftId;
        }

        public void setShiftId(@Nullable Long v) {
            shiftId = v;
        }

        public @Nullable UserRef getPresenter() {
            return presenter;
        }

        public void setPresenter(@Nullable UserRef v) {
            presenter = v;
        }

        public Set<Long> getTopicIds() {
            return topicIds;
        }

        public void setTopicIds(Set<Long> v) {
            topicIds = new HashSet<>(v);
        }

        public @Nullable Integer getOfficers() {
            return officers;
        }

        public void setOfficers(@Nullable Integer v) {
            officers = v;
        }

        public @Nullable Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(@Nullable Integer v) {
            minutes = v;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String v) {
            feedback = v == null ? "" : v;
        }

        public String getFollowUps() {
            return followUps;
        }

        public void setFollowUps(String v) {
            followUps = v == null ? "" : v;
        }
    }

    final DateField briefedOn = new DateField();
    final ComboBox<Long> department = new ComboBox<>();
    final Select<Long> shift = new Select<>();
    final MultiSelectComboBox<Long> topics = new MultiSelectComboBox<>();
    final WholeNumberField officers = new WholeNumberField();
    final WholeNumberField minutes = new WholeNumberField();
    final ComboBox<UserRef> presenter = new ComboBox<>();
    final TextArea feedback = new TextArea();
    final TextArea followUps = new TextArea();
    final Button save = new SaveButton("", this::save);

    private final RollCallService rollCall;
    private final Clock clock;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Names names;
    private final Map<Long, String> topicTitles = new LinkedHashMap<>();
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();
    private @Nullable BriefingDetails editing;

    BriefingFormView(
            RollCallService rollCall,
            TrainingTopicService topicService,
            org.jcpp.liaison.cities.ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.clock = clock;
        this.rollCall = rollCall;
        this.directory = directory;
        this.currentUser = currentUser;
        this.names = new Names(referenceData, directory, topicService);
        addClassName("briefing-form-view");
        setMaxWidth("50rem");

        briefedOn.setLabel(getTranslation("rollcall.date"));
        var window = PastWindow.asOf(clock);
        briefedOn.setMin(window.earliest());
        briefedOn.setMax(window.today(), getTranslation("rollcall.date.future"));
        binder.forField(briefedOn)
                .asRequired(getTranslation("validation.required"))
                .withValidator(d -> !PastWindow.asOf(clock).isFuture(d), getTranslation("rollcall.date.future"))
                .bind(Form::getBriefedOn, Form::setBriefedOn);

        setDepartments(null);
        department.setLabel(getTranslation("rollcall.department"));
        binder.forField(department)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getDepartmentId, Form::setDepartmentId);
        shift.setLabel(getTranslation("rollcall.shift"));
        shift.setItemLabelGenerator(id -> id == null ? "" : names.reference.shift(id));
        shift.setEmptySelectionAllowed(false);
        binder.forField(shift)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getShiftId, Form::setShiftId);

        topicService.active().forEach(t -> topicTitles.put(t.id(), t.title()));
        topics.setLabel(getTranslation("rollcall.topics"));
        topics.setItems(topicTitles.keySet());
        topics.setItemLabelGenerator(id -> topicTitles.getOrDefault(id, names.topics.getOrDefault(id, "")));
        org.jcpp.liaison.base.ui.MultiPicks.closeOnPick(topics);
        org.jcpp.liaison.base.ui.MultiPicks.wholeNames(topics);
        binder.forField(topics)
                .withValidator(set -> !set.isEmpty(), getTranslation("rollcall.topics.required"))
                .bind(Form::getTopicIds, Form::setTopicIds);
        topics.setRequiredIndicatorVisible(true);

        officers.setLabel(getTranslation("rollcall.officers"));
        officers.setStepButtonsVisible(true);
        officers.setRangeMessage(getTranslation("rollcall.officers.range"));
        binder.forField(officers)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("rollcall.officers.range"),
                        RollCallLimits.OFFICERS_MIN,
                        RollCallLimits.OFFICERS_MAX))
                .bind(Form::getOfficers, Form::setOfficers);
        minutes.setLabel(getTranslation("rollcall.minutes"));
        minutes.setStepButtonsVisible(true);
        minutes.setRangeMessage(getTranslation("rollcall.minutes.range"));
        binder.forField(minutes)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("rollcall.minutes.range"),
                        RollCallLimits.MINUTES_MIN,
                        RollCallLimits.MINUTES_MAX))
                .bind(Form::getMinutes, Form::setMinutes);
        presenter.setLabel(getTranslation("rollcall.presenter"));
        presenter.setItemLabelGenerator(UserRef::displayName);
        binder.forField(presenter).bind(Form::getPresenter, Form::setPresenter);

        text(feedback, "rollcall.feedback", "rollcall.feedback.help", Form::getFeedback, Form::setFeedback);
        text(followUps, "rollcall.follow-ups", "rollcall.follow-ups.help", Form::getFollowUps, Form::setFollowUps);

        var layout =
                new FormLayout(briefedOn, department, shift, presenter, topics, officers, minutes, feedback, followUps);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(topics, 2);
        layout.setColspan(feedback, 2);
        layout.setColspan(followUps, 2);
        save.setText(getTranslation("rollcall.save"));
        var cancel = new Button(getTranslation("action.cancel"), e -> leave());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-actions");
        add(layout, buttons);

        department.addValueChangeListener(e -> departmentChanged());
        form.setBriefedOn(LocalDate.now());
        form.setMinutes(15);
        var offered = department.getListDataView().getItems().toList();
        if (offered.size() == 1) {
            form.setDepartmentId(offered.getFirst());
        }
        binder.readBean(form);
        departmentChanged();
    }

    private void text(
            TextArea area,
            String labelKey,
            String helpKey,
            com.vaadin.flow.function.ValueProvider<Form, String> getter,
            com.vaadin.flow.data.binder.Setter<Form, String> setter) {
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation(helpKey));
        area.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(area)
                .withValidator(
                        new StringLengthValidator(getTranslation("rollcall.text.too-long"), 0, RollCallLimits.TEXT_MAX))
                .bind(getter, setter);
    }

    private void setDepartments(@Nullable Long keep) {
        var offered = names.reference.departmentsWhere(currentUser.scope()::allows, true, keep);
        department.setItems(offered.keySet());
        department.setItemLabelGenerator(id -> offered.getOrDefault(id, names.reference.department(id)));
    }

    /** A department brings its own shifts and the colleagues who may present in its city. */
    private void departmentChanged() {
        Long departmentId = department.getValue();
        DepartmentRef chosen = departmentId == null
                ? null
                : names.reference.departmentRef(departmentId).orElse(null);
        Long stored = editing == null ? null : editing.shiftId();
        List<Long> shiftIds = chosen == null ? List.of() : names.reference.shiftsOf(chosen.id(), stored);
        Long currentShift = shift.getValue();
        shift.setItems(shiftIds);
        if (currentShift != null && shiftIds.contains(currentShift)) {
            shift.setValue(currentShift);
        }
        long me = currentUser.requireId();
        UserRef myself = new UserRef(me, names.user(me));
        var choices = new ArrayList<UserRef>(chosen == null ? List.of() : directory.colleaguesIn(chosen.cityId()));
        if (!choices.contains(myself)) {
            choices.addFirst(myself);
        }
        if (editing != null && chosen != null && chosen.id() == editing.departmentId()) {
            var storedPresenter = new UserRef(editing.presenterId(), names.user(editing.presenterId()));
            if (!choices.contains(storedPresenter)) {
                choices.add(storedPresenter); // editing keeps the presenter even if they no longer serve the city
            }
        }
        UserRef current = presenter.getValue();
        presenter.setItems(choices);
        presenter.setValue(current != null && choices.contains(current) ? current : myself);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        editing = Records.orNotFound(event, () -> rollCall.get(id)).orElse(null);
        if (editing == null) {
            return;
        }
        if (!editing.canEdit()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        for (RevisionRef covered : editing.topics()) {
            topicTitles.putIfAbsent(covered.topicId(), covered.title());
        }
        topics.setItems(topicTitles.keySet());
        setDepartments(editing.departmentId());
        form.setBriefedOn(editing.briefedOn());
        form.setDepartmentId(editing.departmentId());
        form.setShiftId(editing.shiftId());
        form.setPresenter(new UserRef(editing.presenterId(), names.user(editing.presenterId())));
        form.setTopicIds(
                editing.topics().stream().map(RevisionRef::topicId).collect(java.util.stream.Collectors.toSet()));
        form.setOfficers(editing.officers());
        form.setMinutes(editing.minutes());
        form.setFeedback(editing.feedback());
        form.setFollowUps(editing.followUps());
        department.setValue(editing.departmentId());
        departmentChanged();
        binder.readBean(form);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        WordingCheck.thenSave(this, List.of(form.getFeedback(), form.getFollowUps()), this::send, feedback::focus);
    }

    private void send() {
        var data = new BriefingData(
                form.getBriefedOn(),
                form.getDepartmentId(),
                form.getShiftId(),
                form.getPresenter() == null ? null : form.getPresenter().id(),
                form.getTopicIds(),
                form.getOfficers(),
                form.getMinutes(),
                form.getFeedback(),
                form.getFollowUps());
        BriefingDetails[] saved = new BriefingDetails[1];
        boolean ok = FormErrors.attempt(
                this,
                fields(),
                () -> saved[0] =
                        editing == null ? rollCall.log(data) : rollCall.update(editing.id(), editing.version(), data));
        if (ok) {
            Notices.success(getTranslation(editing == null ? "rollcall.logged" : "rollcall.updated"));
            getUI().ifPresent(ui -> ui.navigate(BriefingView.class, saved[0].id()));
        }
    }

    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("briefedOn", briefedOn);
        fields.put("departmentId", department);
        fields.put("shiftId", shift);
        fields.put("presenterId", presenter);
        fields.put("topicIds", topics);
        fields.put("officers", officers);
        fields.put("minutes", minutes);
        fields.put("feedback", feedback);
        fields.put("followUps", followUps);
        return fields;
    }

    private void leave() {
        DraftKeeper.finish(this); // cancelled: what was typed is not kept
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(BriefingListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(BriefingView.class, editing.id()));
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "rollcall.log" : "rollcall.edit");
    }
}
