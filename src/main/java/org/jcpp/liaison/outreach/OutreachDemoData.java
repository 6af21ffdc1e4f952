package org.jcpp.liaison.outreach;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.outreach.domain.GroupAttendance;
import org.jcpp.liaison.outreach.domain.OutreachEvent;
import org.jcpp.liaison.outreach.domain.OutreachEventRepository;
import org.jcpp.liaison.outreach.domain.OutreachSeries;
import org.jcpp.liaison.outreach.domain.OutreachSeriesRepository;
import org.jcpp.liaison.outreach.domain.PoliceParticipation;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo outreach: held and planned events in several cities, one planned event of the demo liaison that is over and
 * waits to be recorded, and a New Americans' Academy series with four of six sessions held.
 */
@Component
@Order(50)
class OutreachDemoData implements ApplicationRunner {

    private final DemoData demoData;
    private final OutreachEventRepository events;
    private final OutreachSeriesRepository series;
    private final ReferenceDataService referenceData;
    private final AccountDirectory directory;

    OutreachDemoData(
            DemoData demoData,
            OutreachEventRepository events,
            OutreachSeriesRepository series,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.demoData = demoData;
        this.events = events;
        this.series = series;
        this.referenceData = referenceData;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> events.count() > 0, this::load);
    }

    private void load() {
        Map<String, Long> users = directory.idsByDisplayName();
        Long liaison = users.get("Amina Hassan");
        Long coordinator = users.get("Daniel Ortiz");
        if (liaison == null || coordinator == null) {
            return;
        }
        Map<String, Long> cities = byName(ReferenceKind.CITY);
        Map<String, Long> partners = byName(ReferenceKind.PARTNER);
        Map<String, Long> languages = byName(ReferenceKind.LANGUAGE);
        Map<String, Long> groups = byName(ReferenceKind.COMMUNITY_GROUP);
        Map<String, Long> departments = byName(ReferenceKind.DEPARTMENT);
        LocalDateTime today =
                LocalDateTime.now().withHour(0).withMinute(0).withSecond(0).withNano(0);

        var nno = event(
                liaison,
                "National Night Out on Zane Avenue",
                EventType.NATIONAL_NIGHT_OUT,
                java.util.Objects.requireNonNull(cities.get("Brooklyn Park")),
                "Zane Avenue block party",
                lastNationalNightOut(today.toLocalDate()).atTime(17, 0),
                3,
                EventStatus.HELD);
        nno.setAttendance(180);
        nno.setLanguageIds(Set.of(languages.get("English"), languages.get("Spanish"), languages.get("Somali")));
        nno.setPartnerIds(Set.of(partners.get("Northside Community Food Shelf")));
        nno.setGroups(firstGroups(groups, 2, 40));
        nno.setPolice(List.of(new PoliceParticipation(
                java.util.Objects.requireNonNull(departments.get("Brooklyn Park Police Department")),
                8,
                0,
                new BigDecimal("24"))));
        nno.setOutcomes("Neighbors met the new beat officers; 14 families signed up for the block club.");
        events.save(nno);

        var forum = event(
                coordinator,
                "Community forum on traffic stops",
                EventType.FORUM,
                java.util.Objects.requireNonNull(cities.get("Hopkins")),
                "Hopkins Activity Center",
                today.minusDays(12).withHour(18),
                2,
                EventStatus.HELD);
        forum.setAttendance(45);
        forum.setLanguageIds(Set.of(languages.get("Spanish")));
        forum.setPolice(List.of(new PoliceParticipation(
                java.util.Objects.requireNonNull(departments.get("Hopkins Police Department")),
                3,
                0,
                new BigDecimal("6"))));
        events.save(forum);

        var toRecord = event(
                liaison,
                "Youth soccer with officers",
                EventType.YOUTH_PROGRAM,
                java.util.Objects.requireNonNull(cities.get("Brooklyn Center")),
                "Centennial Park fields",
                today.minusDays(3).withHour(16),
                2,
                EventStatus.PLANNED);
        toRecord.setPartnerIds(Set.of(partners.get("La Familia Food Shelf")));
        events.save(toRecord);

        var festival = event(
                liaison,
                "Hmong New Year celebration",
                EventType.CULTURAL_CELEBRATION,
                cities.get("Brooklyn Park"),
                "Community center gym",
                today.plusDays(9).withHour(11),
                6,
                EventStatus.PLANNED);
        festival.setLanguageIds(Set.of(languages.get("Hmong Daw (White Hmong)")));
        events.save(festival);

        var academy = new OutreachSeries(liaison);
        academy.setTitle("New Americans' Academy (fall)");
        academy.setCityId(cities.get("Brooklyn Center"));
        academy.setParticipantsEnrolled(22);
        series.saveAndFlush(academy);
        int[] attendance = {22, 21, 19, 20};
        for (int week = 0; week < 6; week++) {
            LocalDateTime start = today.minusWeeks(4 - week).plusDays(1).withHour(18);
            boolean held = week < 4;
            var session = event(
                    liaison,
                    "New Americans' Academy: session " + (week + 1),
                    EventType.ACADEMY_SESSION,
                    cities.get("Brooklyn Center"),
                    "Brooklyn Center police station",
                    start,
                    2,
                    held ? EventStatus.HELD : EventStatus.PLANNED);
            session.setSeriesId(academy.getId());
            session.setLanguageIds(Set.of(languages.get("English"), languages.get("Somali")));
            if (held) {
                session.setAttendance(attendance[week]);
                session.setPolice(List.of(new PoliceParticipation(
                        java.util.Objects.requireNonNull(departments.get("Brooklyn Center Police Department")),
                        2,
                        0,
                        new BigDecimal("4"))));
            }
            events.save(session);
        }
    }

    /** National Night Out is the first Tuesday of August; the last one held before today. */
    static LocalDate lastNationalNightOut(LocalDate today) {
        for (int year = today.getYear(); ; year--) {
            LocalDate night =
                    LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            if (night.isBefore(today)) {
                return night;
            }
        }
    }

    private static OutreachEvent event(
            long author,
            String title,
            EventType type,
            long cityId,
            String venue,
            LocalDateTime start,
            int hours,
            EventStatus status) {
        var event = new OutreachEvent(author);
        event.setTitle(title);
        event.setType(type);
        event.setCityId(cityId);
        event.setVenue(venue);
        event.setPeriod(start, start.plusHours(hours));
        event.setOrganiserId(author);
        event.setStatus(status);
        return event;
    }

    private static List<GroupAttendance> firstGroups(Map<String, Long> groups, int count, int people) {
        return groups.values().stream()
                .sorted()
                .limit(count)
                .map(id -> new GroupAttendance(id, people))
                .toList();
    }

    private Map<String, Long> byName(ReferenceKind kind) {
        return referenceData.names(kind).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
    }
}
