package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.contacts.NeedOrigin;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicDetails;
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

    final TopicDataForm form = new TopicDataForm();
    final Paragraph origin = new Paragraph();
    final Button save = new SaveButton("", this::save);

    private final TrainingTopicService topics;
    private final NeedService needs;
    private final Labels names;
    private @Nullable TopicDetails editing;

    TopicFormView(
            TrainingTopicService topics,
            NeedService needs,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.topics = topics;
        this.needs = needs;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("topic-form-view");
        setMaxWidth("50rem");
        origin.setVisible(false);
        origin.addClassName("topic-origin");
        add(origin, form, FormActions.buttons(this, save, "training.propose.save", this::leave));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            Addresses.longParameter(event.getLocation(), "need").ifPresent(this::showOrigin);
            return;
        }
        editing = Records.toEdit(event, () -> topics.get(id), TopicDetails::canRevise)
                .orElse(null);
        if (editing == null) {
            return;
        }
        form.revise(new TopicData(
                editing.title(),
                editing.summary(),
                editing.keyPoints(),
                editing.audience(),
                "",
                null,
                editing.languageAccess()));
        save.setText(getTranslation("training.revise.save", editing.revision() + 1));
    }

    private void showOrigin(long needId) {
        NeedOrigin need = needs.origin(needId).filter(NeedOrigin::openable).orElse(null);
        if (need == null) {
            Notices.error(getTranslation("training.need.not-found"));
            return;
        }
        form.proposeFrom(need.id());
        origin.setText(getTranslation(
                "training.origin",
                // an openable need's origin has all three
                Formats.enumLabel(this, java.util.Objects.requireNonNull(need.category())),
                names.reference.city(java.util.Objects.requireNonNull(need.cityId())),
                Formats.enumLabel(this, java.util.Objects.requireNonNull(need.status()))));
        origin.setVisible(true);
    }

    private void save() {
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(
                                this,
                                List.of(data.title(), data.summary(), data.keyPoints(), data.changeNote()),
                                () -> send(data),
                                form.keyPoints::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(TopicData data) {
        FormActions.send(
                this,
                form.fields(),
                () -> editing == null ? topics.propose(data) : topics.revise(editing.id(), editing.version(), data),
                editing == null ? "training.proposed" : "training.revised",
                saved -> getUI().ifPresent(ui -> ui.navigate(TopicView.class, saved.id())));
    }

    private void leave() {
        var stored = editing;
        if (stored == null) {
            getUI().ifPresent(ui -> ui.navigate(TopicCatalogView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(TopicView.class, stored.id()));
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
