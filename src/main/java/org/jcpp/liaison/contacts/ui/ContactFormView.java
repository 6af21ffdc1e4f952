package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.DateTimeField;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactDetails;
import org.jcpp.liaison.contacts.ContactEvents;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactLimits;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.FollowUpWindow;
import org.jcpp.liaison.contacts.PlaceType;
import org.jspecify.annotations.Nullable;

/**
 * The quick-log form, built for a phone: when, where, who came (a headcount, not names), languages, topics, a summary,
 * and the needs raised. {@code contacts/log} logs a new contact; {@code contacts/log/ID} edits one. A refused save
 * marks the field and keeps everything typed.
 */
@Route("contacts/log")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class ContactFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    /** The form's values, kept as typed. */
    static class Form {
        private @Nullable LocalDateTime occurredAt;
        private @Nullable Long cityId;
        private @Nullable UserRef liaison;
        private @Nullable ContactKind kind;
        private @Nullable PlaceType placeType;
        private @Nullable Integer headcount;
        private Set<Long> languageIds = new HashSet<>();
        private boolean interpreterUsed;
        private boolean languageLineUsed;
        private Set<Long> groupIds = new HashSet<>();
        private Set<Long> topicIds = new HashSet<>();
        private Set<Long> partnerIds = new HashSet<>();
        private String summary = "";

        // getters and setters for the binder
        public @Nullable LocalDateTime getOccurredAt() {
            return occurredAt;
        }

        public void setOccurredAt(@Nullable LocalDateTime v) {
            occurredAt = v;
        }

        public @Nullable Long getCityId() {
            return cityId;
        }

        public void setCityId(@Nullable Long v) {
            cityId = v;
        }

        public @Nullable UserRef getLiaison() {
            return liaison;
        }

        public void setLiaison(@Nullable UserRef v) {
            liaison = v;
        }

        public @Nullable ContactKind getKind() {
            return kind;
        }

        public void setKind(@Nullable ContactKind v) {
            kind = v;
        }

        public @Nullable PlaceType getPlaceType() {
            return placeType;
        }

        public void setPlaceType(@Nullable PlaceType v) {
            placeType = v;
        }

        public @Nullable Integer getHeadcount() {
            return headcount;
        }

        public void setHeadcount(@Nullable Integer v) {
            headcount = v;
        }

        public Set<Long> getLanguageIds() {
            return languageIds;
        }

        public void setLanguageIds(Set<Long> v) {
            languageIds = new HashSet<>(v);
        }

        public boolean isInterpreterUsed() {
            return interpreterUsed;
        }

        public void setInterpreterUsed(boolean v) {
            interpreterUsed = v;
        }

        public boolean isLanguageLineUsed() {
            return languageLineUsed;
        }

        public void setLanguageLineUsed(boolean v) {
            languageLineUsed = v;
        }

        public Set<Long> getGroupIds() {
            return groupIds;
        }

        public void setGroupIds(Set<Long> v) {
            groupIds = new HashSet<>(v);
        }

        public Set<Long> getTopicIds() {
            return topicIds;
        }

        public void setTopicIds(Set<Long> v) {
            topicIds = new HashSet<>(v);
        }

        public Set<Long> getPartnerIds() {
            return partnerIds;
        }

        public void setPartnerIds(Set<Long> v) {
            partnerIds = new HashSet<>(v);
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String v) {
            summary = v == null ? "" : v;
        }
    }

    final DateTimeField occurredAt = new DateTimeField();
    final ComboBox<Long> city = new ComboBox<>();
    final ComboBox<UserRef> liaison = new ComboBox<>();
    final Select<ContactKind> kind = new Select<>();
    final Select<PlaceType> placeType = new Select<>();
    final WholeNumberField headcount = new WholeNumberField();
    final MultiSelectComboBox<Long> languages = new MultiSelectComboBox<>();
    final Checkbox interpreterUsed = new Checkbox();
    final Checkbox languageLineUsed = new Checkbox();
    final MultiSelectComboBox<Long> groups = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> partners = new MultiSelectComboBox<>();
    final TextArea summary = new TextArea();
    final List<NeedEditor> needEditors = new ArrayList<>();
    final Button addNeed = new Button();
    final Button save = new SaveButton("", this::save);
    final Button today = new Button();
    final Button yesterday = new Button();
    final Button lastSaturday = new Button();
    final Select<ContactEvents.EventChoice> atEvent = new Select<>();

    private final ContactService contacts;
    private final Clock clock;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Labels labels;
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();
    private final Div needsBox = new Div();
    private final H2 needsTitle = new H2();
    private @Nullable ContactDetails editing;
    private @Nullable Long eventId;

    ContactFormView(
            ContactService contacts,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser,
            Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
        this.directory = directory;
        this.currentUser = currentUser;
        this.labels = new Labels(this, referenceData, directory);
        addClassName("contact-form-view");
        setMaxWidth("60rem");

        occurredAt.setLabel(getTranslation("contacts.when"));
        occurredAt.setRequiredIndicatorVisible(true);
        occurredAt.setMin(PastWindow.asOf(clock).earliest().atStartOfDay());
        binder.forField(occurredAt)
                .asRequired(getTranslation("validation.required"))
                .withValidator(when -> !PastWindow.asOf(clock).isFuture(when), getTranslation("contact.when.future"))
                .bind(Form::getOccurredAt, Form::setOccurredAt);
        occurredAt.addValueChangeListener(e -> limitDueDates());
        occurredAt.addValueChangeListener(e -> offerEvents());
        var day = new Div(today, yesterday, lastSaturday);
        day.addClassName("date-shortcuts");
        shortcut(today, "contacts.day.today", LocalDate.now(clock));
        shortcut(yesterday, "contacts.day.yesterday", LocalDate.now(clock).minusDays(1));
        shortcut(
                lastSaturday,
                "contacts.day.last-saturday",
                LocalDate.now(clock).with(TemporalAdjusters.previous(DayOfWeek.SATURDAY)));
        var when = new Div(occurredAt, day);
        when.addClassName("contact-when");
        occurredAt.setWidthFull();

        atEvent.setLabel(getTranslation("contacts.at-event"));
        atEvent.setEmptySelectionAllowed(true);
        atEvent.setEmptySelectionCaption(getTranslation("contacts.at-event.none"));
        atEvent.setItemLabelGenerator(choice -> choice == null
                ? getTranslation("contacts.at-event.none")
                : getTranslation("contacts.at-event.choice", choice.title(), Formats.dateTime(choice.startsAt())));
        atEvent.setVisible(false);

        var myCities = labels.activeScopeCities(currentUser);
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(myCities.keySet());
        city.setItemLabelGenerator(id -> myCities.getOrDefault(id, labels.city(id)));
        binder.forField(city).asRequired(getTranslation("validation.required")).bind(Form::getCityId, Form::setCityId);

        liaison.setLabel(getTranslation("contacts.liaison"));
        liaison.setItemLabelGenerator(UserRef::displayName);
        liaison.setHelperText(getTranslation("contacts.liaison.help"));
        liaison.setVisible(currentUser.role().orElse(null) == Role.COORDINATOR);
        binder.forField(liaison).bind(Form::getLiaison, Form::setLiaison);

        kind.setLabel(getTranslation("contacts.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(labels::enumLabel);
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind(Form::getKind, Form::setKind);
        placeType.setLabel(getTranslation("contacts.place"));
        placeType.setItems(PlaceType.values());
        placeType.setItemLabelGenerator(labels::enumLabel);
        binder.forField(placeType)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getPlaceType, Form::setPlaceType);

        headcount.setLabel(getTranslation("contacts.headcount"));
        headcount.setHelperText(getTranslation("contacts.headcount.help"));
        headcount.setStepButtonsVisible(true);
        headcount.setRangeMessage(getTranslation("contact.headcount.range"));
        binder.forField(headcount)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("contact.headcount.range"),
                        ContactLimits.HEADCOUNT_MIN,
                        ContactLimits.HEADCOUNT_MAX))
                .bind(Form::getHeadcount, Form::setHeadcount);

        multi(languages, "contacts.languages", labels.languages, labels.offered(ReferenceKind.LANGUAGE, Set.of()));
        binder.forField(languages).bind(Form::getLanguageIds, Form::setLanguageIds);
        interpreterUsed.setLabel(getTranslation("contacts.interpreter"));
        binder.forField(interpreterUsed).bind(Form::isInterpreterUsed, Form::setInterpreterUsed);
        languageLineUsed.setLabel(getTranslation("contacts.language-line"));
        binder.forField(languageLineUsed).bind(Form::isLanguageLineUsed, Form::setLanguageLineUsed);
        multi(groups, "contacts.groups", labels.groups, labels.offered(ReferenceKind.COMMUNITY_GROUP, Set.of()));
        binder.forField(groups).bind(Form::getGroupIds, Form::setGroupIds);
        multi(topics, "contacts.topics", labels.topics, labels.offered(ReferenceKind.TOPIC, Set.of()));
        binder.forField(topics).bind(Form::getTopicIds, Form::setTopicIds);
        multi(partners, "contacts.partners", labels.partners, labels.offered(ReferenceKind.PARTNER, Set.of()));
        binder.forField(partners).bind(Form::getPartnerIds, Form::setPartnerIds);

        summary.setLabel(getTranslation("contacts.summary"));
        summary.setHelperText(getTranslation("contacts.summary.help", ContactLimits.SUMMARY_MAX));
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.setMinHeight("8em");
        binder.forField(summary)
                .withValidator(new StringLengthValidator(
                        getTranslation("contact.summary.too-long"), 0, ContactLimits.SUMMARY_MAX))
                .bind(Form::getSummary, Form::setSummary);

        var interpretation = new Div(interpreterUsed, languageLineUsed);
        interpretation.addClassName("checkbox-row");
        var layout = new FormLayout(
                when,
                city,
                atEvent,
                liaison,
                kind,
                placeType,
                headcount,
                languages,
                interpretation,
                groups,
                topics,
                partners,
                summary);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(summary, 2);
        layout.setColspan(atEvent, 2);
        layout.setColspan(languages, 2);
        layout.setColspan(interpretation, 2);

        needsTitle.setText(getTranslation("contacts.needs-raised"));
        addNeed.setText(getTranslation("need.add"));
        addNeed.setIcon(VaadinIcon.PLUS.create());
        addNeed.addClickListener(e -> addNeedEditor(true));

        save.setText(getTranslation("contacts.save"));
        var cancel = new Button(getTranslation("action.cancel"), e -> leave());
        var actions = new HorizontalLayout(save, cancel);
        actions.addClassName("form-actions");

        city.addValueChangeListener(e -> cityChanged());
        city.addValueChangeListener(e -> offerEvents());
        add(layout, needsTitle, needsBox, addNeed, actions);

        form.setOccurredAt(LocalDateTime.now().withSecond(0).withNano(0));
        if (myCities.size() == 1) {
            form.setCityId(myCities.keySet().iterator().next());
        }
        form.setHeadcount(1);
        binder.readBean(form);
        cityChanged();
        offerEvents();
    }

    /** A one-tap day (today, yesterday, last Saturday), keeping the time already chosen. */
    private void shortcut(Button button, String key, LocalDate day) {
        button.setText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> {
            LocalDateTime current = occurredAt.getValue();
            occurredAt.setValue(day.atTime(
                    current == null ? LocalTime.now(clock).withSecond(0).withNano(0) : current.toLocalTime()));
        });
    }

    /**
     * A new contact on a day the city held outreach events offers them ("Was this at …?"): choosing one links the
     * contact to the event, as logging it from the event's page does.
     */
    private void offerEvents() {
        Long cityId = city.getValue();
        LocalDateTime when = occurredAt.getValue();
        List<ContactEvents.EventChoice> choices = editing != null || eventId != null || cityId == null || when == null
                ? List.of()
                : contacts.eventsOn(cityId, when.toLocalDate());
        var chosen = atEvent.getValue();
        atEvent.setItems(choices);
        atEvent.setValue(chosen != null && choices.contains(chosen) ? chosen : null);
        atEvent.setVisible(!choices.isEmpty());
    }

    private void multi(MultiSelectComboBox<Long> box, String labelKey, Map<Long, String> names, List<Long> offered) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(offered);
        box.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        MultiPicks.closeOnPick(box);
        MultiPicks.wholeNames(box);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            fromEvent(event.getLocation());
            return;
        }
        editing = Records.orNotFound(event, () -> contacts.get(id)).orElse(null);
        if (editing == null) {
            return;
        }
        if (!editing.canEdit()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        form.setOccurredAt(editing.occurredAt());
        form.setCityId(editing.cityId());
        var storedLiaison = new UserRef(editing.liaisonId(), labels.user(editing.liaisonId()));
        var liaisons = new ArrayList<>(directory.colleaguesIn(editing.cityId()));
        if (!liaisons.contains(storedLiaison)) {
            liaisons.add(storedLiaison);
        }
        liaison.setItems(liaisons);
        form.setLiaison(storedLiaison);
        form.setKind(editing.kind());
        form.setPlaceType(editing.placeType());
        form.setHeadcount(editing.headcount());
        form.setLanguageIds(editing.languageIds());
        form.setInterpreterUsed(editing.interpreterUsed());
        form.setLanguageLineUsed(editing.languageLineUsed());
        form.setGroupIds(editing.groupIds());
        form.setTopicIds(editing.topicIds());
        form.setPartnerIds(editing.partnerIds());
        form.setSummary(editing.summary());
        languages.setItems(labels.offered(ReferenceKind.LANGUAGE, editing.languageIds()));
        groups.setItems(labels.offered(ReferenceKind.COMMUNITY_GROUP, editing.groupIds()));
        topics.setItems(labels.offered(ReferenceKind.TOPIC, editing.topicIds()));
        partners.setItems(labels.offered(ReferenceKind.PARTNER, editing.partnerIds()));
        if (!city.getListDataView().contains(editing.cityId())) {
            var items = new LinkedHashSet<>(city.getListDataView().getItems().toList());
            items.add(editing.cityId());
            city.setItems(items);
        }
        binder.readBean(form);
        cityChanged();
        needsTitle.setVisible(false);
        needsBox.setVisible(false);
        addNeed.setVisible(false);
    }

    /**
     * {@code contacts/log?event=ID&city=ID&at=…} from an outreach event's page: the contact is the event's, in its city
     * and at its time, and a first need is ready to be described.
     */
    private void fromEvent(com.vaadin.flow.router.Location location) {
        eventId = Addresses.longParameter(location, "event").orElse(null);
        if (eventId == null) {
            return;
        }
        Addresses.longParameter(location, "city")
                .filter(city.getListDataView()::contains)
                .ifPresent(form::setCityId);
        Addresses.dateTimeParameter(location, "at")
                .filter(at -> !at.isAfter(LocalDateTime.now()))
                .ifPresent(form::setOccurredAt);
        binder.readBean(form);
        cityChanged();
        var fromEvent = new Anchor("event/" + eventId, getTranslation("contacts.from-event"));
        fromEvent.addClassName("from-event");
        addComponentAsFirst(fromEvent);
        addNeedEditor(false); // ready to fill in, but the page opens at the top, where the event's context is
    }

    private void cityChanged() {
        Long cityId = city.getValue();
        offerTopLanguagesFirst(cityId);
        List<UserRef> colleagues = cityId == null ? List.of() : directory.colleaguesIn(cityId);
        UserRef me = new UserRef(currentUser.requireId(), labels.user(currentUser.requireId()));
        if (liaison.isVisible()) {
            var choices = new ArrayList<>(colleagues);
            UserRef stored =
                    editing == null ? null : new UserRef(editing.liaisonId(), labels.user(editing.liaisonId()));
            boolean sameCity = editing != null && editing.cityId() == (cityId == null ? -1 : cityId);
            if (stored != null && sameCity && !choices.contains(stored)) {
                choices.add(stored); // editing keeps the contact's liaison even if they no longer serve the city
            }
            UserRef current = liaison.getValue();
            liaison.setItems(choices);
            if (current != null && choices.contains(current)) {
                liaison.setValue(current);
            } else {
                liaison.setValue(sameCity ? stored : (colleagues.contains(me) ? me : null));
            }
        }
        UserRef defaultOwner = liaison.getValue() == null ? me : liaison.getValue();
        needEditors.forEach(editor -> editor.setOwners(colleagues, defaultOwner));
    }

    /** The city's most used languages (its contacts of the last year) first, then the others as before. */
    private void offerTopLanguagesFirst(@Nullable Long cityId) {
        var offered = labels.offered(ReferenceKind.LANGUAGE, editing == null ? Set.of() : editing.languageIds());
        var ordered = new java.util.LinkedHashSet<Long>();
        if (cityId != null) {
            contacts.topLanguages(cityId).stream().filter(offered::contains).forEach(ordered::add);
        }
        ordered.addAll(offered);
        var chosen = languages.getValue();
        languages.setItems(List.copyOf(ordered));
        languages.setValue(chosen);
    }

    private void addNeedEditor(boolean focus) {
        var editor = new NeedEditor(needEditors.size() + 1, labels, () -> {});
        editor.remove.addClickListener(e -> {
            needEditors.remove(editor);
            needsBox.remove(editor);
        });
        needEditors.add(editor);
        needsBox.add(editor);
        cityChanged();
        limitDueDates();
        if (focus) {
            editor.category.focus();
        }
    }

    /** The needs' follow-up dates are offered from the day of the contact on. */
    private void limitDueDates() {
        LocalDate day = occurredAt.getValue() == null
                ? LocalDate.now(clock)
                : occurredAt.getValue().toLocalDate();
        needEditors.forEach(editor -> editor.limitDueOn(FollowUpWindow.forContactOn(day, clock)));
    }

    private void save() {
        boolean valid = binder.writeBeanIfValid(form);
        for (NeedEditor editor : needEditors) {
            valid &= editor.validate();
        }
        if (!valid) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        var texts = new ArrayList<String>();
        texts.add(form.getSummary());
        needEditors.forEach(editor -> texts.addAll(editor.texts()));
        WordingCheck.thenSave(this, texts, this::send, summary::focus);
    }

    private void send() {
        var data = new ContactData(
                form.getOccurredAt(),
                form.getCityId(),
                form.getLiaison() == null ? null : form.getLiaison().id(),
                form.getKind(),
                form.getPlaceType(),
                form.getLanguageIds(),
                form.getGroupIds(),
                form.getTopicIds(),
                form.getPartnerIds(),
                form.getHeadcount(),
                form.isInterpreterUsed(),
                form.isLanguageLineUsed(),
                form.getSummary(),
                needEditors.stream().map(NeedEditor::toData).toList(),
                eventId != null
                        ? eventId
                        : atEvent.getValue() == null ? null : atEvent.getValue().id());
        ContactDetails[] saved = new ContactDetails[1];
        boolean ok = FormErrors.attempt(
                this,
                fields(),
                () -> saved[0] =
                        editing == null ? contacts.log(data) : contacts.update(editing.id(), editing.version(), data));
        if (ok) {
            Notices.success(getTranslation(editing == null ? "contacts.logged" : "contacts.updated"));
            getUI().ifPresent(ui -> ui.navigate(
                    ContactView.class,
                    saved[0].id(),
                    editing == null ? QueryParameters.of("logged", "1") : QueryParameters.empty()));
        }
    }

    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("occurredAt", occurredAt);
        fields.put("cityId", city);
        fields.put("liaisonId", liaison);
        fields.put("kind", kind);
        fields.put("placeType", placeType);
        fields.put("headcount", headcount);
        fields.put("languageIds", languages);
        fields.put("groupIds", groups);
        fields.put("topicIds", topics);
        fields.put("partnerIds", partners);
        fields.put("summary", summary);
        for (int i = 0; i < needEditors.size(); i++) {
            fields.putAll(needEditors.get(i).fields("needs[" + i + "]."));
        }
        return fields;
    }

    private void leave() {
        DraftKeeper.finish(this); // cancelled: what was typed is not kept
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(ContactListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ContactView.class, editing.id()));
        }
    }

    @Override
    public Map<String, Integer> draftShape() {
        return Map.of("needs", needEditors.size());
    }

    @Override
    public void prepareForDraft(Map<String, Integer> shape) {
        needEditors.clear();
        needsBox.removeAll();
        for (int i = 0; i < shape.getOrDefault("needs", 0); i++) {
            addNeedEditor(false);
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "contacts.log" : "contacts.edit");
    }
}
