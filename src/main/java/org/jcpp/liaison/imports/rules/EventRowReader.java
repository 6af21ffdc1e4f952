package org.jcpp.liaison.imports.rules;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jcpp.liaison.outreach.EventData;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of an events file into what the event form would send ({@link EventData}). An event that has started is
 * recorded as held, with its headcount; one still ahead is planned (and a headcount for it is refused by the event's
 * rules). Without a start time it starts at noon; without an end it lasts an hour. The type is "Other" when the file
 * does not say; the organiser is the importing user.
 */
public final class EventRowReader extends RowReader<EventData> {

    private final Clock clock;

    public EventRowReader(
            List<String> header,
            ColumnMapping mapping,
            Map<ImportField, ValueMatcher> matchers,
            DateReading dates,
            Set<Integer> personal,
            Clock clock) {
        super(header, mapping, matchers, dates, personal);
        this.clock = clock;
    }

    @Override
    public Read<EventData> read(SheetRow row) {
        var problems = new ArrayList<ImportProblem>();
        LocalDateTime starts = when(row, ImportField.EVENT_DATE, ImportField.EVENT_START, problems);
        Long city =
                one(row, ImportField.EVENT_CITY, problems).map(Long::valueOf).orElse(null);
        if (city == null && problems.stream().noneMatch(p -> p.column().equals(columnName(ImportField.EVENT_CITY)))) {
            problems.add(problem(row, ImportField.EVENT_CITY, "validation.required", ""));
        }
        String title = text(row, ImportField.EVENT_TITLE);
        var type = one(row, ImportField.EVENT_TYPE, problems)
                .map(EventType::valueOf)
                .orElse(EventType.OTHER);
        Integer attendance = number(row, ImportField.EVENT_HEADCOUNT, problems).orElse(null);
        var partners = many(row, ImportField.EVENT_PARTNERS, problems);
        var languages = many(row, ImportField.EVENT_LANGUAGES, problems);
        LocalDateTime ends = null;
        if (starts != null) {
            var end = at(row, ImportField.EVENT_DATE, ImportField.EVENT_END);
            if (end.isEmpty() && !cell(row, ImportField.EVENT_END).isBlank()) {
                problems.add(problem(row, ImportField.EVENT_END, "import.time.unreadable", ""));
            }
            ends = end.orElse(starts.plusHours(1));
        }
        if (!problems.isEmpty() || starts == null || ends == null || city == null) {
            return new Read<>(null, problems);
        }
        boolean held = !starts.isAfter(LocalDateTime.now(clock));
        return new Read<>(
                new EventData(
                        title,
                        type,
                        city,
                        text(row, ImportField.EVENT_VENUE),
                        starts,
                        ends,
                        null,
                        partners,
                        languages,
                        held ? EventStatus.HELD : EventStatus.PLANNED,
                        attendance,
                        Map.of(),
                        List.of(),
                        text(row, ImportField.EVENT_OUTCOMES),
                        null,
                        java.util.Set.of()),
                problems);
    }

    @Override
    protected @Nullable ImportField fieldOf(String component) {
        return switch (component) {
            case "title" -> ImportField.EVENT_TITLE;
            case "type" -> ImportField.EVENT_TYPE;
            case "cityId" -> ImportField.EVENT_CITY;
            case "venue" -> ImportField.EVENT_VENUE;
            case "startsAt", "status" -> ImportField.EVENT_DATE;
            case "endsAt" -> ImportField.EVENT_END;
            case "attendance" -> ImportField.EVENT_HEADCOUNT;
            case "partnerIds" -> ImportField.EVENT_PARTNERS;
            case "languageIds" -> ImportField.EVENT_LANGUAGES;
            case "outcomes" -> ImportField.EVENT_OUTCOMES;
            default -> null;
        };
    }

    @Override
    public Map<ImportField, String> texts(EventData data) {
        return Map.of(ImportField.EVENT_OUTCOMES, data.outcomes(), ImportField.EVENT_TITLE, data.title());
    }
}
