package org.jcpp.liaison.committees;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.committees.domain.AdvisoryCommittee;
import org.jcpp.liaison.committees.domain.AdvisoryCommitteeRepository;
import org.jcpp.liaison.committees.domain.CommitteeMeeting;
import org.jcpp.liaison.committees.domain.CommitteeMeetingRepository;
import org.jcpp.liaison.committees.domain.CommitteeMember;
import org.jcpp.liaison.committees.domain.CommitteeMemberRepository;
import org.jcpp.liaison.committees.domain.Recommendation;
import org.jcpp.liaison.committees.domain.RecommendationRepository;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.training.TopicRef;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo advisory committees: one per member city, with members, a year of monthly meetings on the second Thursday (each
 * committee missed one month, so the gap shows), next month's meeting planned, and recommendations in every status.
 */
@Component
@Order(45)
class CommitteesDemoData implements ApplicationRunner {

    private static final List<String> FIRST = List.of(
            "Amal", "Jorge", "Mai", "Fartun", "Luis", "Hodan", "Tou", "Rosa", "Abdi", "Nadia", "Kou", "Maribel");
    private static final List<String> LAST = List.of(
            "Warsame",
            "Hernández",
            "Vang",
            "Ali",
            "Gómez",
            "Yusuf",
            "Xiong",
            "Morales",
            "Farah",
            "Osman",
            "Lee",
            "Castillo");
    private static final List<String> SPEAKS_FOR = List.of(
            "Somali community",
            "Latino families",
            "Hmong elders",
            "Oromo community",
            "Mosque board",
            "Parish council",
            "Liberian community",
            "Youth sports league");
    private static final List<String> AGENDA = List.of(
            "Body-worn cameras: when they are on",
            "Consular ID cards accepted as identification",
            "Hiring: officers who speak Somali and Spanish",
            "Traffic stops: what drivers should do",
            "Summer safety events",
            "Language line: how residents can ask for it");

    private record Planned(
            String title,
            RecommendationCategory category,
            RecommendationStatus status,
            String response,
            int meetingsAgo,
            int dueInDays) {}

    private static final List<Planned> RECOMMENDATIONS = List.of(
            new Planned(
                    "Publish traffic-stop figures by neighbourhood",
                    RecommendationCategory.POLICY,
                    RecommendationStatus.RAISED,
                    "",
                    1,
                    60),
            new Planned(
                    "Language line cards in every squad car",
                    RecommendationCategory.TRAINING,
                    RecommendationStatus.UNDER_REVIEW,
                    "",
                    3,
                    30),
            new Planned(
                    "Accept consular ID cards at the front desk",
                    RecommendationCategory.POLICY,
                    RecommendationStatus.ACCEPTED,
                    "The front desk accepts them from next month.",
                    4,
                    90),
            new Planned(
                    "Recruit at the mosque's job fair",
                    RecommendationCategory.HIRING,
                    RecommendationStatus.PARTLY_ACCEPTED,
                    "Recruiters attend the spring fair; the autumn one clashes with the academy.",
                    6,
                    120),
            new Planned(
                    "Officers out of uniform at the Eid celebration",
                    RecommendationCategory.COMMUNITY_EVENT,
                    RecommendationStatus.DECLINED,
                    "Officers on duty must be in uniform; off-duty officers are welcome to attend.",
                    8,
                    45),
            new Planned(
                    "Explain what to do at a traffic stop, in Somali and Spanish",
                    RecommendationCategory.RECURRING_PROBLEM,
                    RecommendationStatus.DONE,
                    "A two-page card in Somali and Spanish, handed out at the spring forums.",
                    10,
                    60));

    private final DemoData demoData;
    private final AdvisoryCommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final CommitteeMeetingRepository meetings;
    private final RecommendationRepository recommendations;
    private final ReferenceDataService referenceData;
    private final TrainingTopicService topics;
    private final AccountDirectory directory;
    private final Clock clock;

    CommitteesDemoData(
            DemoData demoData,
            AdvisoryCommitteeRepository committees,
            CommitteeMemberRepository members,
            CommitteeMeetingRepository meetings,
            RecommendationRepository recommendations,
            ReferenceDataService referenceData,
            TrainingTopicService topics,
            AccountDirectory directory,
            Clock clock) {
        this.demoData = demoData;
        this.committees = committees;
        this.members = members;
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.referenceData = referenceData;
        this.topics = topics;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> committees.count() > 0, this::load);
    }

    private void load() {
        Map<String, Long> users = directory.idsByDisplayName();
        Long liaison = users.get("Amina Hassan");
        Long coordinator = users.get("Daniel Ortiz");
        if (liaison == null || coordinator == null) {
            return;
        }
        List<DepartmentRef> departments = referenceData.departments();
        List<Long> languages = referenceData.active(ReferenceKind.LANGUAGE).stream()
                .map(NamedRef::id)
                .toList();
        @Nullable
        Long languageLine = topics.active().stream()
                .filter(t -> t.title().toLowerCase(java.util.Locale.ROOT).contains("language line"))
                .map(TopicRef::id)
                .findFirst()
                .orElse(null);
        List<NamedRef> cities = referenceData.active(ReferenceKind.CITY);
        for (int c = 0; c < cities.size(); c++) {
            NamedRef city = cities.get(c);
            boolean liaisonCity = city.name().startsWith("Brooklyn");
            long keeper = liaisonCity ? liaison : coordinator;
            @Nullable
            Long department = departments.stream()
                    .filter(d -> d.cityId() == city.id())
                    .map(DepartmentRef::id)
                    .findFirst()
                    .orElse(null);
            loadCommittee(c, city, keeper, coordinator, department, languages, languageLine);
        }
    }

    private void loadCommittee(
            int c,
            NamedRef city,
            long keeper,
            long coordinator,
            @Nullable Long department,
            List<Long> languages,
            @Nullable Long languageLine) {
        var committee = new AdvisoryCommittee();
        committee.setCityId(city.id());
        committee.setName(city.name() + " Multicultural Advisory Committee");
        committee.setReportLanguage(c % 3 == 0 ? "es" : "en");
        committees.save(committee);
        LocalDate today = LocalDate.now(clock);
        var memberIds = new ArrayList<Long>();
        for (int m = 0; m < 7; m++) {
            var member = new CommitteeMember(committee.requireId(), city.id());
            int k = c * 7 + m;
            String name = FIRST.get(k % FIRST.size()) + " " + LAST.get((k * 5 + c) % LAST.size());
            member.fill(new MemberData(
                    name,
                    SPEAKS_FOR.get(k % SPEAKS_FOR.size()),
                    languages.isEmpty() ? Set.of() : Set.of(languages.get(k % languages.size())),
                    "612-555-01" + String.format("%02d", k % 100),
                    "",
                    today.minusYears(2).plusMonths(m),
                    m == 6 ? today.minusMonths(5) : null, // one member's term ended
                    m % 3 != 0));
            members.save(member);
            memberIds.add(member.requireId());
        }
        int missed = 2 + c % 9; // each committee missed one month of the last twelve
        var held = new ArrayList<CommitteeMeeting>();
        YearMonth thisMonth = YearMonth.now(clock);
        for (int ago = 12; ago >= -1; ago--) { // -1: next month's, planned
            LocalDate day =
                    thisMonth.minusMonths(ago).atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
            LocalDateTime start = LocalDateTime.of(day, LocalTime.of(18, 0));
            boolean past = start.isBefore(LocalDateTime.now(clock));
            if (ago == missed) {
                continue;
            }
            var status = past ? MeetingStatus.HELD : MeetingStatus.PLANNED;
            int present = 3 + (ago + c) % 4;
            var meeting = new CommitteeMeeting(keeper);
            meeting.fill(
                    committee.requireId(),
                    city.id(),
                    new MeetingData(
                            committee.requireId(),
                            start,
                            start.plusMinutes(90),
                            "Police department community room",
                            status,
                            List.of(
                                    AGENDA.get(Math.floorMod(ago, AGENDA.size())),
                                    AGENDA.get(Math.floorMod(ago + 3, AGENDA.size()))),
                            status == MeetingStatus.HELD
                                    ? Set.copyOf(memberIds.subList(0, Math.min(present, 6)))
                                    : Set.of(),
                            status == MeetingStatus.HELD
                                    ? List.of(
                                            new PoliceAttendee(PoliceRank.CHIEF, ""),
                                            new PoliceAttendee(PoliceRank.LIEUTENANT, "Patrol"))
                                    : List.of(),
                            Set.of(keeper),
                            status == MeetingStatus.HELD ? (ago * 3 + c) % 9 : 0,
                            ago % 4 == 0 && !languages.isEmpty() ? Interpretation.IN_PERSON : Interpretation.NONE,
                            ago % 4 == 0 && !languages.isEmpty() ? Set.of(languages.getFirst()) : Set.of(),
                            status == MeetingStatus.HELD
                                    ? "The chief answered questions on the agenda items; members asked for a follow-up."
                                    : ""));
            meetings.save(meeting);
            if (status == MeetingStatus.HELD) {
                held.addFirst(meeting); // newest first
            }
        }
        for (Planned planned : RECOMMENDATIONS) {
            if (planned.meetingsAgo() >= held.size()) {
                continue;
            }
            CommitteeMeeting at = held.get(planned.meetingsAgo());
            LocalDate raisedOn = at.getStartsAt().toLocalDate();
            var recommendation = new Recommendation(keeper);
            recommendation.raisedAt(committee.requireId(), city.id(), at.requireId(), raisedOn);
            boolean aboutLanguageLine = planned.title().startsWith("Language line") && languageLine != null;
            recommendation.fill(
                    new RecommendationData(
                            at.requireId(),
                            planned.title(),
                            "The committee asked the department to consider this at the meeting.",
                            planned.category(),
                            department,
                            "Deputy chief",
                            raisedOn.plusDays(planned.dueInDays()),
                            Set.of(),
                            aboutLanguageLine ? Set.of(languageLine) : Set.of(),
                            Set.of()),
                    keeper);
            var fixed = Clock.fixed(
                    raisedOn.plusDays(21).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
            if (planned.status() == RecommendationStatus.UNDER_REVIEW) {
                recommendation.answer(new RecommendationAnswer(planned.status(), ""), keeper, false, fixed);
            } else if (planned.status() == RecommendationStatus.DONE) {
                recommendation.answer(
                        new RecommendationAnswer(RecommendationStatus.ACCEPTED, ""), coordinator, true, fixed);
                recommendation.answer(
                        new RecommendationAnswer(RecommendationStatus.DONE, planned.response()),
                        coordinator,
                        true,
                        fixed);
            } else if (planned.status() != RecommendationStatus.RAISED) {
                recommendation.answer(
                        new RecommendationAnswer(planned.status(), planned.response()), coordinator, true, fixed);
            }
            recommendation.backdateHistory(
                    raisedOn.atTime(20, 0).atZone(ZoneId.systemDefault()).toInstant());
            recommendations.save(recommendation);
        }
    }
}
