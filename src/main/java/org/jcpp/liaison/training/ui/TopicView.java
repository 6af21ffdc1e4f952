package org.jcpp.liaison.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.training.TopicDetails;
import org.jcpp.liaison.training.TopicRevisionRow;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;

/**
 * A training topic: its current content (or, with {@code ?revision=N}, that earlier revision as it was), where it came
 * from, what a coordinator may do with it, and the history of its revisions, each readable.
 */
@Route("training/topic")
// every working role; not an account waiting for an admin (made at a first sign-on)
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR, Roles.ADMIN})
class TopicView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Div banner = new Div();
    final Facts facts = new Facts();
    final Paragraph summary = new Paragraph();
    final Paragraph keyPoints = new Paragraph();
    final Div origin = new Div();
    final FlexLayout actions = new FlexLayout();
    final Div history = new Div();
    final Button revise = new Button();

    private final TrainingTopicService topics;
    private final NeedService needs;
    private final Labels names;
    private final boolean field;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private TopicDetails topic;

    TopicView(
            TrainingTopicService topics,
            NeedService needs,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.topics = topics;
        this.field = currentUser.scope().role() != null;
        this.needs = needs;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("topic-view");
        setMaxWidth("60rem");
        banner.addClassName("revision-banner");
        summary.addClassName("summary-text");
        keyPoints.addClassNames("summary-text", "key-points");
        actions.addClassName("record-actions");
        revise.setText(getTranslation("training.revise"));
        revise.setIcon(VaadinIcon.EDIT.create());
        revise.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TopicFormView.class, topic.id())));
        add(title, banner, facts, summary, new H3(getTranslation("training.key-points")), keyPoints, origin, actions);
        add(new H3(getTranslation("training.history")), history);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Integer wanted = Addresses.longParameter(event.getLocation(), "revision")
                .map(Long::intValue)
                .orElse(null);
        Records.orNotFound(event, () -> topics.get(id)).ifPresent(details -> show(details, wanted));
    }

    private void show(TopicDetails details, @Nullable Integer wantedRevision) {
        this.topic = details;
        Optional<TopicRevisionRow> older = wantedRevision == null || wantedRevision == details.revision()
                ? Optional.empty()
                : details.revision(wantedRevision);
        TopicRevisionRow shown =
                older.orElseGet(() -> details.revision(details.revision()).orElseThrow());
        title.setText(shown.title());
        banner.removeAll();
        banner.setVisible(older.isPresent());
        older.ifPresent(r -> {
            banner.add(new Span(getTranslation(
                    "training.reading-revision", r.revision(), details.revision(), date(r.createdAt()))));
            var current = new Anchor("training/topic/" + details.id(), getTranslation("training.read-current"));
            banner.add(current);
        });
        facts.removeAll();
        facts.fact("training.status", label(details.status()))
                .fact("training.audience", label(shown.audience()))
                .fact(
                        "training.revision.label",
                        getTranslation("training.revision-of", shown.revision(), date(shown.createdAt())))
                .fact("training.proposed-by", names.user(details.proposedBy()));
        summary.setText(shown.summary());
        keyPoints.setText(shown.keyPoints());
        showOrigin(details);
        showActions(details, older.isPresent());
        showHistory(details);
    }

    private void showOrigin(TopicDetails details) {
        origin.removeAll();
        origin.setVisible(details.sourceNeedId() != null);
        if (details.sourceNeedId() == null) {
            return;
        }
        origin.addClassName("topic-origin");
        var need = needs.origin(details.sourceNeedId());
        if (need.isEmpty()) {
            origin.add(new Span(getTranslation("training.origin.gone")));
            return;
        }
        var n = need.get();
        if (!n.openable()) {
            origin.add(new Span(getTranslation("training.origin.elsewhere")));
            return;
        }
        origin.add(new Anchor(
                "need/" + n.id(),
                getTranslation(
                        "training.origin",
                        label(java.util.Objects.requireNonNull(n.category())),
                        names.reference.city(java.util.Objects.requireNonNull(n.cityId())),
                        label(java.util.Objects.requireNonNull(n.status())))));
    }

    private void showActions(TopicDetails details, boolean readingOlder) {
        actions.removeAll();
        revise.setVisible(details.canRevise() && !readingOlder);
        actions.add(revise);
        for (TopicStatus next : readingOlder ? List.<TopicStatus>of() : details.nextStatuses()) {
            var button = new Button(getTranslation("training.move." + next.name()), e -> changeStatus(next));
            if (next != TopicStatus.RETIRED) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        if (field) {
            actions.add(new Anchor("rollcall?topic=" + details.id(), getTranslation("training.link.briefings")));
            actions.add(
                    new Anchor("training/sessions?topic=" + details.id(), getTranslation("training.link.sessions")));
        }
    }

    private void changeStatus(TopicStatus next) {
        boolean ok = FormErrors.attempt(
                this, java.util.Map.of(), () -> show(topics.changeStatus(topic.id(), topic.version(), next), null));
        if (ok) {
            Notices.success(getTranslation("training.status-changed", label(next)));
        }
    }

    private void showHistory(TopicDetails details) {
        history.removeAll();
        history.addClassName("revision-history");
        for (TopicRevisionRow r : details.revisions()) {
            String note = r.changeNote().isBlank()
                    ? getTranslation(r.revision() == 1 ? "training.first-revision" : "training.no-note")
                    : r.changeNote();
            var entry = new Details(getTranslation(
                    "training.history-entry", r.revision(), date(r.createdAt()), names.user(r.authorId()), note));
            var content = new Facts()
                    .fact("training.title", r.title())
                    .fact("training.audience", label(r.audience()))
                    .fact("training.summary", r.summary())
                    .fact("training.key-points", r.keyPoints());
            content.addClassName("summary-text");
            entry.add(content);
            if (r.revision() != details.revision()) {
                entry.add(new Anchor(
                        "training/topic/" + details.id() + "?revision=" + r.revision(),
                        getTranslation("training.open-revision", r.revision())));
            }
            entry.setWidthFull();
            history.add(entry);
        }
    }

    private String date(java.time.Instant instant) {
        return Formats.date(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    private String label(Enum<?> value) {
        return Formats.enumLabel(this, value);
    }

    @Override
    public String getPageTitle() {
        return topic == null ? getTranslation("nav.training") : topic.title();
    }
}
