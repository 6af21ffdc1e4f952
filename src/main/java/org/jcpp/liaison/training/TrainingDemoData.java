package org.jcpp.liaison.training;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.training.domain.TrainingSession;
import org.jcpp.liaison.training.domain.TrainingSessionRepository;
import org.jcpp.liaison.training.domain.TrainingTopic;
import org.jcpp.liaison.training.domain.TrainingTopicRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A demo training catalog (topics in every status, one with two revisions, one from a need) and a few sessions. */
@Component
@Order(30)
class TrainingDemoData implements ApplicationRunner {

    private final DemoData demoData;
    private final TrainingTopicRepository topics;
    private final TrainingSessionRepository sessions;
    private final ReferenceDataService referenceData;
    private final AccountDirectory directory;
    private final EntityManager entityManager;

    TrainingDemoData(
            DemoData demoData,
            TrainingTopicRepository topics,
            TrainingSessionRepository sessions,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            EntityManager entityManager) {
        this.demoData = demoData;
        this.topics = topics;
        this.sessions = sessions;
        this.referenceData = referenceData;
        this.directory = directory;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> topics.count() > 0, this::load);
    }

    private void load() {
        Map<String, Long> users = directory.idsByDisplayName();
        Long liaison = users.get("Amina Hassan");
        Long coordinator = users.get("Daniel Ortiz");
        if (liaison == null || coordinator == null) {
            return;
        }
        var languageLine = topic(
                "Using the language line",
                "How to reach a telephone interpreter from the squad car or the front desk in under a minute.",
                "Call the number on the back of your ID card; say the language, not the country.\n"
                        + "Speak to the resident, not to the interpreter; short sentences.\n"
                        + "Note the interpreter's ID number in your report.",
                TrainingAudience.PATROL,
                TopicStatus.ACTIVE,
                coordinator,
                null);
        languageLine.setLanguageAccess(true);
        topics.saveAndFlush(languageLine);
        var customs = topic(
                "Somali customs at a traffic stop",
                "What a driver's reactions at a stop may mean, and how to start the conversation well.",
                "A driver may step out of the car to show respect: ask them calmly to stay inside.\n"
                        + "Avoid touching the Quran if it is on the dashboard.",
                TrainingAudience.PATROL,
                TopicStatus.ACTIVE,
                liaison,
                null);
        customs.revise(
                customs.getTitle(),
                customs.getSummary(),
                customs.getKeyPoints() + "\nA woman may prefer not to shake hands: a nod is polite.",
                TrainingAudience.PATROL,
                "Added what officers asked about at the Brooklyn Park night roll-call.",
                liaison);
        topics.saveAndFlush(customs);
        topic(
                "Cultural competency: East African communities",
                "History, family roles and faith practices of the Somali, Oromo and Ethiopian communities in the county.",
                "Who the elders are and why they matter.\nRamadan and prayer times.\nWhy some residents fear police.",
                TrainingAudience.ALL_OFFICERS,
                TopicStatus.ACTIVE,
                coordinator,
                null);
        var justice = topic(
                "Procedural justice in everyday stops",
                "Voice, neutrality, respect and trustworthy motives in the first thirty seconds of a stop.",
                "Explain why you stopped them.\nLet them tell their side.\nSay what happens next.",
                TrainingAudience.ALL_OFFICERS,
                TopicStatus.ACTIVE,
                coordinator,
                null);
        topic(
                "Spanish for patrol: first phrases",
                "Greetings, instructions and reassurance in Spanish for the first minute of a contact.",
                "Buenas noches, soy oficial de policía.\n¿Necesita un intérprete?\nTodo está bien.",
                TrainingAudience.PATROL,
                TopicStatus.ACTIVE,
                liaison,
                null);
        topic(
                "Implicit bias",
                "How quick judgments shape what officers notice, and habits that slow them down.",
                "Recognize the snap judgment.\nName what you saw, not what you assumed.",
                TrainingAudience.SUPERVISORS,
                TopicStatus.APPROVED,
                coordinator,
                null);
        topic(
                "What residents fear about police data",
                "Residents asked who sees police reports; officers should be able to answer simply and truthfully.",
                "What a report contains and who can read it.\nWhat the liaison program never records.",
                TrainingAudience.FRONT_DESK,
                TopicStatus.PROPOSED,
                liaison,
                demoNeedId());
        topic(
                "Hmong New Year safety",
                "Crowd safety and greetings at the Hmong New Year celebration.",
                "Replaced by the cultural competency topic.",
                TrainingAudience.PATROL,
                TopicStatus.RETIRED,
                coordinator,
                null);

        List<DepartmentRef> departments = referenceData.departments();
        String[] places = {"Brooklyn Park", "Hopkins", "Richfield", "Bloomington", "Brooklyn Center", "St. Louis Park"};
        Map<String, Long> cities = referenceData.allCityNames().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
        TrainingTopic[] taught = {justice, languageLine, customs};
        for (int i = 0; i < 8; i++) {
            long cityId = java.util.Objects.requireNonNull(cities.get(places[i % places.length]));
            DepartmentRef department = departments.stream()
                    .filter(d -> d.cityId() == cityId)
                    .findFirst()
                    .orElseThrow();
            TrainingTopic topic = taught[i % taught.length];
            var session = new TrainingSession(i % 2 == 0 ? coordinator : liaison);
            session.setTopic(topic.requireId(), topic.getRevision());
            session.setHeldOn(LocalDate.now().minusDays(6 + i * 13L));
            session.setDepartment(department.id(), department.cityId());
            session.setTrainers(i % 2 == 0 ? "Daniel Ortiz, Sgt. Lee" : "Amina Hassan");
            session.setHours(i % 3 == 0 ? new BigDecimal("4.00") : new BigDecimal("1.50"));
            session.setAttendees(12 + (i * 7) % 20);
            session.setRating(new BigDecimal("3.8").add(new BigDecimal(i % 4).multiply(new BigDecimal("0.3"))));
            session.setEvaluationComments("Officers asked for more practice scenarios.");
            sessions.save(session);
        }
    }

    private TrainingTopic topic(
            String title,
            String summary,
            String keyPoints,
            TrainingAudience audience,
            TopicStatus status,
            long author,
            @Nullable Long needId) {
        var topic = new TrainingTopic(author, needId);
        topic.revise(title, summary, keyPoints, audience, "", author);
        topic.setStatus(status);
        return topics.saveAndFlush(topic);
    }

    /** The demo need the data-fears topic came from (demo only: real proposals name their need in the form). */
    private @Nullable Long demoNeedId() {
        var ids = entityManager
                .createNativeQuery("select min(id) from need where category = 'LANGUAGE_ACCESS'", Long.class)
                .getResultList();
        return ids.isEmpty() ? null : (Long) ids.getFirst();
    }
}
