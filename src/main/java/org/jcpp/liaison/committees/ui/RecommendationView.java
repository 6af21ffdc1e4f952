package org.jcpp.liaison.committees.ui;

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
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.committees.RecommendationAnswer;
import org.jcpp.liaison.committees.RecommendationChange;
import org.jcpp.liaison.committees.RecommendationDetails;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.contacts.NeedOrigin;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingRow;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation: what the committee asked for, where it stands, the department's response (a coordinator records
 * the answer here), the "you said, we did" chain (the needs it came from, the topics and briefings it led to) and its
 * history.
 */
@Route("committees/recommendation")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class RecommendationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, KeepsDrafts {

    final H2 title = new H2();
    final Facts facts = new Facts();
    final Paragraph request = new Paragraph();
    final AnswerForm answer = new AnswerForm();
    final Button saveAnswer = new SaveButton("", this::saveAnswer);
    final UnorderedList links = new UnorderedList();
    final UnorderedList history = new UnorderedList();
    final Button edit = new Button();
    final Button delete = new Button();

    private final RecommendationService recommendations;
    private final Labels names;
    private final Map<Long, String> topicTitles;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private RecommendationDetails recommendation;

    RecommendationView(
            RecommendationService recommendations,
            TrainingTopicService topics,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.recommendations = recommendations;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        this.topicTitles = topics.titles();
        addClassName("recommendation-view");
        setMaxWidth("60rem");
        request.addClassName("summary-text");
        edit.setText(getTranslation("committees.recommendation.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate(RecommendationFormView.class, recommendation.id())));
        delete.setText(getTranslation("committees.recommendation.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        var actions = new FlexLayout(edit, delete);
        actions.addClassName("record-actions");
        add(
                title,
                facts,
                new H3(getTranslation("committees.request")),
                request,
                new H3(getTranslation("committees.answer")),
                answer,
                FormActions.buttons(this, saveAnswer, "committees.answer.save", this::reload),
                new H3(getTranslation("committees.links")),
                links,
                new H3(getTranslation("committees.history")),
                history,
                actions);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> recommendations.get(id)).ifPresent(this::show);
    }

    private void show(RecommendationDetails details) {
        this.recommendation = details;
        var data = details.data();
        title.setText(data.title());
        facts.removeAll();
        facts.line(getTranslation("committees.committee"), details.committeeName())
                .fact("committees.raised-on", Formats.date(details.raisedOn()))
                .fact("committees.category", Formats.enumLabel(this, data.category()))
                .fact(
                        "committees.status",
                        Formats.enumLabel(this, details.status())
                                + (details.overdue() ? " · " + getTranslation("committees.overdue") : ""))
                .fact(
                        "committees.department",
                        data.departmentId() == null ? "—" : names.reference.department(data.departmentId()))
                .fact("committees.owner", data.owner().isBlank() ? "—" : data.owner())
                .fact("committees.due-on", data.dueOn() == null ? "—" : Formats.date(data.dueOn()))
                .fact(
                        "committees.responded-on",
                        details.respondedOn() == null ? "—" : Formats.date(details.respondedOn()));
        var meetingLink = new Anchor(
                "committees/meeting/" + data.meetingId(), getTranslation("committees.recommendation.open-meeting"));
        facts.add(meetingLink);
        request.setText(data.request().isBlank() ? getTranslation("committees.none") : data.request());
        answer.read(details.answer(), details.canAnswer());
        showLinks(details);
        history.removeAll();
        for (var step : details.history()) {
            history.add(new ListItem(
                    Formats.dateTime(java.time.LocalDateTime.ofInstant(step.at(), java.time.ZoneId.systemDefault()))
                            + " · " + names.user(step.byId()) + " · " + describe(step.change())));
        }
        edit.setVisible(details.canEdit());
        delete.setVisible(details.canDelete());
    }

    private void showLinks(RecommendationDetails details) {
        links.removeAll();
        for (NeedOrigin need : recommendations.needs(details)) {
            String label = need.openable() && need.category() != null && need.status() != null
                    ? getTranslation(
                            "committees.links.need-label",
                            need.id(),
                            Formats.enumLabel(this, need.category()),
                            Formats.enumLabel(this, need.status()))
                    : getTranslation("committees.links.need-hidden", need.id());
            links.add(new ListItem(
                    new Span(getTranslation("committees.links.came-from") + " "),
                    need.openable() ? new Anchor("need/" + need.id(), label) : new Span(label)));
        }
        for (Long topicId : details.data().topicIds()) {
            links.add(new ListItem(
                    new Span(getTranslation("committees.links.led-to-topic") + " "),
                    new Anchor("training/topic/" + topicId, topicTitles.getOrDefault(topicId, "#" + topicId))));
        }
        for (BriefingRow briefing : recommendations.briefings(details)) {
            links.add(new ListItem(
                    new Span(getTranslation("committees.links.led-to-briefing") + " "),
                    new Anchor(
                            "rollcall/briefing/" + briefing.id(),
                            Formats.date(briefing.briefedOn()) + " · "
                                    + names.reference.department(briefing.departmentId()) + " · "
                                    + names.reference.shift(briefing.shiftId()))));
        }
        if (links.getChildren().findAny().isEmpty()) {
            links.add(new ListItem(getTranslation("committees.links.none")));
        }
    }

    private String describe(RecommendationChange change) {
        return switch (change) {
            case RecommendationChange.Raised r -> getTranslation("committees.history.RAISED", r.title());
            case RecommendationChange.StatusChanged s ->
                getTranslation(
                        "committees.history.STATUS",
                        Formats.enumLabel(this, s.from()),
                        Formats.enumLabel(this, s.to()));
            case RecommendationChange.Responded r -> getTranslation("committees.history.RESPONSE", r.response());
            case RecommendationChange.DueChanged d ->
                getTranslation("committees.history.DUE", d.dueOn() == null ? "—" : Formats.date(d.dueOn()));
            case RecommendationChange.OwnerChanged o ->
                getTranslation("committees.history.OWNER", o.owner().isBlank() ? "—" : o.owner());
            case RecommendationChange.Other o -> o.what() + " " + o.detail();
        };
    }

    private void saveAnswer() {
        answer.write()
                .ifPresentOrElse(
                        step -> WordingCheck.thenSave(
                                this, java.util.List.of(step.response()), () -> send(step), answer.response::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void send(RecommendationAnswer step) {
        FormActions.send(
                this,
                answer.fields(),
                () -> recommendations.answer(recommendation.id(), recommendation.version(), step),
                "committees.answer.saved",
                this::show);
    }

    private void reload() {
        show(recommendations.get(recommendation.id()));
    }

    private void confirmDelete() {
        Confirmations.confirm(
                this,
                "committees.recommendation.delete",
                "committees.recommendation.delete.text",
                "committees.recommendation.delete",
                () -> recommendations.delete(recommendation.id(), recommendation.version()),
                "committees.recommendation.deleted",
                () -> getUI().ifPresent(ui ->
                        ui.navigate(MeetingView.class, recommendation.data().meetingId())));
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return recommendation == null ? null : recommendation.version();
    }

    @Override
    public String getPageTitle() {
        return recommendation == null
                ? getTranslation("nav.recommendations")
                : recommendation.data().title();
    }
}
