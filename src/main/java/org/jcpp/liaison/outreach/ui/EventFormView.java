package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.DateTimeField;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.outreach.EventData;
import org.jcpp.liaison.outreach.EventDetails;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.EventType;
import org.jcpp.liaison.outreach.OutreachLimits;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.PoliceData;
import org.jspecify.annotations.Nullable;

/**
 * Planning an event ({@code events/plan}, {@code ?series=ID} for a session of a series) and recording how it went
 * ({@code events/plan/ID}): held with its attendance, police participation and outcomes, or cancelled. A refused save
 * marks the field and keeps everything typed.
 */
@Route("events/plan")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class EventFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final TextField title = new TextField();
    final Select<EventType> type = new Select<>();
    final ComboBox<Long> city = new ComboBox<>();
    final TextField venue = new TextField();
    final DateTimeField startsAt = new DateTimeField();
    final DateTimeField endsAt = new DateTimeField();
    final ComboBox<UserRef> organiser = new ComboBox<>();
    final MultiSelectComboBox<Long> partners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> languages = new MultiSelectComboBox<>();
    final ComboBox<Long> series = new ComboBox<>();
    final Select<EventStatus> status = new Select<>();
    final WholeNumberField attendance = new WholeNumberField();
    final TextArea outcomes = new TextArea();
    final List<GroupRow> groupRows = new ArrayList<>();
    final List<PoliceRow> policeRows = new ArrayList<>();
    final Button addGroup = new Button();
    final Button addPolice = new Button();
    final Button save = new SaveButton("", this::save);

    private final OutreachService outreach;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Names names;
    private final Map<Long, String> departments;
    private final Div groupsBox = new Div();
    private final Div policeBox = new Div();
    private final Map<Long, String> seriesTitles = new LinkedHashMap<>();
    private @Nullable EventDetails editing;
    private @Nullable LocalDateTime lastStart;

    EventFormView(
            OutreachService outreach,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            CurrentUser currentUser) {
        this.outreach = outreach;
        this.directory = directory;
        this.currentUser = currentUser;
        this.names = new Names(referenceData, directory);
        this.departments = names.reference.departmentsWhere(id -> true, true, null);
        addClassName("event-form-view");
        setMaxWidth("60rem");

        title.setLabel(getTranslation("outreach.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(OutreachLimits.TITLE_MAX);
        type.setLabel(getTranslation("outreach.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> Formats.enumLabel(this, t));
        type.setRequiredIndicatorVisible(true);
        var cities = names.reference.citiesWhere(currentUser.scope()::allows);
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(id -> cities.getOrDefault(id, names.reference.city(id)));
        city.setRequiredIndicatorVisible(true);
        venue.setLabel(getTranslation("outreach.venue"));
        venue.setMaxLength(OutreachLimits.VENUE_MAX);
        startsAt.setLabel(getTranslation("outreach.starts"));
        endsAt.setLabel(getTranslation("outreach.ends"));
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setStep(Duration.ofMinutes(15));
        startsAt.setRequiredIndicatorVisible(true);
        startsAt.setMin(LocalDate.now().minusYears(OutreachLimits.YEARS_BACK).atStartOfDay());
        startsAt.setMax(LocalDate.now().plusYears(OutreachLimits.YEARS_AHEAD).atStartOfDay());
        endsAt.setRequiredIndicatorVisible(true);
        organiser.setLabel(getTranslation("outreach.organiser"));
        organiser.setItemLabelGenerator(UserRef::displayName);
        organiser.setVisible(currentUser.role().orElse(null) == Role.COORDINATOR);
        multi(partners, "contacts.partners", names.partners);
        multi(languages, "outreach.languages", names.languages);
        series.setLabel(getTranslation("outreach.series"));
        series.setItemLabelGenerator(id -> seriesTitles.getOrDefault(id, ""));
        series.setClearButtonVisible(true);
        status.setLabel(getTranslation("outreach.status"));
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(s -> Formats.enumLabel(this, s));
        status.setValue(EventStatus.PLANNED);
        attendance.setLabel(getTranslation("outreach.attendance"));
        attendance.setHelperText(getTranslation("outreach.attendance.help"));
        outcomes.setLabel(getTranslation("outreach.outcomes"));
        outcomes.setHelperText(getTranslation("outreach.outcomes.help"));
        outcomes.setValueChangeMode(ValueChangeMode.EAGER);
        outcomes.setMinHeight("6em");

        // Starts and Ends share a row on a wide screen (stacked on a phone)
        var layout = new FormLayout(
                title, type, city, startsAt, endsAt, venue, organiser, series, partners, languages, status, attendance);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(title, 2);
        addGroup.setText(getTranslation("outreach.group.add"));
        addGroup.setIcon(VaadinIcon.PLUS.create());
        addGroup.addClickListener(e -> addGroupRow(null, null));
        addPolice.setText(getTranslation("outreach.police.add"));
        addPolice.setIcon(VaadinIcon.PLUS.create());
        addPolice.addClickListener(e -> addPoliceRow(null));
        save.setText(getTranslation("outreach.save"));
        var cancel = new Button(getTranslation("action.cancel"), e -> leave());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-actions");
        add(
                layout,
                new H3(getTranslation("outreach.by-group")),
                groupsBox,
                addGroup,
                new H3(getTranslation("outreach.police")),
                policeBox,
                addPolice,
                outcomes,
                buttons);
        outcomes.setWidthFull();

        city.addValueChangeListener(e -> cityChanged());
        startsAt.addValueChangeListener(e -> startMoved(e.getValue()));
        LocalDateTime next = LocalDateTime.now()
                .plusDays(1)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        startsAt.setValue(next);
        if (cities.size() == 1) {
            city.setValue(cities.keySet().iterator().next());
        }
        cityChanged();
    }

    /**
     * The end follows the start: moving the start moves the end by as much, so the event keeps its length (an end
     * not yet chosen, or not after the new start, becomes the start plus the usual length).
     */
    private void startMoved(@Nullable LocalDateTime start) {
        if (start == null) {
            return; // cleared: the next start moves the end from the last one
        }
        LocalDateTime end = endsAt.getValue();
        if (end != null && lastStart != null && end.isAfter(lastStart)) {
            endsAt.setValue(end.plus(Duration.between(lastStart, start)));
        } else if (end == null || !end.isAfter(start)) {
            endsAt.setValue(start.plus(OutreachLimits.DEFAULT_LENGTH));
        }
        lastStart = start;
    }

    private void multi(MultiSelectComboBox<Long> box, String labelKey, Map<Long, String> items) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items.keySet());
        box.setItemLabelGenerator(id -> items.getOrDefault(id, ""));
        org.jcpp.liaison.base.ui.MultiPicks.closeOnPick(box);
        org.jcpp.liaison.base.ui.MultiPicks.wholeNames(box);
    }

    private void addGroupRow(@Nullable Long groupId, @Nullable Integer people) {
        var row = new GroupRow(names.groups, groupId, people);
        row.remove.addClickListener(e -> {
            groupRows.remove(row);
            groupsBox.remove(row);
        });
        groupRows.add(row);
        groupsBox.add(row);
    }

    private void addPoliceRow(@Nullable PoliceData value) {
        var row = new PoliceRow(departments, names.reference::department, value);
        row.remove.addClickListener(e -> {
            policeRows.remove(row);
            policeBox.remove(row);
        });
        policeRows.add(row);
        policeBox.add(row);
    }

    /** A city brings its series and the colleagues who may organise there. */
    private void cityChanged() {
        Long cityId = city.getValue();
        Long chosenSeries = series.getValue();
        seriesTitles.clear();
        if (cityId != null) {
            seriesTitles.putAll(outreach.seriesIn(cityId));
        }
        series.setItems(seriesTitles.keySet());
        if (chosenSeries != null && seriesTitles.containsKey(chosenSeries)) {
            series.setValue(chosenSeries);
        }
        if (organiser.isVisible()) {
            long me = currentUser.requireId();
            var myself = new UserRef(me, names.user(me));
            var choices = new ArrayList<>(cityId == null ? List.<UserRef>of() : directory.colleaguesIn(cityId));
            if (editing != null && cityId != null && cityId == editing.cityId()) {
                var stored = new UserRef(editing.organiserId(), names.user(editing.organiserId()));
                if (!choices.contains(stored)) {
                    choices.add(stored);
                }
            }
            UserRef current = organiser.getValue();
            organiser.setItems(choices);
            organiser.setValue(
                    current != null && choices.contains(current) ? current : choices.contains(myself) ? myself : null);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            Addresses.longParameter(event.getLocation(), "series").ifPresent(this::startInSeries);
            return;
        }
        editing = Records.orNotFound(event, () -> outreach.get(id)).orElse(null);
        if (editing == null) {
            return;
        }
        if (!editing.canEdit()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setValue(editing.title());
        type.setValue(editing.type());
        if (!city.getListDataView().contains(editing.cityId())) {
            var items = new ArrayList<>(city.getListDataView().getItems().toList());
            items.add(editing.cityId());
            city.setItems(items);
        }
        city.setValue(editing.cityId());
        venue.setValue(editing.venue());
        startsAt.setValue(editing.startsAt());
        endsAt.setValue(editing.endsAt());
        cityChanged();
        if (organiser.isVisible()) {
            organiser.setValue(new UserRef(editing.organiserId(), names.user(editing.organiserId())));
        }
        series.setValue(editing.seriesId());
        partners.setValue(editing.partnerIds());
        languages.setValue(editing.languageIds());
        status.setValue(
                editing.status() == EventStatus.PLANNED && editing.endsAt().isBefore(LocalDateTime.now())
                        ? EventStatus.HELD // a planned event that is over is opened to record how it went
                        : editing.status());
        attendance.setValue(editing.attendance());
        editing.groupAttendance().forEach(this::addGroupRow);
        editing.police().forEach(this::addPoliceRow);
        outcomes.setValue(editing.outcomes());
    }

    private void startInSeries(long seriesId) {
        try {
            var chosen = outreach.getSeries(seriesId);
            city.setValue(chosen.cityId());
            cityChanged();
            series.setValue(chosen.id());
            type.setValue(EventType.ACADEMY_SESSION);
            title.setValue(getTranslation(
                    "outreach.session-title", chosen.title(), chosen.sessions().size() + 1));
        } catch (org.jcpp.liaison.base.RecordNotFoundException e) {
            Notices.error(getTranslation("outreach.series.not-found"));
        }
    }

    private void save() {
        clearErrors();
        boolean valid = required(title)
                & required(type)
                & required(city)
                & required(startsAt)
                & required(endsAt)
                & required(status)
                & startsAt.checkInput()
                & endsAt.checkInput();
        for (GroupRow row : groupRows) {
            valid &= notNegative(row.headcount);
            if (row.group.isEmpty() && row.headcount.getValue() != null) {
                valid &= required(row.group); // a count typed without its group is not dropped silently
            }
        }
        for (PoliceRow row : policeRows) {
            valid &= notNegative(row.officers) & notNegative(row.recruits);
            if (row.department.isEmpty() && row.hasNumbers()) {
                valid &= required(row.department);
            }
            if (!row.hours.checkInput()) {
                valid = false;
            } else if (row.hours.getValue() != null && row.hours.getValue().signum() < 0) {
                row.hours.setErrorMessage(getTranslation("outreach.hours.range"));
                row.hours.setInvalid(true);
                valid = false;
            }
        }
        valid &= notNegative(attendance);
        if (!valid) {
            Notices.error(getTranslation("error.check-input"));
            return;
        }
        var data = data();
        Runnable wordingThenSend = () -> WordingCheck.thenSave(
                this,
                List.of(title.getValue(), venue.getValue(), outcomes.getValue()),
                () -> send(data),
                outcomes::focus);
        if (data.endsAt().isAfter(data.startsAt()) && data.runsIntoAnotherDay()) {
            confirmLength(data, wordingThenSend);
        } else {
            wordingThenSend.run();
        }
    }

    /** An event that runs into another day is most often a date typed wrong: the user says whether it is meant. */
    private void confirmLength(EventData data, Runnable save) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("outreach.long.title"));
        dialog.setText(getTranslation(
                "outreach.long.text",
                length(data.length()),
                Formats.dateTime(data.startsAt()),
                Formats.dateTime(data.endsAt())));
        // as with the wording check, the safe choice is the default one (Enter); Escape also goes back
        dialog.setConfirmText(getTranslation("outreach.long.back"));
        dialog.addConfirmListener(e -> endsAt.focus());
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("outreach.long.save"));
        dialog.addRejectListener(e -> save.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.addCancelListener(e -> endsAt.focus());
        dialog.open();
    }

    /** "1 day 23 hours", "23 hours 30 minutes". */
    private String length(Duration length) {
        var parts = new ArrayList<String>();
        if (length.toDays() > 0) {
            parts.add(getTranslation("outreach.length.days", length.toDays()));
        }
        if (length.toHoursPart() > 0) {
            parts.add(getTranslation("outreach.length.hours", length.toHoursPart()));
        }
        if (length.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(getTranslation("outreach.length.minutes", length.toMinutesPart()));
        }
        return String.join(" ", parts);
    }

    private EventData data() {
        var groups = new LinkedHashMap<Long, Integer>();
        for (GroupRow row : groupRows) {
            if (row.group.getValue() != null) {
                groups.merge(
                        row.group.getValue(),
                        row.headcount.getValue() == null ? 0 : row.headcount.getValue(),
                        Integer::sum);
            }
        }
        return new EventData(
                title.getValue(),
                type.getValue(),
                city.getValue(),
                venue.getValue(),
                startsAt.getValue(),
                endsAt.getValue(),
                organiser.isVisible() && organiser.getValue() != null
                        ? organiser.getValue().id()
                        : null,
                partners.getValue(),
                languages.getValue(),
                status.getValue(),
                attendance.getValue(),
                groups,
                sentPolice().stream().map(PoliceRow::toData).toList(),
                outcomes.getValue(),
                series.getValue());
    }

    private void send(EventData data) {
        EventDetails[] saved = new EventDetails[1];
        boolean ok = FormErrors.attempt(
                this,
                fields(),
                () -> saved[0] =
                        editing == null ? outreach.plan(data) : outreach.update(editing.id(), editing.version(), data));
        if (ok) {
            Notices.success(getTranslation(editing == null ? "outreach.planned" : "outreach.saved"));
            getUI().ifPresent(ui -> ui.navigate(EventView.class, saved[0].id()));
        }
    }

    private boolean required(com.vaadin.flow.component.AbstractField<?, ?> field) {
        if (field.isEmpty()) {
            ((HasValidation) field).setErrorMessage(getTranslation("validation.required"));
            ((HasValidation) field).setInvalid(true);
            return false;
        }
        return true;
    }

    private boolean notNegative(WholeNumberField field) {
        if (!field.checkInput()) {
            return false;
        }
        if (field.getValue() != null && field.getValue() < 0) {
            field.setErrorMessage(
                    getTranslation(field == attendance ? "outreach.attendance.range" : "outreach.count.range"));
            field.setInvalid(true);
            return false;
        }
        return true;
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("title", title);
        fields.put("type", type);
        fields.put("cityId", city);
        fields.put("venue", venue);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("organiserId", organiser);
        fields.put("partnerIds", partners);
        fields.put("languageIds", languages);
        fields.put("status", status);
        fields.put("attendance", attendance);
        fields.put("outcomes", outcomes);
        fields.put("seriesId", series);
        if (!groupRows.isEmpty()) {
            fields.put("groupAttendance", groupRows.getFirst().headcount);
        }
        List<PoliceRow> sent = sentPolice();
        for (int i = 0; i < sent.size(); i++) {
            fields.putAll(sent.get(i).fields("police[" + i + "]."));
        }
        return fields;
    }

    /** The police rows that are sent: those with a department (empty rows are left out), numbered as the service sees them. */
    private List<PoliceRow> sentPolice() {
        return policeRows.stream()
                .filter(row -> row.department.getValue() != null)
                .toList();
    }

    private void leave() {
        DraftKeeper.finish(this); // cancelled: what was typed is not kept
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(EventListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(EventView.class, editing.id()));
        }
    }

    @Override
    public Map<String, Integer> draftShape() {
        return Map.of("groups", groupRows.size(), "police", policeRows.size());
    }

    @Override
    public void prepareForDraft(Map<String, Integer> shape) {
        groupRows.clear();
        groupsBox.removeAll();
        policeRows.clear();
        policeBox.removeAll();
        for (int i = 0; i < shape.getOrDefault("groups", 0); i++) {
            addGroupRow(null, null);
        }
        for (int i = 0; i < shape.getOrDefault("police", 0); i++) {
            addPoliceRow(null);
        }
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "outreach.plan" : "outreach.edit");
    }
}
