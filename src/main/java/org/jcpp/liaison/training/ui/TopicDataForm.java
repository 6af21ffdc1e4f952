package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingLimits;

/**
 * The fields of a training topic, bound to a {@link TopicData} record by its component names: title, audience,
 * summary and key points, and (for a revision) what changed. The need a proposal comes from is carried, not shown
 * here. The view places it and saves what {@link #write()} gives.
 */
class TopicDataForm extends RecordForm<TopicData, FormLayout> {

    final TextField title = new TextField();
    final Select<TrainingAudience> audience = new Select<>();
    final TextArea summary = new TextArea();
    final TextArea keyPoints = new TextArea();
    final TextArea changeNote = new TextArea();
    final com.vaadin.flow.component.checkbox.Checkbox languageAccess =
            new com.vaadin.flow.component.checkbox.Checkbox();

    /** The community need a new topic is proposed from (the address's {@code ?need=}), or null. */
    private final ReadOnlyHasValue<Long> sourceNeed = new ReadOnlyHasValue<>(id -> {});

    TopicDataForm() {
        super(TopicData.class);
        bindTitleAndAudience();
        bindTexts();
        binder.forField(sourceNeed).bind("sourceNeedId");
        languageAccess.setLabel(getTranslation("training.language-access"));
        languageAccess.setTooltipText(getTranslation("training.language-access.help"));
        binder.forField(languageAccess).bind("languageAccess");
        layOut();
    }

    private void bindTitleAndAudience() {
        title.setLabel(getTranslation("training.title"));
        title.setMaxLength(TrainingLimits.TITLE_MAX);
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("training.title.too-long"), 0, TrainingLimits.TITLE_MAX))
                .bind("title");
        audience.setLabel(getTranslation("training.audience"));
        audience.setItems(TrainingAudience.values());
        audience.setItemLabelGenerator(a -> Formats.enumLabel(this, a));
        required(audience, "audience");
    }

    private void bindTexts() {
        keyPoints.setMinHeight("10em");
        for (var text : List.of(
                new Text(summary, "summary", "training.summary", TrainingLimits.SUMMARY_MAX),
                new Text(keyPoints, "keyPoints", "training.key-points", TrainingLimits.KEY_POINTS_MAX),
                new Text(changeNote, "changeNote", "training.change-note", TrainingLimits.CHANGE_NOTE_MAX))) {
            text.area().setLabel(getTranslation(text.key()));
            text.area().setHelperText(getTranslation(text.key() + ".help"));
            text.area().setValueChangeMode(ValueChangeMode.EAGER);
            binder.forField(text.area())
                    .withValidator(new StringLengthValidator(getTranslation(text.key() + ".too-long"), 0, text.max()))
                    .bind(text.component());
        }
        changeNote.setVisible(false); // a revision asks for it (revising)
    }

    private record Text(TextArea area, String component, String key, int max) {}

    private void layOut() {
        var layout = getContent();
        layout.add(title, audience, languageAccess, summary, keyPoints, changeNote);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(languageAccess, 2);
        layout.setColspan(summary, 2);
        layout.setColspan(keyPoints, 2);
        layout.setColspan(changeNote, 2);
    }

    /** Shows a stored topic for revising: what changed is asked for. */
    void revise(TopicData topic) {
        binder.readRecord(topic);
        changeNote.setVisible(true);
        changeNote.setRequiredIndicatorVisible(true);
    }

    /** A new topic proposed from a community need. */
    void proposeFrom(long needId) {
        sourceNeed.setValue(needId);
    }
}
