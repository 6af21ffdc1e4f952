package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.contacts.ContactDetails;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.FollowUpWindow;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.referencedata.InterpreterFields;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/** One contact: what happened, and the needs raised with where each stands. */
@Route("contact")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class ContactView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ContactService contacts;
    private final Clock clock;
    private final AccountDirectory directory;
    private final Labels labels;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    ContactDetails contact;

    ContactView(ContactService contacts, ReferenceDataService referenceData, AccountDirectory directory, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
        this.directory = directory;
        this.labels = new Labels(referenceData, directory.allDisplayNames());
        addClassName("contact-view");
        setMaxWidth("60rem");
    }

    final Button logAnother = new Button();
    private boolean justLogged;

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        justLogged = event.getLocation().getQueryParameters().getParameters().containsKey("logged");
        var loaded = Records.orNotFound(event, () -> contacts.get(id));
        if (loaded.isPresent()) {
            contact = loaded.get();
            show();
        }
    }

    private void show() {
        removeAll();
        var c = contact;
        var facts = new Facts();
        facts.fact("contacts.when", Formats.dateTime(c.occurredAt()));
        facts.fact("contacts.city", labels.city(c.cityId()));
        facts.fact("contacts.kind", Formats.enumLabel(this, c.kind()));
        facts.fact("contacts.place", Formats.enumLabel(this, c.placeType()));
        facts.fact("contacts.headcount", String.valueOf(c.headcount()));
        facts.fact("contacts.languages", Labels.names(labels.languages, c.languageIds()));
        facts.fact("contacts.interpretation", InterpreterFields.describe(this, c.interpreting()));
        facts.fact("contacts.groups", Labels.names(labels.groups, c.groupIds()));
        facts.fact("contacts.topics", Labels.names(labels.topics, c.topicIds()));
        facts.fact("contacts.partners", Labels.names(labels.partners, c.partnerIds()));
        facts.fact("contacts.liaison", labels.user(c.liaisonId()));
        var summary = new Paragraph(
                c.summary().isBlank() ? getTranslation("contacts.no-summary") : RemovedTexts.shown(c.summary()));
        summary.addClassName("summary-text");

        var actions = new HorizontalLayout();
        if (c.canEdit()) {
            actions.add(new Button(getTranslation("contacts.edit"), e -> getUI().ifPresent(
                            ui -> ui.navigate(ContactFormView.class, c.id()))));
        }
        if (c.canDelete()) {
            var delete = new Button(getTranslation("contacts.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        if (c.canSetLegalHold()) {
            var hold = new Button(getTranslation(c.legalHold() ? "contacts.hold.lift" : "contacts.hold.place"), e -> {
                if (FormErrors.attempt(
                        this, Map.of(), () -> contact = contacts.setLegalHold(c.id(), c.version(), !c.legalHold()))) {
                    Notices.success(
                            getTranslation(contact.legalHold() ? "contacts.hold.placed" : "contacts.hold.lifted"));
                    show();
                }
            });
            actions.add(hold);
        }
        if (c.legalHold()) {
            var held = new Span(getTranslation("contacts.hold.on"));
            held.addClassName("overdue-badge");
            add(held);
        }
        var back = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(ContactListView.class), getTranslation("contacts.back"));

        if (justLogged) {
            // right after logging one, the next contact of the day is one tap away
            logAnother.setText(getTranslation("contacts.log-another"));
            logAnother.setIcon(VaadinIcon.PLUS.create());
            logAnother.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            logAnother.addClassName("log-another");
            logAnother.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ContactFormView.class)));
            add(logAnother);
        }
        add(back, facts, new H2(getTranslation("contacts.summary")), summary, actions);
        add(new H2(getTranslation("contacts.needs-raised")));
        if (c.needs().isEmpty()) {
            var none = new Paragraph(getTranslation("contacts.no-needs"));
            none.addClassName("empty-state");
            add(none);
        }
        for (NeedRow need : c.needs()) {
            add(needCard(need));
        }
        var addNeed = new Button(getTranslation("need.add"), e -> openAddNeed());
        addNeed.setIcon(com.vaadin.flow.component.icon.VaadinIcon.PLUS.create());
        add(addNeed);
    }

    /** Adds a need raised after the contact was logged (a call back, a second conversation). */
    private void openAddNeed() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("need.add"));
        var editor = new NeedEditor(contact.needs().size() + 1, labels, contacts.dataUseNotice(), dialog::close);
        editor.remove.setVisible(false);
        editor.limitDueOn(FollowUpWindow.forContactOn(contact.occurredAt().toLocalDate(), clock));
        var me = new org.jcpp.liaison.accounts.UserRef(contact.liaisonId(), labels.user(contact.liaisonId()));
        editor.setOwners(directory.colleaguesIn(contact.cityId()), me);
        var save = new Button(getTranslation("need.save-new"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!editor.validate()) {
                return;
            }
            if (FormErrors.attempt(dialog, editor.fields(""), () -> contacts.addNeed(contact.id(), editor.toData()))) {
                Notices.success(getTranslation("need.added"));
                dialog.close();
                contact = contacts.get(contact.id());
                show();
            }
        });
        dialog.add(editor);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        DraftKeeper.keep(dialog, "add-need");
    }

    private Component needCard(NeedRow need) {
        var link = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(NeedView.class, need.id()),
                Formats.enumLabel(this, need.category()) + ": " + RemovedTexts.shown(need.description()));
        var status = new Span(Formats.enumLabel(this, need.status()));
        status.addClassName("status-badge");
        var owner = new Span(getTranslation("need.owned-by", labels.user(need.ownerId())));
        owner.addClassName("need-owner");
        var card = new Div(link, status, owner);
        card.addClassName("need-card");
        if (need.overdue()) {
            var overdue = new Span(getTranslation("need.overdue"));
            overdue.addClassName("overdue-badge");
            card.add(overdue);
        }
        return card;
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("contacts.delete.title"));
        dialog.setText(getTranslation("contacts.delete.text", contact.needs().size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("contacts.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (FormErrors.attempt(this, Map.of(), () -> contacts.delete(contact.id(), contact.version()))) {
                Notices.success(getTranslation("contacts.deleted"));
                getUI().ifPresent(ui -> ui.navigate(ContactListView.class));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.contact");
    }
}
