package org.jcpp.liaison.rollcall;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ShiftRow;
import org.jcpp.liaison.rollcall.domain.CoveredTopic;
import org.jcpp.liaison.rollcall.domain.RollCallBriefing;
import org.jcpp.liaison.rollcall.domain.RollCallBriefingRepository;
import org.jcpp.liaison.training.TopicRef;
import org.jcpp.liaison.training.TrainingTopicService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo roll-call briefings of the last three months. Brooklyn Center was last briefed more than two months ago, so
 * the coverage view has a gap to show.
 */
@Component
@Order(40)
class RollCallDemoData implements ApplicationRunner {

    private static final List<String> CITIES =
            List.of("Brooklyn Park", "Hopkins", "Richfield", "Bloomington", "St. Louis Park", "Crystal");

    private static final List<String> FEEDBACK = List.of(
            "Officers asked how long a language line call usually takes to connect.",
            "Night shift wanted to know which mosques hold Friday prayers near the station.",
            "Questions about what to do when a driver steps out of the car.",
            "");

    private final DemoData demoData;
    private final RollCallBriefingRepository briefings;
    private final ReferenceDataService referenceData;
    private final TrainingTopicService topics;
    private final AccountDirectory directory;

    RollCallDemoData(
            DemoData demoData,
            RollCallBriefingRepository briefings,
            ReferenceDataService referenceData,
            TrainingTopicService topics,
            AccountDirectory directory) {
        this.demoData = demoData;
        this.briefings = briefings;
        this.referenceData = referenceData;
        this.topics = topics;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> briefings.count() > 0, this::load);
    }

    private void load() {
        Map<String, Long> users = directory.idsByDisplayName();
        Long liaison = users.get("Amina Hassan");
        Long coordinator = users.get("Daniel Ortiz");
        List<TopicRef> active = topics.active();
        if (liaison == null || coordinator == null || active.isEmpty()) {
            return;
        }
        Map<Long, String> cityNames = referenceData.allCityNames();
        List<DepartmentRef> departments = referenceData.departments();
        List<ShiftRow> shifts = referenceData.allShifts();
        for (int i = 0; i < 36; i++) {
            String cityName = CITIES.get(i % CITIES.size());
            add(i, cityName, departments, shifts, cityNames, active, 2 + (i * 5L) % 85, coordinator, liaison);
        }
        // Brooklyn Center: two briefings long ago, none since
        add(40, "Brooklyn Center", departments, shifts, cityNames, active, 75, coordinator, liaison);
        add(41, "Brooklyn Center", departments, shifts, cityNames, active, 82, coordinator, liaison);
        // a year ago, a round of language-line briefings through every shift of the two Brooklyns' departments: the
        // interpreter line's demo usage (languageaccess) is set before and after it
        active.stream()
                .filter(t -> t.title().equals("Using the language line"))
                .findFirst()
                .ifPresent(line -> {
                    for (String city : List.of("Brooklyn Park", "Brooklyn Center")) {
                        DepartmentRef department = departments.stream()
                                .filter(d -> city.equals(cityNames.get(d.cityId())))
                                .findFirst()
                                .orElseThrow();
                        var departmentShifts = shifts.stream()
                                .filter(s -> s.departmentId() == department.id() && s.active())
                                .toList();
                        for (int s = 0; s < departmentShifts.size(); s++) {
                            var briefing = new RollCallBriefing(liaison);
                            briefing.setBriefedOn(
                                    LANGUAGE_LINE_ROUND.minusDays(4L * s + (city.endsWith("Center") ? 2 : 0)));
                            briefing.setShift(
                                    department.cityId(),
                                    department.id(),
                                    departmentShifts.get(s).id());
                            briefing.setPresenterId(liaison);
                            briefing.setOfficers(9 + 3 * s);
                            briefing.setMinutes(15);
                            briefing.setTopics(Set.of(new CoveredTopic(line.id(), line.revision())));
                            briefing.setFeedback(
                                    s == 0 ? "Officers asked for the access code on a card for the squad cars." : "");
                            briefing.setFollowUps("");
                            briefings.save(briefing);
                        }
                    }
                });
    }

    /** The last day of the demo round of language-line briefings: about a year ago. */
    static final LocalDate LANGUAGE_LINE_ROUND = LocalDate.now().minusMonths(12).withDayOfMonth(20);

    private void add(
            int i,
            String cityName,
            List<DepartmentRef> departments,
            List<ShiftRow> shifts,
            Map<Long, String> cityNames,
            List<TopicRef> active,
            long daysAgo,
            long coordinator,
            long liaison) {
        DepartmentRef department = departments.stream()
                .filter(d -> cityName.equals(cityNames.get(d.cityId())))
                .findFirst()
                .orElseThrow();
        List<ShiftRow> departmentShifts = shifts.stream()
                .filter(s -> s.departmentId() == department.id() && s.active())
                .toList();
        ShiftRow shift = departmentShifts.get((i / CITIES.size()) % departmentShifts.size());
        boolean liaisonCity = cityName.startsWith("Brooklyn");
        long presenter = liaisonCity ? liaison : coordinator;
        var briefing = new RollCallBriefing(presenter);
        briefing.setBriefedOn(LocalDate.now().minusDays(daysAgo));
        briefing.setShift(department.cityId(), department.id(), shift.id());
        briefing.setPresenterId(presenter);
        briefing.setOfficers(6 + (i * 7) % 15);
        briefing.setMinutes(10 + (i % 3) * 5);
        TopicRef first = active.get(i % active.size());
        TopicRef second = active.get((i + 2) % active.size());
        briefing.setTopics(
                i % 4 == 0
                        ? Set.of(
                                new CoveredTopic(first.id(), first.revision()),
                                new CoveredTopic(second.id(), second.revision()))
                        : Set.of(new CoveredTopic(first.id(), first.revision())));
        briefing.setFeedback(FEEDBACK.get(i % FEEDBACK.size()));
        briefing.setFollowUps(i % 5 == 0 ? "Send the laminated language line cards to the sergeant." : "");
        briefings.save(briefing);
    }
}
