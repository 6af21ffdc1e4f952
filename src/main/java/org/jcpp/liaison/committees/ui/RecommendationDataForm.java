package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.committees.CommitteeLimits;
import org.jcpp.liaison.committees.RecommendationCategory;
import org.jcpp.liaison.committees.RecommendationData;

/**
 * The fields of a recommendation, bound to a {@link RecommendationData} record: what the committee asked for, its
 * category, the department and its owner, the due date, and the "you said, we did" links (the needs it came from, the
 * training topics and roll-call briefings it led to). The meeting it was raised at is carried, not shown.
 */
class RecommendationDataForm extends RecordForm<RecommendationData, FormLayout> {

    final TextField title = new TextField();
    final TextArea request = new TextArea();
    final Select<RecommendationCategory> category = new Select<>();
    final ComboBox<Long> department = new ComboBox<>();
    final TextField owner = new TextField();
    final DateField dueOn = new DateField();
    final MultiSelectComboBox<Long> needs = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> briefings = new MultiSelectComboBox<>();

    private final ReadOnlyHasValue<Long> meetingId = new ReadOnlyHasValue<>(v -> {});

    /** What the form offers to choose from, by id and label. */
    record Choices(
            Map<Long, String> departments,
            Map<Long, String> needs,
            Map<Long, String> topics,
            Map<Long, String> briefings) {}

    RecommendationDataForm(Choices choices, LocalDate raisedOn) {
        super(RecommendationData.class);
        binder.forField(meetingId).bind("meetingId");
        title.setLabel(getTranslation("committees.title"));
        title.setMaxLength(CommitteeLimits.TITLE_MAX);
        title.setHelperText(getTranslation("committees.title.help"));
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.title.too-long"), 0, CommitteeLimits.TITLE_MAX))
                .bind("title");
        request.setLabel(getTranslation("committees.request"));
        request.setHelperText(getTranslation("committees.request.help"));
        request.setValueChangeMode(ValueChangeMode.EAGER);
        request.setMinHeight("6em");
        binder.forField(request)
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.text.too-long"), 0, CommitteeLimits.TEXT_MAX))
                .bind("request");
        category.setLabel(getTranslation("committees.category"));
        category.setItems(RecommendationCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : Formats.enumLabel(this, c));
        required(category, "category");
        department.setLabel(getTranslation("committees.department"));
        department.setItems(choices.departments().keySet());
        department.setItemLabelGenerator(id -> choices.departments().getOrDefault(id, ""));
        department.setClearButtonVisible(true);
        binder.forField(department).bind("departmentId");
        chooseIfOnlyOne(department);
        owner.setLabel(getTranslation("committees.owner"));
        owner.setHelperText(getTranslation("committees.owner.help"));
        owner.setMaxLength(CommitteeLimits.OWNER_MAX);
        binder.forField(owner)
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.owner.too-long"), 0, CommitteeLimits.OWNER_MAX))
                .bind("owner");
        dueOn.setLabel(getTranslation("committees.due-on"));
        dueOn.setMin(raisedOn);
        binder.forField(dueOn)
                .withValidator(
                        day -> day == null || !day.isBefore(raisedOn), getTranslation("committees.due.before-raised"))
                .bind("dueOn");
        pick(needs, "needIds", "committees.links.needs", choices.needs());
        pick(topics, "topicIds", "committees.links.topics", choices.topics());
        pick(briefings, "briefingIds", "committees.links.briefings", choices.briefings());
        needs.setHelperText(getTranslation("committees.links.needs.help"));
        var layout = getContent();
        layout.add(title, category, request, department, owner, dueOn, needs, topics, briefings);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (com.vaadin.flow.component.Component wide : List.of(title, request, needs, topics, briefings)) {
            layout.setColspan(wide, 2);
        }
    }

    private void pick(MultiSelectComboBox<Long> box, String component, String labelKey, Map<Long, String> names) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(names.keySet());
        box.setItemLabelGenerator(id -> names.getOrDefault(id, "#" + id));
        MultiPicks.closeOnPick(box);
        MultiPicks.wholeNames(box);
        binder.forField(box).bind(component);
    }

    /** A new recommendation raised at this meeting. */
    void raisedAt(long meeting) {
        meetingId.setValue(meeting);
    }

    void read(RecommendationData recommendation) {
        binder.readRecord(recommendation);
    }

    List<String> texts() {
        return List.of(title.getValue(), request.getValue(), owner.getValue());
    }
}
