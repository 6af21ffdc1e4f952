package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.contacts.ContactLimits;
import org.jcpp.liaison.contacts.FollowUpWindow;
import org.jcpp.liaison.contacts.NeedChange;
import org.jcpp.liaison.contacts.NeedDetails;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.NeedUpdate;
import org.jcpp.liaison.contacts.ReferralConsent;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.referencedata.DataUseNotice;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jspecify.annotations.Nullable;

/** One need: what was asked, who owns it, the next step, the referral, the outcome, and its history. */
@Route("need")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class NeedView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, KeepsDrafts {

    final Select<NeedStatus> status = new Select<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DateField dueOn = new DateField();
    final ComboBox<Long> referralPartner = new ComboBox<>();
    final RadioButtonGroup<ReferralConsent> consent = new RadioButtonGroup<>();
    final TextArea outcome = new TextArea();
    org.jcpp.liaison.referencedata.InterpreterFields interpreter =
            new org.jcpp.liaison.referencedata.InterpreterFields();
    final Button save = new SaveButton("", this::save);

    private final NeedService needs;
    private final Clock clock;
    private final AccountDirectory directory;
    private final Labels labels;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    NeedDetails need;

    NeedView(NeedService needs, ReferenceDataService referenceData, AccountDirectory directory, Clock clock) {
        this.needs = needs;
        this.clock = clock;
        this.directory = directory;
        this.labels = new Labels(referenceData, directory.allDisplayNames());
        addClassName("need-view");
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var loaded = Records.orNotFound(event, () -> needs.get(id));
        if (loaded.isPresent()) {
            need = loaded.get();
            show();
        }
    }

    private void show() {
        removeAll();
        var n = need;
        var contactLink = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(ContactView.class, n.contactId()),
                getTranslation("need.from-contact", Formats.dateTime(n.contactOccurredAt())));
        var description = new Paragraph(RemovedTexts.shown(n.description()));
        description.addClassName("summary-text");
        var facts = new Facts();
        facts.fact("need.category", Formats.enumLabel(this, n.category()));
        facts.fact("contacts.city", labels.city(n.cityId()));
        facts.fact(
                "need.status",
                Formats.enumLabel(this, n.status()) + (n.overdue() ? " · " + getTranslation("need.overdue") : ""));
        // the training module's proposal form, by address: contacts does not depend on training
        var proposeTraining = new Anchor("training/edit?need=" + n.id(), getTranslation("need.propose-training"));
        proposeTraining.addClassName("propose-training");
        add(contactLink, new H2(Formats.enumLabel(this, n.category())), description, facts, proposeTraining);

        if (n.person() != null) {
            var p = n.person();
            var person = new Facts("person");
            person.fact("person.name", p.name());
            person.fact(
                    "person.language",
                    p.preferredLanguageId() == null ? "" : labels.languages.getOrDefault(p.preferredLanguageId(), ""));
            person.fact("person.reach-by", p.reachBy());
            person.fact("person.address", p.address() == null ? "" : p.address());
            person.fact(
                    "person.notice",
                    DataUseNotice.ORAL.equals(p.noticeLanguage())
                            ? getTranslation(
                                    "person.notice.given-oral", p.noticeVersion(), Formats.date(p.noticeGivenOn()))
                            : getTranslation(
                                    "person.notice.given",
                                    p.noticeVersion(),
                                    org.jcpp.liaison.referencedata.LanguageNames.inSentence(
                                            labels.languageOfCode(p.noticeLanguage()), getLocale()),
                                    Formats.date(p.noticeGivenOn())));
            add(new H2(getTranslation("need.person")), person);
        }

        status.setLabel(getTranslation("need.status"));
        status.setItems(offeredSteps(n.status()));
        status.setItemLabelGenerator(value -> Formats.enumLabel(this, value));
        status.setValue(n.status());
        var colleagues = directory.colleaguesIn(n.cityId());
        owner.setLabel(getTranslation("need.owner"));
        owner.setItems(colleagues);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setValue(colleagues.stream()
                .filter(u -> u.id() == n.ownerId())
                .findFirst()
                .orElse(null));
        dueOn.setLabel(getTranslation("need.due"));
        var window = FollowUpWindow.forContactOn(n.contactOccurredAt().toLocalDate(), clock);
        dueOn.setMin(window.earliest());
        dueOn.setMax(window.latest());
        dueOn.setValue(n.dueOn());
        referralPartner.setLabel(getTranslation("need.referral"));
        referralPartner.setItems(labels.offered(
                org.jcpp.liaison.referencedata.ReferenceKind.PARTNER,
                n.referralPartnerId() == null ? List.of() : List.of(n.referralPartnerId())));
        referralPartner.setItemLabelGenerator(pid -> labels.partners.getOrDefault(pid, ""));
        referralPartner.setClearButtonVisible(true);
        referralPartner.setValue(n.referralPartnerId());
        consent.setLabel(getTranslation("need.consent"));
        consent.setItems(ReferralConsent.values());
        consent.setItemLabelGenerator(value -> Formats.enumLabel(this, value));
        consent.setValue(n.referralConsent());
        consent.setVisible(n.referralPartnerId() != null);
        referralPartner.addValueChangeListener(e -> consent.setVisible(e.getValue() != null));
        outcome.setLabel(getTranslation("need.outcome"));
        outcome.setHelperText(getTranslation("need.outcome.help"));
        outcome.setValue(n.outcome());
        outcome.setMinHeight("6em");
        interpreter = new org.jcpp.liaison.referencedata.InterpreterFields();
        interpreter.use.setHelperText(getTranslation("need.interpreter.help"));
        var form = new FormLayout(status, owner, dueOn, referralPartner, consent, outcome, interpreter);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(outcome, 2);
        form.setColspan(interpreter, 2);
        save.setText(getTranslation("need.save"));
        add(new H2(getTranslation("need.follow-up")), form, save);

        add(new H2(getTranslation("need.history")));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var history = new Div();
        history.addClassName("recent-list");
        for (var event : n.history()) {
            var when = new Span(format.format(event.at()));
            when.addClassName("recent-when");
            var what = new Span(getTranslation(
                    "need.event." + event.change().what(), labels.user(event.byId()), historyDetail(event.change())));
            var row = new Div(when, what);
            row.addClassName("recent-item");
            history.add(row);
        }
        add(history);
    }

    /** The statuses offered: where the need stands and the steps it may take from there, in their order. */
    private static List<NeedStatus> offeredSteps(NeedStatus now) {
        return java.util.Arrays.stream(NeedStatus.values())
                .filter(now::mayMoveTo)
                .toList();
    }

    private String historyDetail(NeedChange change) {
        return switch (change) {
            case NeedChange.StatusChanged s ->
                Formats.enumLabel(this, s.from()) + " → " + Formats.enumLabel(this, s.to());
            case NeedChange.OwnerChanged o -> labels.user(o.ownerId());
            case NeedChange.DueChanged d -> d.dueOn() == null ? "" : Formats.date(d.dueOn());
            case NeedChange.InterpreterOnFollowUp i ->
                org.jcpp.liaison.referencedata.InterpreterFields.describe(
                        this, new org.jcpp.liaison.referencedata.Interpreting(i.use(), i.mode()));
            case NeedChange.ReferralChanged r ->
                r.partnerId() == null
                        ? getTranslation("need.referral.none")
                        : labels.partners.getOrDefault(r.partnerId(), "");
            default -> change.detail();
        };
    }

    private void save() {
        if (!dueOn.checkInput()) {
            return;
        }
        if (owner.getValue() == null) {
            owner.setErrorMessage(getTranslation("validation.required"));
            owner.setInvalid(true);
            return;
        }
        if (outcome.getValue().length() > ContactLimits.NEED_TEXT_MAX) {
            outcome.setErrorMessage(getTranslation("need.text.too-long"));
            outcome.setInvalid(true);
            return;
        }
        WordingCheck.thenSave(this, List.of(outcome.getValue()), this::send, outcome::focus);
    }

    private void send() {
        var update = new NeedUpdate(
                need.id(),
                need.version(),
                status.getValue(),
                owner.getValue().id(),
                dueOn.getValue(),
                referralPartner.getValue(),
                referralPartner.getValue() == null ? null : consent.getValue(),
                outcome.getValue(),
                interpreter.use.getValue() == null
                        ? org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED
                        : interpreter.use.getValue(),
                interpreter.mode.getValue());
        NeedDetails[] saved = new NeedDetails[1];
        boolean ok = FormErrors.attempt(
                this,
                Map.of(
                        "ownerId", owner,
                        "dueOn", dueOn,
                        "referralConsent", consent,
                        "referralPartnerId", referralPartner,
                        "outcome", outcome,
                        "status", status,
                        "interpreterMode", interpreter.mode),
                () -> saved[0] = needs.update(update));
        if (ok) {
            need = saved[0];
            Notices.success(getTranslation("need.saved"));
            show();
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return need == null ? null : need.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("need.title");
    }
}
