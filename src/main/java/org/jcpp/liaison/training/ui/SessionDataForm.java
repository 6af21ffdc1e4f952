package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.DecimalField;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.training.SessionData;
import org.jcpp.liaison.training.TrainingLimits;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a formal training session, bound to a {@link SessionData} record by its component names: the topic,
 * when and for which department, who trained, how long, how many attended (names only if the department wants them)
 * and the evaluation. The view places it and saves what {@link #write()} gives.
 */
class SessionDataForm extends RecordForm<SessionData, FormLayout> {

    final ComboBox<Long> topic = new ComboBox<>();
    final DateField heldOn = new DateField();
    final ComboBox<Long> department = new ComboBox<>();
    final TextField trainers = new TextField();
    final DecimalField hours = new DecimalField();
    final WholeNumberField attendees = new WholeNumberField();
    final TextArea attendeeList = new TextArea();
    final DecimalField rating = new DecimalField();
    final TextArea comments = new TextArea();

    private final Labels names;
    private final CurrentUser currentUser;
    private final Map<Long, String> topicTitles;

    SessionDataForm(Labels names, CurrentUser currentUser, Map<Long, String> topicTitles, Clock clock) {
        super(SessionData.class);
        this.names = names;
        this.currentUser = currentUser;
        this.topicTitles = topicTitles;
        bindWhatAndWhen(clock);
        bindWho();
        bindTexts();
        layOut();
    }

    private void bindWhatAndWhen(Clock clock) {
        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(topicTitles.keySet());
        topic.setItemLabelGenerator(id -> topicTitles.getOrDefault(id, ""));
        required(topic, "topicId");
        heldOn.setLabel(getTranslation("training.sessions.date"));
        pastDay(heldOn, "heldOn", "training.date.future", clock);
        offerDepartments(null);
        department.setLabel(getTranslation("rollcall.department"));
        required(department, "departmentId");
        chooseIfOnlyOne(department);
        hours.setLabel(getTranslation("training.sessions.hours"));
        hours.setHelperText(getTranslation("training.sessions.hours.help"));
        binder.forField(hours)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new BigDecimalRangeValidator(
                        getTranslation("training.hours.range"), TrainingLimits.HOURS_MIN, TrainingLimits.HOURS_MAX))
                .bind("hours");
    }

    private void bindWho() {
        trainers.setLabel(getTranslation("training.sessions.trainers"));
        trainers.setHelperText(getTranslation("training.sessions.trainers.help"));
        binder.forField(trainers)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("training.trainers.too-long"), 0, TrainingLimits.TRAINERS_MAX))
                .bind("trainers");
        attendees.setLabel(getTranslation("training.sessions.attendees"));
        attendees.setStepButtonsVisible(true);
        attendees.setRangeMessage(getTranslation("training.attendees.range"));
        binder.forField(attendees)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("training.attendees.range"),
                        TrainingLimits.ATTENDEES_MIN,
                        TrainingLimits.ATTENDEES_MAX))
                .bind("attendees");
        rating.setLabel(getTranslation("training.sessions.rating"));
        rating.setHelperText(getTranslation("training.sessions.rating.help"));
        binder.forField(rating)
                .withValidator(new BigDecimalRangeValidator(
                        getTranslation("training.rating.range"), TrainingLimits.RATING_MIN, TrainingLimits.RATING_MAX))
                .bind("rating");
    }

    private void bindTexts() {
        attendeeList.setHelperText(getTranslation("training.sessions.attendee-list.help"));
        for (var text : List.of(
                new Text(
                        attendeeList,
                        "attendeeList",
                        "training.sessions.attendee-list",
                        "training.attendee-list.too-long",
                        TrainingLimits.ATTENDEE_LIST_MAX),
                new Text(
                        comments,
                        "evaluationComments",
                        "training.sessions.comments",
                        "training.comments.too-long",
                        TrainingLimits.COMMENTS_MAX))) {
            text.area().setLabel(getTranslation(text.label()));
            text.area().setValueChangeMode(ValueChangeMode.EAGER);
            binder.forField(text.area())
                    .withValidator(new StringLengthValidator(getTranslation(text.tooLong()), 0, text.max()))
                    .bind(text.component());
        }
    }

    private record Text(TextArea area, String component, String label, String tooLong, int max) {}

    private void layOut() {
        var layout = getContent();
        layout.add(topic, heldOn, department, trainers, hours, attendees, attendeeList, rating, comments);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(topic, 2);
        layout.setColspan(attendeeList, 2);
        layout.setColspan(comments, 2);
    }

    /** Shows a stored session: its topic and department stay offered even if retired or no longer active. */
    void read(SessionData session, String topicTitle) {
        if (!topicTitles.containsKey(session.topicId())) {
            topicTitles.put(session.topicId(), topicTitle);
            topic.setItems(topicTitles.keySet());
        }
        offerDepartments(session.departmentId());
        binder.readRecord(session);
    }

    private void offerDepartments(@Nullable Long keep) {
        var offered = names.reference.departmentsWhere(currentUser.scope()::allows, true, keep);
        department.setItems(offered.keySet());
        department.setItemLabelGenerator(id -> offered.getOrDefault(id, names.reference.department(id)));
    }
}
