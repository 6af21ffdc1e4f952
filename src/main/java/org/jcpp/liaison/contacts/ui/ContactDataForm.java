package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.ui.DateTimeField;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactEvents;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactLimits;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.FollowUpWindow;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.referencedata.InterpreterFields;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a community contact, bound to a {@link ContactData} record by its component names: when (with one-tap
 * days), where, the kind and place, a headcount (not names), languages and interpretation, groups, topics, partners and
 * a summary; below them the needs raised, each in its own {@link NeedEditor}. The outreach event a contact belongs to
 * is carried (from the event's page) or chosen among the city's events of that day. The view places it and saves what
 * {@link #write()} gives.
 */
class ContactDataForm extends RecordForm<ContactData, VerticalLayout> {

    final DateTimeField occurredAt = new DateTimeField();
    final ComboBox<Long> city = new ComboBox<>();
    final ComboBox<UserRef> liaison = new ComboBox<>();
    final Select<ContactKind> kind = new Select<>();
    final Select<PlaceType> placeType = new Select<>();
    final WholeNumberField headcount = new WholeNumberField();
    final MultiSelectComboBox<Long> languages = new MultiSelectComboBox<>();
    final InterpreterFields interpreter = new InterpreterFields();
    final MultiSelectComboBox<Long> groups = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> partners = new MultiSelectComboBox<>();
    final TextArea summary = new TextArea();
    final Button today = new Button();
    final Button yesterday = new Button();
    final Button lastSaturday = new Button();
    final Select<ContactEvents.EventChoice> atEvent = new Select<>();
    final List<NeedEditor> needEditors = new ArrayList<>();
    final Button addNeed = new Button();

    /** The needs and the event are not fields here: they are set from the need editors and the event on writing. */
    private final ReadOnlyHasValue<List<NeedData>> needs = new ReadOnlyHasValue<>(v -> {});

    private final ReadOnlyHasValue<Long> event = new ReadOnlyHasValue<>(v -> {});
    private final ContactService contacts;
    /** The data-use notice in force, read once, when the first need editor is made. */
    private org.jcpp.liaison.referencedata.@org.jspecify.annotations.Nullable DataUseNotice notice;

    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Labels labels;
    private final Clock clock;
    private final Div needsBox = new Div();
    private final H2 needsTitle = new H2();

    /** The stored contact being changed (its city and liaison stay offered), or null for a new one. */
    private @Nullable ContactData stored;
    /** The outreach event a new contact is logged from (its page), or null. */
    private @Nullable Long fromEvent;

    ContactDataForm(
            ContactService contacts, Labels labels, AccountDirectory directory, CurrentUser currentUser, Clock clock) {
        super(ContactData.class);
        this.contacts = contacts;
        this.labels = labels;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        var when = bindWhen();
        bindWhere();
        bindWho();
        bindReach();
        bindSummary();
        binder.forField(needs).bind("needs");
        binder.forField(event).bind("eventId");
        layOut(when);
        readNew();
        city.addValueChangeListener(e -> cityChanged());
        city.addValueChangeListener(e -> offerEvents());
        occurredAt.addValueChangeListener(e -> limitDueDates());
        occurredAt.addValueChangeListener(e -> offerEvents());
        cityChanged();
        offerEvents();
    }

    private Div bindWhen() {
        occurredAt.setLabel(getTranslation("contacts.when"));
        occurredAt.setRequiredIndicatorVisible(true);
        occurredAt.setMin(PastWindow.asOf(clock).earliest().atStartOfDay());
        occurredAt.setWidthFull();
        binder.forField(occurredAt)
                .asRequired(getTranslation("validation.required"))
                .withValidator(when -> !PastWindow.asOf(clock).isFuture(when), getTranslation("contact.when.future"))
                .bind("occurredAt");
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
        return when;
    }

    private void bindWhere() {
        var myCities = labels.activeScopeCities(currentUser.scope()::allows);
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(myCities.keySet());
        city.setItemLabelGenerator(id -> myCities.getOrDefault(id, labels.city(id)));
        required(city, "cityId");
        atEvent.setLabel(getTranslation("contacts.at-event"));
        atEvent.setEmptySelectionAllowed(true);
        atEvent.setEmptySelectionCaption(getTranslation("contacts.at-event.none"));
        atEvent.setItemLabelGenerator(choice -> choice == null
                ? getTranslation("contacts.at-event.none")
                : getTranslation("contacts.at-event.choice", choice.title(), Formats.dateTime(choice.startsAt())));
        atEvent.setVisible(false);
        kind.setLabel(getTranslation("contacts.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(value -> Formats.enumLabel(this, value));
        required(kind, "kind");
        placeType.setLabel(getTranslation("contacts.place"));
        placeType.setItems(PlaceType.values());
        placeType.setItemLabelGenerator(value -> Formats.enumLabel(this, value));
        required(placeType, "placeType");
    }

    private void bindWho() {
        liaison.setLabel(getTranslation("contacts.liaison"));
        liaison.setItemLabelGenerator(UserRef::displayName);
        liaison.setHelperText(getTranslation("contacts.liaison.help"));
        liaison.setVisible(currentUser.role().orElse(null) == Role.COORDINATOR);
        binder.forField(liaison).withConverter(new LiaisonId()).bind("liaisonId");
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
                .bind("headcount");
    }

    private void bindReach() {
        for (var pick : List.of(
                new Pick(languages, "languageIds", "contacts.languages", ReferenceKind.LANGUAGE, labels.languages),
                new Pick(groups, "groupIds", "contacts.groups", ReferenceKind.COMMUNITY_GROUP, labels.groups),
                new Pick(topics, "topicIds", "contacts.topics", ReferenceKind.TOPIC, labels.topics),
                new Pick(partners, "partnerIds", "contacts.partners", ReferenceKind.PARTNER, labels.partners))) {
            pick.box().setLabel(getTranslation(pick.labelKey()));
            pick.box().setItems(labels.offered(pick.kind(), Set.of()));
            pick.box().setItemLabelGenerator(id -> pick.names().getOrDefault(id, ""));
            MultiPicks.closeOnPick(pick.box());
            MultiPicks.wholeNames(pick.box());
            binder.forField(pick.box()).bind(pick.component());
        }
        interpreter.bind(binder, "interpreterUse", "interpreterMode");
    }

    private record Pick(
            MultiSelectComboBox<Long> box,
            String component,
            String labelKey,
            ReferenceKind kind,
            Map<Long, String> names) {}

    private void bindSummary() {
        summary.setLabel(getTranslation("contacts.summary"));
        summary.setHelperText(getTranslation("contacts.summary.help", ContactLimits.SUMMARY_MAX));
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.setMinHeight("8em");
        binder.forField(summary)
                .withValidator(new StringLengthValidator(
                        getTranslation("contact.summary.too-long"), 0, ContactLimits.SUMMARY_MAX))
                .bind("summary");
    }

    private void layOut(Div when) {
        var interpretation = interpreter;
        var fields = new FormLayout(
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
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        fields.setColspan(summary, 2);
        fields.setColspan(atEvent, 2);
        fields.setColspan(languages, 2);
        fields.setColspan(interpretation, 2);
        needsTitle.setText(getTranslation("contacts.needs-raised"));
        addNeed.setText(getTranslation("need.add"));
        addNeed.setIcon(VaadinIcon.PLUS.create());
        addNeed.addClickListener(e -> addNeedEditor(true));
        var layout = getContent();
        layout.setPadding(false);
        layout.add(fields, needsTitle, needsBox, addNeed);
    }

    /** A new contact: now, the only city if there is one, one person. */
    private void readNew() {
        occurredAt.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        chooseIfOnlyOne(city);
        headcount.setValue(1);
    }

    /** Shows a stored contact: its city, liaison and chosen entries stay offered even if no longer active. */
    void read(ContactData contact) {
        stored = contact;
        if (contact.liaisonId() != null) {
            var storedLiaison = new UserRef(contact.liaisonId(), labels.user(contact.liaisonId()));
            var liaisons = new ArrayList<>(directory.colleaguesIn(contact.cityId()));
            if (!liaisons.contains(storedLiaison)) {
                liaisons.add(storedLiaison);
            }
            liaison.setItems(liaisons);
        }
        languages.setItems(labels.offered(ReferenceKind.LANGUAGE, contact.languageIds()));
        groups.setItems(labels.offered(ReferenceKind.COMMUNITY_GROUP, contact.groupIds()));
        topics.setItems(labels.offered(ReferenceKind.TOPIC, contact.topicIds()));
        partners.setItems(labels.offered(ReferenceKind.PARTNER, contact.partnerIds()));
        if (!city.getListDataView().contains(contact.cityId())) {
            var items = new LinkedHashSet<>(city.getListDataView().getItems().toList());
            items.add(contact.cityId());
            city.setItems(items);
        }
        binder.readRecord(contact);
        cityChanged();
        needsTitle.setVisible(false); // a stored contact's needs are followed up on their own pages
        needsBox.setVisible(false);
        addNeed.setVisible(false);
    }

    /**
     * A new contact logged from an outreach event's page: the event's, in its city (when it is one of the user's) and
     * at its time (unless that is still to come), with a first need ready to be described.
     */
    void readFromEvent(long eventId, @Nullable Long cityId, @Nullable LocalDateTime at) {
        fromEvent = eventId;
        if (cityId != null && city.getListDataView().contains(cityId)) {
            city.setValue(cityId);
        }
        if (at != null && !at.isAfter(LocalDateTime.now(clock))) {
            occurredAt.setValue(at);
        }
        cityChanged();
        offerEvents();
        addNeedEditor(false); // ready to fill in, but the page opens at the top, where the event's context is
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
        List<ContactEvents.EventChoice> choices = stored != null || fromEvent != null || cityId == null || when == null
                ? List.of()
                : contacts.eventsOn(cityId, when.toLocalDate());
        var chosen = atEvent.getValue();
        atEvent.setItems(choices);
        atEvent.setValue(chosen != null && choices.contains(chosen) ? chosen : null);
        atEvent.setVisible(!choices.isEmpty());
    }

    private void cityChanged() {
        Long cityId = city.getValue();
        offerTopLanguagesFirst(cityId);
        List<UserRef> colleagues = cityId == null ? List.of() : directory.colleaguesIn(cityId);
        UserRef me = new UserRef(currentUser.requireId(), labels.user(currentUser.requireId()));
        if (liaison.isVisible()) {
            var choices = new ArrayList<>(colleagues);
            Long storedId = stored == null ? null : stored.liaisonId();
            UserRef kept = storedId == null ? null : new UserRef(storedId, labels.user(storedId));
            boolean sameCity = stored != null && stored.cityId().equals(cityId);
            if (kept != null && sameCity && !choices.contains(kept)) {
                choices.add(kept); // editing keeps the contact's liaison even if they no longer serve the city
            }
            UserRef current = liaison.getValue();
            liaison.setItems(choices);
            if (current != null && choices.contains(current)) {
                liaison.setValue(current);
            } else {
                liaison.setValue(sameCity ? kept : (colleagues.contains(me) ? me : null));
            }
        }
        UserRef defaultOwner = liaison.getValue() == null ? me : liaison.getValue();
        needEditors.forEach(editor -> editor.setOwners(colleagues, defaultOwner));
    }

    /** The city's most used languages (its contacts of the last year) first, then the others as before. */
    private void offerTopLanguagesFirst(@Nullable Long cityId) {
        var offered = labels.offered(ReferenceKind.LANGUAGE, stored == null ? Set.of() : stored.languageIds());
        var ordered = new LinkedHashSet<Long>();
        if (cityId != null) {
            contacts.topLanguages(cityId).stream().filter(offered::contains).forEach(ordered::add);
        }
        ordered.addAll(offered);
        var chosen = languages.getValue();
        languages.setItems(List.copyOf(ordered));
        languages.setValue(chosen);
    }

    private org.jcpp.liaison.referencedata.DataUseNotice dataUseNotice() {
        var read = notice;
        if (read == null) {
            read = contacts.dataUseNotice();
            notice = read;
        }
        return read;
    }

    private void addNeedEditor(boolean focus) {
        var editor = new NeedEditor(needEditors.size() + 1, labels, dataUseNotice(), () -> {});
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

    /** The contact as typed with its needs, or empty (each invalid field, of the contact or a need, shows why). */
    @Override
    public Optional<ContactData> write() {
        boolean needsValid = true;
        for (NeedEditor editor : needEditors) {
            needsValid &= editor.validate();
        }
        needs.setValue(needsValid ? needEditors.stream().map(NeedEditor::toData).toList() : List.of());
        event.setValue(
                fromEvent != null
                        ? fromEvent
                        : atEvent.getValue() == null ? null : atEvent.getValue().id());
        var contact = super.write();
        return needsValid ? contact : Optional.empty();
    }

    /** The texts typed (summary and needs), for the wording check before saving. */
    List<String> texts() {
        var texts = new ArrayList<String>();
        texts.add(summary.getValue());
        needEditors.forEach(editor -> texts.addAll(editor.texts()));
        return texts;
    }

    /** The fields by the names the service gives when it refuses a save ({@code needs[0].description} …). */
    @Override
    public Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>(super.fields());
        for (int i = 0; i < needEditors.size(); i++) {
            fields.putAll(needEditors.get(i).fields("needs[" + i + "]."));
        }
        return fields;
    }

    /** How many need editors a kept draft needs. */
    int needCount() {
        return needEditors.size();
    }

    /** Opens as many need editors as a kept draft had, before its values are put back. */
    void openNeedEditors(int count) {
        needEditors.clear();
        needsBox.removeAll();
        for (int i = 0; i < count; i++) {
            addNeedEditor(false);
        }
    }

    /** The liaison chosen (a colleague's name) as the record's liaison id. */
    private final class LiaisonId implements Converter<UserRef, Long> {

        @Override
        public Result<Long> convertToModel(@Nullable UserRef value, ValueContext context) {
            return Result.ok(value == null ? null : value.id());
        }

        @Override
        public @Nullable UserRef convertToPresentation(@Nullable Long id, ValueContext context) {
            return id == null ? null : new UserRef(id, labels.user(id));
        }
    }
}
