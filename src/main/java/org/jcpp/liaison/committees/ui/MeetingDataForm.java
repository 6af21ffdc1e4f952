package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.ui.DateTimeField;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.committees.CommitteeDetails;
import org.jcpp.liaison.committees.CommitteeLimits;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.Interpretation;
import org.jcpp.liaison.committees.MeetingData;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.committees.MeetingStatus;
import org.jcpp.liaison.committees.PoliceAttendee;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a committee meeting, bound to a {@link MeetingData} record: which committee, when and where, planned or
 * held, the agenda (one item a line); for a held meeting, who attended (the members serving that day to tick, police by
 * rank and role, liaisons, guests as a count), the interpretation and the minutes. The attendance part shows only for
 * a held meeting, and a meeting not held sends none.
 */
class MeetingDataForm extends RecordForm<MeetingData, VerticalLayout> {

    static final Duration USUAL_LENGTH = Duration.ofMinutes(90);

    final ComboBox<Long> committee = new ComboBox<>();
    final DateTimeField startsAt = new DateTimeField();
    final DateTimeField endsAt = new DateTimeField();
    final TextField place = new TextField();
    final Select<MeetingStatus> status = new Select<>();
    final TextArea agenda = new TextArea();
    final CheckboxGroup<Long> members = new CheckboxGroup<>();
    final MultiSelectComboBox<Long> liaisons = new MultiSelectComboBox<>();
    final WholeNumberField guests = new WholeNumberField();
    final Select<Interpretation> interpretation = new Select<>();
    final MultiSelectComboBox<Long> languages = new MultiSelectComboBox<>();
    final TextArea minutes = new TextArea();
    final List<PoliceSeatRow> policeRows = new ArrayList<>();
    final Button addPolice = new Button();
    final Div attendance = new Div();

    private final ReadOnlyHasValue<List<PoliceAttendee>> police = new ReadOnlyHasValue<>(v -> {});
    private final Div policeBox = new Div();
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Map<Long, String> committeeNames;
    private final Clock clock;
    private final Map<Long, String> memberNames = new LinkedHashMap<>();
    private final Map<Long, String> liaisonNames = new LinkedHashMap<>();
    private @Nullable MeetingData stored;
    private @Nullable LocalDateTime lastStart;

    MeetingDataForm(
            CommitteeService committees,
            MeetingService meetings,
            AccountDirectory directory,
            CurrentUser currentUser,
            Map<Long, String> languageNames,
            Clock clock) {
        super(MeetingData.class);
        this.committees = committees;
        this.meetings = meetings;
        this.directory = directory;
        this.currentUser = currentUser;
        this.committeeNames = committees.names();
        this.clock = clock;
        bindWhatAndWhen(clock);
        bindAttendance(languageNames);
        layOut();
        committee.addValueChangeListener(e -> committeeOrDayChanged());
        startsAt.addValueChangeListener(e -> {
            startMoved(e.getValue());
            committeeOrDayChanged();
        });
        status.addValueChangeListener(e -> attendance.setVisible(e.getValue() == MeetingStatus.HELD));
        interpretation.addValueChangeListener(
                e -> languages.setVisible(e.getValue() != null && e.getValue().used()));
        // most meetings are recorded right after they end: it starts as one that began in the hour before the last
        startsAt.setValue(LocalDateTime.now(clock)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .minusHours(1));
        status.setValue(MeetingStatus.HELD);
        interpretation.setValue(Interpretation.NONE);
        chooseIfOnlyOne(committee);
        committeeOrDayChanged();
        liaisons.setValue(Set.of(currentUser.requireId()));
    }

    private void bindWhatAndWhen(Clock clock) {
        committee.setLabel(getTranslation("committees.committee"));
        committee.setItems(committeeNames.keySet());
        committee.setItemLabelGenerator(id -> committeeNames.getOrDefault(id, ""));
        required(committee, "committeeId");
        startsAt.setLabel(getTranslation("committees.meeting.starts"));
        endsAt.setLabel(getTranslation("committees.meeting.ends"));
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setStep(Duration.ofMinutes(15));
        LocalDate today = LocalDate.now(clock);
        startsAt.setMin(today.minusYears(PastWindow.YEARS_BACK).atStartOfDay());
        startsAt.setMax(today.plusYears(CommitteeLimits.YEARS_AHEAD).atStartOfDay());
        required(startsAt, "startsAt");
        required(endsAt, "endsAt");
        place.setLabel(getTranslation("committees.meeting.place"));
        place.setMaxLength(CommitteeLimits.PLACE_MAX);
        binder.forField(place)
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.place.too-long"), 0, CommitteeLimits.PLACE_MAX))
                .bind("place");
        status.setLabel(getTranslation("committees.meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : Formats.enumLabel(this, s));
        required(status, "status");
        agenda.setLabel(getTranslation("committees.meeting.agenda"));
        agenda.setHelperText(getTranslation("committees.meeting.agenda.help"));
        agenda.setValueChangeMode(ValueChangeMode.EAGER);
        agenda.setWidthFull();
        binder.forField(agenda)
                .withValidator(
                        text -> Arrays.stream(text.split("\n"))
                                .allMatch(l -> l.strip().length() <= CommitteeLimits.AGENDA_ITEM_MAX),
                        getTranslation("committees.agenda.too-long"))
                .withValidator(
                        text -> Arrays.stream(text.split("\n"))
                                        .filter(l -> !l.isBlank())
                                        .count()
                                <= CommitteeLimits.AGENDA_ITEMS_MAX,
                        getTranslation("committees.agenda.too-many"))
                .withConverter(new AgendaLines())
                .bind("agenda");
    }

    private void bindAttendance(Map<Long, String> languageNames) {
        members.setLabel(getTranslation("committees.meeting.members-present"));
        members.setItemLabelGenerator(id -> {
            String name = memberNames.getOrDefault(id, "");
            return name.isEmpty() ? getTranslation("committees.member.erased-name") : name;
        });
        binder.forField(members).bind("memberIds");
        liaisons.setLabel(getTranslation("committees.meeting.liaisons"));
        liaisons.setItemLabelGenerator(id -> liaisonNames.getOrDefault(id, ""));
        MultiPicks.closeOnPick(liaisons);
        MultiPicks.wholeNames(liaisons);
        binder.forField(liaisons).bind("liaisonIds");
        guests.setLabel(getTranslation("committees.meeting.guests"));
        guests.setHelperText(getTranslation("committees.meeting.guests.help"));
        guests.setValue(0);
        guests.setRangeMessage(getTranslation("committees.guests.range"));
        binder.forField(guests)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        n -> n >= 0 && n <= CommitteeLimits.GUESTS_MAX, getTranslation("committees.guests.range"))
                .bind("guests");
        interpretation.setLabel(getTranslation("committees.meeting.interpretation"));
        interpretation.setItems(Interpretation.values());
        interpretation.setItemLabelGenerator(i -> i == null ? "" : Formats.enumLabel(this, i));
        required(interpretation, "interpretation");
        languages.setLabel(getTranslation("committees.meeting.languages"));
        languages.setItems(languageNames.keySet());
        languages.setItemLabelGenerator(id -> languageNames.getOrDefault(id, ""));
        MultiPicks.closeOnPick(languages);
        MultiPicks.wholeNames(languages);
        binder.forField(languages).bind("languageIds");
        minutes.setLabel(getTranslation("committees.meeting.minutes"));
        minutes.setHelperText(getTranslation("committees.meeting.minutes.help"));
        minutes.setValueChangeMode(ValueChangeMode.EAGER);
        minutes.setMinHeight("8em");
        minutes.setWidthFull();
        binder.forField(minutes)
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.minutes.too-long"), 0, CommitteeLimits.MINUTES_MAX))
                .bind("minutes");
        binder.forField(police).bind("police");
        addPolice.setText(getTranslation("committees.police.add"));
        addPolice.setIcon(VaadinIcon.PLUS.create());
        addPolice.addClickListener(e -> addPoliceRow(null));
    }

    private void layOut() {
        var fields = new FormLayout(committee, status, startsAt, endsAt, place, agenda);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        fields.setColspan(place, 2);
        fields.setColspan(agenda, 2);
        var who = new FormLayout(members, liaisons, guests, interpretation, languages);
        who.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        who.setColspan(members, 2);
        attendance.add(
                new H3(getTranslation("committees.meeting.attendance")),
                who,
                new H3(getTranslation("committees.police")),
                policeBox,
                addPolice,
                minutes);
        attendance.setWidthFull();
        var layout = getContent();
        layout.setPadding(false);
        layout.add(fields, attendance);
    }

    /** Opens the form on a committee (from its page): chosen and fixed. */
    void startFor(CommitteeDetails chosen) {
        if (!committee.getListDataView().contains(chosen.id())) {
            committeeNames.put(chosen.id(), chosen.name());
            committee.setItems(committeeNames.keySet());
        }
        committee.setValue(chosen.id());
        committee.setReadOnly(true);
    }

    /** Shows a stored meeting; its committee stays, its attendance and police rows are put back. */
    void read(MeetingData meeting, String committeeName) {
        stored = meeting;
        if (!committee.getListDataView().contains(meeting.committeeId())) {
            committeeNames.put(meeting.committeeId(), committeeName);
            committee.setItems(committeeNames.keySet());
        }
        committee.setValue(meeting.committeeId());
        committee.setReadOnly(true);
        lastStart = meeting.startsAt();
        binder.readRecord(meeting);
        committeeOrDayChanged();
        members.setValue(meeting.memberIds());
        liaisons.setValue(meeting.liaisonIds());
        endsAt.setValue(meeting.endsAt());
        meeting.police().forEach(this::addPoliceRow);
    }

    /** The end follows the start, keeping the meeting's length. */
    private void startMoved(@Nullable LocalDateTime start) {
        if (start == null) {
            return;
        }
        LocalDateTime end = endsAt.getValue();
        if (end != null && lastStart != null && end.isAfter(lastStart)) {
            endsAt.setValue(end.plus(Duration.between(lastStart, start)));
        } else if (end == null || !end.isAfter(start)) {
            endsAt.setValue(start.plus(USUAL_LENGTH));
        }
        lastStart = start;
    }

    /** The committee and the day bring the members serving then and the colleagues of the committee's city. */
    private void committeeOrDayChanged() {
        Long committeeId = committee.getValue();
        LocalDateTime start = startsAt.getValue();
        Set<Long> ticked = members.getValue();
        memberNames.clear();
        liaisonNames.clear();
        if (committeeId != null) {
            var storedMembers = stored == null ? Set.<Long>of() : stored.memberIds();
            memberNames.putAll(meetings.attendable(
                    committeeId, start == null ? LocalDate.now(clock) : start.toLocalDate(), storedMembers));
            long cityId = committees.get(committeeId).cityId();
            directory.colleaguesIn(cityId).forEach(c -> liaisonNames.put(c.id(), c.displayName()));
        }
        long me = currentUser.requireId();
        liaisonNames.putIfAbsent(me, directory.allDisplayNames().getOrDefault(me, ""));
        if (stored != null) {
            var names = directory.allDisplayNames();
            stored.liaisonIds().forEach(id -> liaisonNames.putIfAbsent(id, names.getOrDefault(id, "")));
        }
        members.setItems(memberNames.keySet());
        members.setValue(ticked.stream().filter(memberNames::containsKey).collect(java.util.stream.Collectors.toSet()));
        Set<Long> chosenLiaisons = liaisons.getValue();
        liaisons.setItems(liaisonNames.keySet());
        liaisons.setValue(
                chosenLiaisons.stream().filter(liaisonNames::containsKey).collect(java.util.stream.Collectors.toSet()));
        members.setHelperText(memberNames.isEmpty() ? getTranslation("committees.meeting.no-members") : null);
    }

    private void addPoliceRow(@Nullable PoliceAttendee value) {
        var row = new PoliceSeatRow(value);
        row.remove.addClickListener(e -> {
            policeRows.remove(row);
            policeBox.remove(row);
        });
        policeRows.add(row);
        policeBox.add(row);
    }

    /** The meeting as typed with its police rows; one not held sends no attendance. Empty when a field is invalid. */
    @Override
    public Optional<MeetingData> write() {
        police.setValue(policeRows.stream().map(PoliceSeatRow::toData).toList());
        return super.write()
                .map(data -> data.status() == MeetingStatus.HELD
                        ? data
                        : new MeetingData(
                                data.committeeId(),
                                data.startsAt(),
                                data.endsAt(),
                                data.place(),
                                data.status(),
                                data.agenda(),
                                Set.of(),
                                List.of(),
                                data.liaisonIds(),
                                0,
                                data.interpretation(),
                                data.languageIds(),
                                data.minutes()));
    }

    /** The texts typed, for the wording check before saving. */
    List<String> texts() {
        var texts = new java.util.ArrayList<>(List.of(place.getValue(), agenda.getValue(), minutes.getValue()));
        policeRows.forEach(row -> texts.add(row.role.getValue()));
        return texts;
    }

    @Override
    public Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>(super.fields());
        for (int i = 0; i < policeRows.size(); i++) {
            fields.putAll(policeRows.get(i).fields("police[" + i + "]."));
        }
        return fields;
    }

    Map<String, Integer> rowCounts() {
        return Map.of("police", policeRows.size());
    }

    void openRows(Map<String, Integer> counts) {
        policeRows.clear();
        policeBox.removeAll();
        for (int i = 0; i < counts.getOrDefault("police", 0); i++) {
            addPoliceRow(null);
        }
    }

    /** The agenda typed one item a line, as the record's list of items (blank lines left out). */
    private static final class AgendaLines implements Converter<String, List<String>> {

        @Override
        public Result<List<String>> convertToModel(@Nullable String value, ValueContext context) {
            return Result.ok(
                    value == null
                            ? List.of()
                            : Arrays.stream(value.split("\n"))
                                    .map(String::strip)
                                    .filter(line -> !line.isEmpty())
                                    .toList());
        }

        @Override
        public String convertToPresentation(@Nullable List<String> items, ValueContext context) {
            return items == null ? "" : String.join("\n", items);
        }
    }
}
