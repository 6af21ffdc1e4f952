package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.ui.DateTimeField;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.outreach.EventData;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.EventType;
import org.jcpp.liaison.outreach.OutreachLimits;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.PoliceData;
import org.jcpp.liaison.referencedata.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an outreach event, bound to an {@link EventData} record by its component names: what, where and when
 * (the end follows the start), who organises, partners, languages and series, and how it went (status, attendance,
 * outcomes). Below them, one row per community group and per police department present, checked as they are typed
 * and carried into the record on writing. The view places it and saves what {@link #write()} gives.
 */
class EventDataForm extends RecordForm<EventData, VerticalLayout> {

    final TextField title = new TextField();
    final Select<EventType> type = new Select<>();
    final ComboBox<Long> city = new ComboBox<>();
    final TextField venue = new TextField();
    final DateTimeField startsAt = new DateTimeField();
    final DateTimeField endsAt = new DateTimeField();
    final ComboBox<UserRef> organiser = new ComboBox<>();
    final MultiSelectComboBox<Long> partners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> languages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<org.jcpp.liaison.referencedata.InterpreterMode> interpretation =
            new MultiSelectComboBox<>();
    final ComboBox<Long> series = new ComboBox<>();
    final Select<EventStatus> status = new Select<>();
    final WholeNumberField attendance = new WholeNumberField();
    final TextArea outcomes = new TextArea();
    final List<GroupRow> groupRows = new ArrayList<>();
    final List<PoliceRow> policeRows = new ArrayList<>();
    final Button addGroup = new Button();
    final Button addPolice = new Button();

    /** The rows below the fields are not bound fields: they are put into the record on writing. */
    private final ReadOnlyHasValue<Map<Long, Integer>> groupAttendance = new ReadOnlyHasValue<>(v -> {});

    private final ReadOnlyHasValue<List<PoliceData>> police = new ReadOnlyHasValue<>(v -> {});
    private final OutreachService outreach;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Labels names;
    private final Map<Long, String> departments;
    private final Div groupsBox = new Div();
    private final Div policeBox = new Div();
    private final Map<Long, String> seriesTitles = new LinkedHashMap<>();
    /** The stored event being changed (its organiser stays offered), or null for a new one. */
    private @Nullable EventData stored;

    private @Nullable LocalDateTime lastStart;

    EventDataForm(
            OutreachService outreach, Labels names, AccountDirectory directory, CurrentUser currentUser, Clock clock) {
        super(EventData.class);
        this.outreach = outreach;
        this.names = names;
        this.directory = directory;
        this.currentUser = currentUser;
        this.departments = names.reference.departmentsWhere(id -> true, true, null);
        var cities = names.reference.citiesWhere(currentUser.scope()::allows);
        bindWhatAndWhere(cities);
        bindWhen(clock);
        bindWho();
        bindHowItWent();
        binder.forField(groupAttendance).bind("groupAttendance");
        binder.forField(police).bind("police");
        layOut();
        city.addValueChangeListener(e -> cityChanged());
        startsAt.addValueChangeListener(e -> startMoved(e.getValue()));
        startsAt.setValue(LocalDateTime.now(clock)
                .plusDays(1)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0));
        status.setValue(EventStatus.PLANNED);
        chooseIfOnlyOne(city);
        cityChanged();
    }

    private void bindWhatAndWhere(Map<Long, String> cities) {
        title.setLabel(getTranslation("outreach.title"));
        title.setMaxLength(OutreachLimits.TITLE_MAX);
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("outreach.title.too-long"), 0, OutreachLimits.TITLE_MAX))
                .bind("title");
        type.setLabel(getTranslation("outreach.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> Formats.enumLabel(this, t));
        required(type, "type");
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(id -> cities.getOrDefault(id, names.reference.city(id)));
        required(city, "cityId");
        venue.setLabel(getTranslation("outreach.venue"));
        venue.setMaxLength(OutreachLimits.VENUE_MAX);
        binder.forField(venue)
                .withValidator(new StringLengthValidator(
                        getTranslation("outreach.venue.too-long"), 0, OutreachLimits.VENUE_MAX))
                .bind("venue");
    }

    private void bindWhen(Clock clock) {
        startsAt.setLabel(getTranslation("outreach.starts"));
        endsAt.setLabel(getTranslation("outreach.ends"));
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setStep(Duration.ofMinutes(15));
        LocalDate today = LocalDate.now(clock);
        startsAt.setMin(today.minusYears(OutreachLimits.YEARS_BACK).atStartOfDay());
        startsAt.setMax(today.plusYears(OutreachLimits.YEARS_AHEAD).atStartOfDay());
        required(startsAt, "startsAt");
        required(endsAt, "endsAt");
    }

    private void bindWho() {
        organiser.setLabel(getTranslation("outreach.organiser"));
        organiser.setItemLabelGenerator(UserRef::displayName);
        organiser.setVisible(currentUser.role().orElse(null) == Role.COORDINATOR);
        binder.forField(organiser).withConverter(new OrganiserId()).bind("organiserId");
        for (var pick : List.of(
                new Pick(partners, "partnerIds", "contacts.partners", names.partners),
                new Pick(languages, "languageIds", "outreach.languages", names.languages))) {
            pick.box().setLabel(getTranslation(pick.labelKey()));
            pick.box().setItems(pick.names().keySet());
            pick.box().setItemLabelGenerator(id -> pick.names().getOrDefault(id, ""));
            MultiPicks.closeOnPick(pick.box());
            MultiPicks.wholeNames(pick.box());
            binder.forField(pick.box()).bind(pick.component());
        }
        interpretation.setLabel(getTranslation("outreach.interpretation"));
        interpretation.setHelperText(getTranslation("outreach.interpretation.help"));
        interpretation.setItems(org.jcpp.liaison.referencedata.InterpreterMode.values());
        interpretation.setItemLabelGenerator(m -> getTranslation("InterpreterMode." + m.name()));
        MultiPicks.closeOnPick(interpretation);
        MultiPicks.wholeNames(interpretation);
        binder.forField(interpretation).bind("interpretation");
        series.setLabel(getTranslation("outreach.series"));
        series.setItemLabelGenerator(id -> seriesTitles.getOrDefault(id, ""));
        series.setClearButtonVisible(true);
        binder.forField(series).bind("seriesId");
    }

    private record Pick(MultiSelectComboBox<Long> box, String component, String labelKey, Map<Long, String> names) {}

    private void bindHowItWent() {
        status.setLabel(getTranslation("outreach.status"));
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(s -> Formats.enumLabel(this, s));
        required(status, "status");
        attendance.setLabel(getTranslation("outreach.attendance"));
        attendance.setHelperText(getTranslation("outreach.attendance.help"));
        binder.forField(attendance)
                .withValidator(
                        count -> count == null || (count >= 0 && count <= OutreachLimits.HEADCOUNT_MAX),
                        getTranslation("outreach.attendance.range"))
                .bind("attendance");
        outcomes.setLabel(getTranslation("outreach.outcomes"));
        outcomes.setHelperText(getTranslation("outreach.outcomes.help"));
        outcomes.setValueChangeMode(ValueChangeMode.EAGER);
        outcomes.setMinHeight("6em");
        outcomes.setWidthFull();
        binder.forField(outcomes)
                .withValidator(new StringLengthValidator(
                        getTranslation("outreach.outcomes.too-long"), 0, OutreachLimits.OUTCOMES_MAX))
                .bind("outcomes");
    }

    private void layOut() {
        // Starts and Ends share a row on a wide screen (stacked on a phone)
        var fields = new FormLayout(
                title,
                type,
                city,
                startsAt,
                endsAt,
                venue,
                organiser,
                series,
                partners,
                languages,
                interpretation,
                status,
                attendance);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        fields.setColspan(title, 2);
        addGroup.setText(getTranslation("outreach.group.add"));
        addGroup.setIcon(VaadinIcon.PLUS.create());
        addGroup.addClickListener(e -> addGroupRow(null, null));
        addPolice.setText(getTranslation("outreach.police.add"));
        addPolice.setIcon(VaadinIcon.PLUS.create());
        addPolice.addClickListener(e -> addPoliceRow(null));
        var layout = getContent();
        layout.setPadding(false);
        layout.add(
                fields,
                new H3(getTranslation("outreach.by-group")),
                groupsBox,
                addGroup,
                new H3(getTranslation("outreach.police")),
                policeBox,
                addPolice,
                outcomes);
    }

    /** Shows a stored event, with its groups and police; its city and organiser stay offered. */
    void read(EventData event) {
        stored = event;
        if (!city.getListDataView().contains(event.cityId())) {
            var items = new ArrayList<>(city.getListDataView().getItems().toList());
            items.add(event.cityId());
            city.setItems(items);
        }
        binder.readRecord(event);
        cityChanged();
        series.setValue(event.seriesId()); // the city's series are offered now
        if (organiser.isVisible() && event.organiserId() != null) {
            organiser.setValue(new UserRef(event.organiserId(), names.user(event.organiserId())));
        }
        lastStart = event.startsAt();
        endsAt.setValue(event.endsAt()); // not moved by the start read before it
        event.groupAttendance().forEach(this::addGroupRow);
        event.police().forEach(this::addPoliceRow);
    }

    /** A new session of a series: in its city, of the academy kind, titled after it. */
    void startInSeries(long seriesId, long cityId, String sessionTitle) {
        city.setValue(cityId);
        cityChanged();
        series.setValue(seriesId);
        type.setValue(EventType.ACADEMY_SESSION);
        title.setValue(sessionTitle);
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
            EventData storedEvent = stored;
            Long storedOrganiser = storedEvent == null ? null : storedEvent.organiserId();
            if (storedEvent != null
                    && storedOrganiser != null
                    && storedEvent.cityId().equals(cityId)) {
                var kept = new UserRef(storedOrganiser, names.user(storedOrganiser));
                if (!choices.contains(kept)) {
                    choices.add(kept);
                }
            }
            UserRef current = organiser.getValue();
            organiser.setItems(choices);
            organiser.setValue(
                    current != null && choices.contains(current) ? current : choices.contains(myself) ? myself : null);
        }
    }

    /** The event as typed with its groups and police, or empty (each invalid field or row shows why). */
    @Override
    public Optional<EventData> write() {
        boolean rowsValid = checkRows();
        groupAttendance.setValue(rowsValid ? groups() : Map.of());
        police.setValue(rowsValid ? sentPolice().stream().map(PoliceRow::toData).toList() : List.of());
        var event = super.write();
        return rowsValid ? event : Optional.empty();
    }

    /** The group and police rows: counts not negative, a count typed without its group or department not dropped. */
    private boolean checkRows() {
        boolean valid = true;
        for (GroupRow row : groupRows) {
            row.group.setInvalid(false);
            row.headcount.setInvalid(false); // where a refused save of the groups' counts was shown
            valid &= notNegative(row.headcount);
            if (row.group.isEmpty() && row.headcount.getValue() != null) {
                valid &= required(row.group); // a count typed without its group is not dropped silently
            }
        }
        for (PoliceRow row : policeRows) {
            row.fields("").values().forEach(field -> field.setInvalid(false));
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
        return valid;
    }

    private Map<Long, Integer> groups() {
        var groups = new LinkedHashMap<Long, Integer>();
        for (GroupRow row : groupRows) {
            if (row.group.getValue() != null) {
                groups.merge(
                        row.group.getValue(),
                        row.headcount.getValue() == null ? 0 : row.headcount.getValue(),
                        Integer::sum);
            }
        }
        return groups;
    }

    private boolean required(AbstractField<?, ?> field) {
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
            field.setErrorMessage(getTranslation("outreach.count.range"));
            field.setInvalid(true);
            return false;
        }
        return true;
    }

    /** The texts typed, for the wording check before saving. */
    List<String> texts() {
        return List.of(title.getValue(), venue.getValue(), outcomes.getValue());
    }

    /** The fields by the names the service gives when it refuses a save ({@code police[0].officers} …). */
    @Override
    public Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>(super.fields());
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

    /** How many group and police rows a kept draft needs. */
    Map<String, Integer> rowCounts() {
        return Map.of("groups", groupRows.size(), "police", policeRows.size());
    }

    /** Opens as many group and police rows as a kept draft had, before its values are put back. */
    void openRows(Map<String, Integer> counts) {
        groupRows.clear();
        groupsBox.removeAll();
        policeRows.clear();
        policeBox.removeAll();
        for (int i = 0; i < counts.getOrDefault("groups", 0); i++) {
            addGroupRow(null, null);
        }
        for (int i = 0; i < counts.getOrDefault("police", 0); i++) {
            addPoliceRow(null);
        }
    }

    /** The organiser chosen (a colleague's name) as the record's organiser id; none when the field is not shown. */
    private final class OrganiserId implements Converter<UserRef, Long> {

        @Override
        public Result<Long> convertToModel(@Nullable UserRef value, ValueContext context) {
            return Result.ok(value == null || !organiser.isVisible() ? null : value.id());
        }

        @Override
        public @Nullable UserRef convertToPresentation(@Nullable Long id, ValueContext context) {
            return id == null || !organiser.isVisible() ? null : new UserRef(id, names.user(id));
        }
    }
}
