package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.contacts.NeedOrigin;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicDetails;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingLimits;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;

/**
 * Proposing a training topic ({@code training/edit}, {@code ?need=ID} when it comes from a community need) or revising
 * one ({@code training/edit/ID}): a revision says what changed. A refused save marks the field and keeps what was typed.
 */
@Route("training/edit")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class TopicFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    /** The form's values, kept as typed. */
    static class Form {
        private String title = "";
        private String summary = "";
        private String keyPoints = "";
        private @Nullable TrainingAudience audience;
        private String changeNote = "";

        public String getTitle() {
            return title;
        }

        public void setTitle(String v) {
            title = v == null ? "" : v;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String v) {
            summary = v == null ? "" : v;
        }

        public String getKeyPoints() {
            return keyPoints;
        }

        public void setKeyPoints(String v) {
            keyPoints = v == null ? "" : v;
        }

        public @Nullable TrainingAudience getAudience() {
            return audience;
        }

        public void setAudience(@Nullable TrainingAudience v) {
            audience = v;
        }

        public String getChangeNote() {
            return changeNote;
        }

        public void setChangeNote(String v) {
            changeNote = v == null ? "" : v;
        }
    }

    final TextField title = new TextField();
    final Select<TrainingAudience> audience = new Select<>();
    final TextArea summary = new TextArea();
    final TextArea keyPoints = new TextArea();
    final TextArea changeNote = new TextArea();
    final Paragraph origin = new Paragraph();
    final Button save = new SaveButton("", this::save);

    private final TrainingTopicService topics;
    private final NeedService needs;
    private final Names names;
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();
    private @Nullable TopicDetails editing;
    private @Nullable Long sourceNeedId;

    TopicFormView(
            TrainingTopicService topics,
            NeedService needs,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.topics = topics;
        this.needs = needs;
        this.names = new Names(referenceData, directory);
        addClassName("topic-form-view");
        setMaxWidth("50rem");

        title.setLabel(getTranslation("training.title"));
        title.setMaxLength(TrainingLimits.TITLE_MAX);
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("training.title.too-long"), 0, TrainingLimits.TITLE_MAX))
                .bind(Form::getTitle, Form::setTitle);
        audience.setLabel(getTranslation("training.audience"));
        audience.setItems(TrainingAudience.values());
        audience.setItemLabelGenerator(a -> Formats.enumLabel(this, a));
        binder.forField(audience)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getAudience, Form::setAudience);
        summary.setLabel(getTranslation("training.summary"));
        summary.setHelperText(getTranslation("training.summary.help"));
        text(summary, TrainingLimits.SUMMARY_MAX, "training.summary.too-long", Form::getSummary, Form::setSummary);
        keyPoints.setLabel(getTranslation("training.key-points"));
        keyPoints.setHelperText(getTranslation("training.key-points.help"));
        keyPoints.setMinHeight("10em");
        text(
                keyPoints,
                TrainingLimits.KEY_POINTS_MAX,
                "training.key-points.too-long",
                Form::getKeyPoints,
                Form::setKeyPoints);
        changeNote.setLabel(getTranslation("training.change-note"));
        changeNote.setHelperText(getTranslation("training.change-note.help"));
        text(
                changeNote,
                TrainingLimits.CHANGE_NOTE_MAX,
                "training.change-note.too-long",
                Form::getChangeNote,
                Form::setChangeNote);
        changeNote.setVisible(false);
        origin.setVisible(false);
        origin.addClassName("topic-origin");

        var layout = new FormLayout(title, audience, summary, keyPoints, changeNote);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(summary, 2);
        layout.setColspan(keyPoints, 2);
        layout.setColspan(changeNote, 2);
        save.setText(getTranslation("training.propose.save"));
        var cancel = new Button(getTranslation("action.cancel"), e -> leave());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-actions");
        add(origin, layout, buttons);
        binder.readBean(form);
    }

    private void text(
            TextArea area,
            int max,
            String tooLongKey,
            com.vaadin.flow.function.ValueProvider<Form, String> getter,
            com.vaadin.flow.data.binder.Setter<Form, String> setter) {
        area.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(area)
                .withValidator(new StringLengthValidator(getTranslation(tooLongKey), 0, max))
                .bind(getter, setter);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            Addresses.longParameter(event.getLocation(), "need").ifPresent(this::showOrigin);
            return;
        }
        editing = Records.orNotFound(event, () -> topics.get(id)).orElse(null);
        if (editing == null) {
            return;
        }
        if (!editing.canRevise()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        form.setTitle(editing.title());
        form.setSummary(editing.summary());
        form.setKeyPoints(editing.keyPoints());
        form.setAudience(editing.audience());
        binder.readBean(form);
        changeNote.setVisible(true);
        changeNote.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("training.revise.save", editing.revision() + 1));
    }

    private void showOrigin(long needId) {
        NeedOrigin need = needs.origin(needId).filter(NeedOrigin::openable).orElse(null);
        if (need == null) {
            Notices.error(getTranslation("training.need.not-found"));
            return;
        }
        sourceNeedId = need.id();
        origin.setText(getTranslation(
                "training.origin",
                Formats.enumLabel(this, need.category()),
                names.reference.city(need.cityId()),
                Formats.enumLabel(this, need.status())));
        origin.setVisible(true);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        WordingCheck.thenSave(
                this,
                List.of(form.getTitle(), form.getSummary(), form.getKeyPoints(), form.getChangeNote()),
                this::send,
                keyPoints::focus);
    }

    private void send() {
        var data = new TopicData(
                form.getTitle(),
                form.getSummary(),
                form.getKeyPoints(),
                form.getAudience(),
                form.getChangeNote(),
                editing == null ? sourceNeedId : null);
        TopicDetails[] saved = new TopicDetails[1];
        boolean ok = FormErrors.attempt(
                this,
                fields(),
                () -> saved[0] =
                        editing == null ? topics.propose(data) : topics.revise(editing.id(), editing.version(), data));
        if (ok) {
            Notices.success(getTranslation(editing == null ? "training.proposed" : "training.revised"));
            getUI().ifPresent(ui -> ui.navigate(TopicView.class, saved[0].id()));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "title", title,
                "audience", audience,
                "summary", summary,
                "keyPoints", keyPoints,
                "changeNote", changeNote);
    }

    private void leave() {
        DraftKeeper.finish(this); // cancelled: what was typed is not kept
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(TopicCatalogView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(TopicView.class, editing.id()));
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "training.propose" : "training.revise");
    }
}
