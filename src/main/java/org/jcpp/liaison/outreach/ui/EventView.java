package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.outreach.EventDetails;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.PoliceData;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/** An outreach event: when and where, with whom, and (once held) who came, the police who took part and what came of it. */
@Route("event")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class EventView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Facts facts = new Facts();
    final UnorderedList groups = new UnorderedList();
    final UnorderedList police = new UnorderedList();
    final Paragraph outcomes = new Paragraph();
    final Button edit = new Button();
    final Button delete = new Button();

    private final OutreachService outreach;
    private final NeedService needs;
    private final Labels names;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private EventDetails event;

    EventView(
            OutreachService outreach,
            NeedService needs,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.outreach = outreach;
        this.needs = needs;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("event-view");
        setMaxWidth("60rem");
        outcomes.addClassName("summary-text");
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EventFormView.class, event.id())));
        delete.setText(getTranslation("outreach.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
    }

    @Override
    public void setParameter(BeforeEvent beforeEvent, Long id) {
        Records.orNotFound(beforeEvent, () -> outreach.get(id)).ifPresent(this::show);
    }

    private void show(EventDetails details) {
        this.event = details;
        removeAll();
        title.setText(details.title());
        facts.removeAll();
        facts.fact("outreach.status", Formats.enumLabel(this, details.status()))
                .fact("outreach.type", Formats.enumLabel(this, details.type()))
                .fact("outreach.when", period(details))
                .fact("contacts.city", names.reference.city(details.cityId()))
                .fact("outreach.venue", details.venue())
                .fact("outreach.organiser", names.user(details.organiserId()))
                .fact("outreach.languages", Formats.names(names.languages, details.languageIds()))
                .fact(
                        "outreach.interpretation",
                        details.interpretation().stream()
                                .map(m -> getTranslation("InterpreterMode." + m.name()))
                                .collect(java.util.stream.Collectors.joining(", ")))
                .fact(
                        "outreach.attendance",
                        details.attendance() == null ? "" : getTranslation("contacts.people", details.attendance()));
        add(title, facts);
        if (!details.partnerIds().isEmpty()) {
            var partnerLinks = new com.vaadin.flow.component.html.Div();
            partnerLinks.addClassName("partner-links");
            partnerLinks.add(new com.vaadin.flow.component.html.Span(getTranslation("contacts.partners") + ": "));
            details.partnerIds()
                    .forEach(id ->
                            partnerLinks.add(new Anchor("partner/" + id, names.partners.getOrDefault(id, "#" + id))));
            add(partnerLinks);
        }
        if (details.seriesId() != null) {
            add(new Anchor("events/series/" + details.seriesId(), getTranslation("outreach.series.open")));
        }
        if (!details.groupAttendance().isEmpty()) {
            groups.removeAll();
            details.groupAttendance()
                    .forEach((group, people) -> groups.add(new ListItem(names.groups.getOrDefault(group, "#" + group)
                            + ": " + getTranslation("contacts.people", people))));
            add(new H3(getTranslation("outreach.by-group.title")), groups);
        }
        if (!details.police().isEmpty()) {
            police.removeAll();
            for (PoliceData p : details.police()) {
                police.add(new ListItem(getTranslation(
                        "outreach.police.line",
                        names.reference.department(p.departmentId()),
                        p.officers(),
                        p.recruits(),
                        Formats.number(p.volunteerHours()))));
            }
            add(new H3(getTranslation("outreach.police")), police);
        }
        var raised = needs.raisedAt(details.id());
        var needList = new UnorderedList();
        needList.addClassName("needs-raised");
        for (NeedRow need : raised) {
            needList.add(new ListItem(new Anchor(
                    "need/" + need.id(),
                    Formats.enumLabel(this, need.category()) + ": " + Formats.excerpt(need.description(), 100) + " ("
                            + Formats.enumLabel(this, need.status()) + ")")));
        }
        add(new H3(getTranslation("outreach.needs-raised")));
        if (raised.isEmpty()) {
            add(new Paragraph(getTranslation("outreach.no-needs")));
        } else {
            add(needList);
        }
        if (!details.startsAt().isAfter(java.time.LocalDateTime.now()) && details.status() != EventStatus.CANCELLED) {
            add(new Anchor(
                    "contacts/log?event=" + details.id() + "&city=" + details.cityId() + "&at=" + details.startsAt(),
                    getTranslation("outreach.log-need")));
        }
        if (details.status() != EventStatus.CANCELLED) {
            var survey = new Anchor("surveys/new?event=" + details.id(), getTranslation("survey.after-event"));
            survey.addClassName("survey-after");
            add(survey);
        }
        if (!details.outcomes().isBlank()) {
            outcomes.setText(details.outcomes());
            add(new H3(getTranslation("outreach.outcomes")), outcomes);
        }
        boolean toRecord =
                details.status() == EventStatus.PLANNED && details.endsAt().isBefore(java.time.LocalDateTime.now());
        edit.setText(getTranslation(toRecord ? "outreach.record" : "outreach.edit"));
        if (toRecord) {
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        var actions = new FlexLayout(edit, delete);
        actions.addClassName("record-actions");
        edit.setVisible(details.canEdit());
        delete.setVisible(details.canEdit());
        add(actions);
    }

    /** "Oct 16, 2026, 5:00 PM – 8:00 PM", or both dates when the event spans days. */
    private static String period(EventDetails details) {
        String end = details.endsAt().toLocalDate().equals(details.startsAt().toLocalDate())
                ? java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                        .withLocale(Formats.locale())
                        .format(details.endsAt())
                : Formats.dateTime(details.endsAt());
        return Formats.dateTime(details.startsAt()) + " – " + end;
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("outreach.delete.title"));
        dialog.setText(getTranslation("outreach.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("outreach.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (FormErrors.attempt(this, Map.of(), () -> outreach.delete(event.id(), event.version()))) {
                Notices.success(getTranslation("outreach.deleted"));
                getUI().ifPresent(ui -> ui.navigate(EventListView.class));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return event == null ? getTranslation("nav.events") : event.title();
    }
}
