package org.jcpp.liaison.rollcall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingDetails;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.RevisionRef;
import org.jcpp.liaison.training.TrainingTopicService;

/** A roll-call briefing: where and when, the topics at the revision covered (each readable as it was), what came of it. */
@Route("rollcall/briefing")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class BriefingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Facts facts = new Facts();
    final UnorderedList topics = new UnorderedList();
    final Paragraph feedback = new Paragraph();
    final Paragraph followUps = new Paragraph();
    final Button edit = new Button();
    final Button delete = new Button();

    private final RollCallService rollCall;
    private final Labels names;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private BriefingDetails briefing;

    BriefingView(
            RollCallService rollCall,
            TrainingTopicService topicService,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.rollCall = rollCall;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("briefing-view");
        setMaxWidth("60rem");
        feedback.addClassName("summary-text");
        followUps.addClassName("summary-text");
        topics.addClassName("covered-topics");
        edit.setText(getTranslation("rollcall.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BriefingFormView.class, briefing.id())));
        delete.setText(getTranslation("rollcall.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        var actions = new FlexLayout(edit, delete);
        actions.addClassName("record-actions");
        add(
                title,
                facts,
                new H3(getTranslation("rollcall.topics")),
                topics,
                new H3(getTranslation("rollcall.feedback")),
                feedback,
                new H3(getTranslation("rollcall.follow-ups")),
                followUps,
                actions);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> rollCall.get(id)).ifPresent(this::show);
    }

    private void show(BriefingDetails details) {
        this.briefing = details;
        title.setText(getTranslation(
                "rollcall.title",
                names.reference.department(details.departmentId()),
                names.reference.shift(details.shiftId())));
        facts.removeAll();
        facts.fact("rollcall.date", Formats.date(details.briefedOn()))
                .fact("contacts.city", names.reference.city(details.cityId()))
                .fact("rollcall.shift", names.reference.shift(details.shiftId()))
                .fact("rollcall.presenter", names.user(details.presenterId()))
                .fact("rollcall.officers", String.valueOf(details.officers()))
                .fact("rollcall.minutes", String.valueOf(details.minutes()));
        topics.removeAll();
        for (RevisionRef topic : details.topics()) {
            var link = new Anchor("training/topic/" + topic.topicId() + "?revision=" + topic.revision(), topic.title());
            String which = topic.isCurrent()
                    ? getTranslation("rollcall.revision.current", topic.revision())
                    : getTranslation("rollcall.revision.older", topic.revision(), topic.currentRevision());
            var note = new Span(" · " + which);
            note.addClassName("revision-note");
            topics.add(new ListItem(link, note));
        }
        feedback.setText(details.feedback().isBlank() ? getTranslation("rollcall.none") : details.feedback());
        followUps.setText(details.followUps().isBlank() ? getTranslation("rollcall.none") : details.followUps());
        edit.setVisible(details.canEdit());
        delete.setVisible(details.canEdit());
    }

    private void confirmDelete() {
        Confirmations.confirm(
                this,
                "rollcall.delete.title",
                "rollcall.delete.text",
                "rollcall.delete",
                () -> rollCall.delete(briefing.id(), briefing.version()),
                "rollcall.deleted",
                () -> getUI().ifPresent(ui -> ui.navigate(BriefingListView.class)));
    }

    @Override
    public String getPageTitle() {
        return briefing == null
                ? getTranslation("nav.rollcall")
                : getTranslation(
                        "rollcall.title",
                        names.reference.department(briefing.departmentId()),
                        names.reference.shift(briefing.shiftId()));
    }
}
