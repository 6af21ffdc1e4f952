package org.jcpp.liaison.rollcall.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.RollCallLimits;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a roll-call briefing, bound to a {@link BriefingData} record by its component names: which shift of
 * which department, who presented, the topics, officers and minutes, and what came of it. A department brings its own
 * shifts and the colleagues who may present. The view places it and saves what {@link #write()} gives.
 */
class BriefingDataForm extends RecordForm<BriefingData, FormLayout> {

    final DateField briefedOn = new DateField();
    final ComboBox<Long> department = new ComboBox<>();
    final Select<Long> shift = new Select<>();
    final MultiSelectComboBox<Long> topics = new MultiSelectComboBox<>();
    final WholeNumberField officers = new WholeNumberField();
    final WholeNumberField minutes = new WholeNumberField();
    final ComboBox<UserRef> presenter = new ComboBox<>();
    final TextArea feedback = new TextArea();
    final TextArea followUps = new TextArea();

    private final Labels names;
    /** Every topic's title, retired ones too (a stored briefing may cover one). */
    private final Map<Long, String> allTopicTitles;

    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Map<Long, String> topicTitles;

    /** The stored briefing being changed (its shift and presenter stay offered), or null for a new one. */
    private @Nullable BriefingData stored;

    BriefingDataForm(
            Labels names,
            Map<Long, String> allTopicTitles,
            AccountDirectory directory,
            CurrentUser currentUser,
            Map<Long, String> topicTitles,
            Clock clock) {
        super(BriefingData.class);
        this.names = names;
        this.allTopicTitles = allTopicTitles;
        this.directory = directory;
        this.currentUser = currentUser;
        this.topicTitles = topicTitles;
        bindWhen(clock);
        bindWhere();
        bindWhat();
        bindTexts();
        layOut();
        department.addValueChangeListener(e -> departmentChanged());
        departmentChanged();
    }

    private void bindWhen(Clock clock) {
        briefedOn.setLabel(getTranslation("rollcall.date"));
        pastDay(briefedOn, "briefedOn", "rollcall.date.future", clock);
    }

    private void bindWhere() {
        offerDepartments(null);
        department.setLabel(getTranslation("rollcall.department"));
        required(department, "departmentId");
        chooseIfOnlyOne(department);
        shift.setLabel(getTranslation("rollcall.shift"));
        shift.setItemLabelGenerator(id -> id == null ? "" : names.reference.shift(id));
        shift.setEmptySelectionAllowed(false);
        required(shift, "shiftId");
        presenter.setLabel(getTranslation("rollcall.presenter"));
        presenter.setItemLabelGenerator(UserRef::displayName);
        binder.forField(presenter).withConverter(new PresenterId()).bind("presenterId");
    }

    private void bindWhat() {
        topics.setLabel(getTranslation("rollcall.topics"));
        topics.setItems(topicTitles.keySet());
        topics.setItemLabelGenerator(id -> topicTitles.getOrDefault(id, allTopicTitles.getOrDefault(id, "")));
        MultiPicks.closeOnPick(topics);
        MultiPicks.wholeNames(topics);
        topics.setRequiredIndicatorVisible(true);
        binder.forField(topics)
                .withValidator(set -> !set.isEmpty(), getTranslation("rollcall.topics.required"))
                .bind("topicIds");
        officers.setLabel(getTranslation("rollcall.officers"));
        officers.setStepButtonsVisible(true);
        officers.setRangeMessage(getTranslation("rollcall.officers.range"));
        binder.forField(officers)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("rollcall.officers.range"),
                        RollCallLimits.OFFICERS_MIN,
                        RollCallLimits.OFFICERS_MAX))
                .bind("officers");
        minutes.setLabel(getTranslation("rollcall.minutes"));
        minutes.setStepButtonsVisible(true);
        minutes.setRangeMessage(getTranslation("rollcall.minutes.range"));
        minutes.setValue(15);
        binder.forField(minutes)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("rollcall.minutes.range"),
                        RollCallLimits.MINUTES_MIN,
                        RollCallLimits.MINUTES_MAX))
                .bind("minutes");
    }

    private void bindTexts() {
        for (var text : List.of(
                new Text(feedback, "feedback", "rollcall.feedback"),
                new Text(followUps, "followUps", "rollcall.follow-ups"))) {
            text.area().setLabel(getTranslation(text.key()));
            text.area().setHelperText(getTranslation(text.key() + ".help"));
            text.area().setValueChangeMode(ValueChangeMode.EAGER);
            binder.forField(text.area())
                    .withValidator(new StringLengthValidator(
                            getTranslation("rollcall.text.too-long"), 0, RollCallLimits.TEXT_MAX))
                    .bind(text.component());
        }
    }

    private record Text(TextArea area, String component, String key) {}

    private void layOut() {
        var layout = getContent();
        layout.add(briefedOn, department, shift, presenter, topics, officers, minutes, feedback, followUps);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(topics, 2);
        layout.setColspan(feedback, 2);
        layout.setColspan(followUps, 2);
    }

    /** Shows a stored briefing: its department, shift and presenter stay offered even if no longer active. */
    void read(BriefingData briefing) {
        stored = briefing;
        topics.setItems(topicTitles.keySet());
        offerDepartments(briefing.departmentId());
        department.setValue(briefing.departmentId());
        departmentChanged();
        binder.readRecord(briefing);
    }

    private void offerDepartments(@Nullable Long keep) {
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
        Long storedShift = stored == null ? null : stored.shiftId();
        List<Long> shiftIds = chosen == null ? List.of() : names.reference.shiftsOf(chosen.id(), storedShift);
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
        if (stored != null && stored.presenterId() != null && chosen != null && chosen.id() == stored.departmentId()) {
            var storedPresenter = new UserRef(stored.presenterId(), names.user(stored.presenterId()));
            if (!choices.contains(storedPresenter)) {
                choices.add(storedPresenter); // editing keeps the presenter even if they no longer serve the city
            }
        }
        UserRef current = presenter.getValue();
        presenter.setItems(choices);
        presenter.setValue(current != null && choices.contains(current) ? current : myself);
    }

    /** The presenter chosen (a colleague's name) as the record's presenter id. */
    private final class PresenterId implements Converter<UserRef, Long> {

        @Override
        public Result<Long> convertToModel(@Nullable UserRef value, ValueContext context) {
            return Result.ok(value == null ? null : value.id());
        }

        @Override
        public @Nullable UserRef convertToPresentation(@Nullable Long id, ValueContext context) {
            return id == null ? null : new UserRef(id, names.user(id));
        }
    }
}
