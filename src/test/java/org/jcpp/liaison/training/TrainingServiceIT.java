package org.jcpp.liaison.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Violations;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class TrainingServiceIT {

    @Autowired
    TrainingTopicService topics;

    @Autowired
    TrainingSessionService sessions;

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    SignedIn signedIn;
    SampleTraining samples;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        samples = new SampleTraining(signedIn, topics, referenceData);
    }

    @Test
    void a_topic_proposed_from_a_need_of_the_liaisons_city_names_that_need_and_one_of_another_city_is_refused() {
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        long parkNeed = signedIn.as(
                        "demo-liaison",
                        () -> contacts.log(SampleContacts.visit(
                                brooklynPark,
                                "Visit",
                                SampleContacts.need(NeedCategory.SAFETY, "Ask police", null, null))))
                .needs()
                .getFirst()
                .id();
        long hopkinsNeed = signedIn.as(
                        "demo-coordinator",
                        () -> contacts.log(SampleContacts.visit(
                                hopkins, "Visit", SampleContacts.need(NeedCategory.SAFETY, "Ask police", null, null))))
                .needs()
                .getFirst()
                .id();

        var proposed = signedIn.as("demo-liaison", () -> topics.propose(topic("Stops near the school", parkNeed)));
        assertThat(proposed.status()).isEqualTo(TopicStatus.PROPOSED);
        assertThat(proposed.sourceNeedId()).isEqualTo(parkNeed);
        assertThat(proposed.revision()).isEqualTo(1);

        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> topics.propose(topic("Elsewhere", hopkinsNeed))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sourceNeedId"));
    }

    @Test
    void marking_a_topic_as_about_language_access_needs_no_new_revision_and_its_briefings_count_as_such() {
        var proposed = signedIn.as("demo-liaison", () -> topics.propose(topic("Calling an interpreter", null)));
        assertThat(proposed.languageAccess()).isFalse();
        var marked = signedIn.as(
                "demo-liaison",
                () -> topics.revise(
                        proposed.id(),
                        proposed.version(),
                        new TopicData(
                                proposed.title(),
                                proposed.summary(),
                                proposed.keyPoints(),
                                proposed.audience(),
                                "",
                                null,
                                true)));
        assertThat(marked.languageAccess()).isTrue();
        assertThat(marked.revision()).isEqualTo(1); // the mark is not content: no revision, no note asked for
        assertThat(signedIn.as("demo-liaison", () -> topics.languageAccessTopicIds()))
                .contains(proposed.id());
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> topics.revise(
                                marked.id(),
                                marked.version(),
                                new TopicData(
                                        marked.title(),
                                        marked.summary(),
                                        marked.keyPoints(),
                                        marked.audience(),
                                        "",
                                        null,
                                        true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("training.revise.nothing-changed"));
    }

    @Test
    void only_a_coordinator_moves_a_topic_from_proposed_to_approved_to_active_and_skipping_a_step_is_refused() {
        var proposed = signedIn.as("demo-liaison", () -> topics.propose(topic("Crowd safety at festivals", null)));
        assertThat(proposed.nextStatuses()).isEmpty();
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> topics.changeStatus(proposed.id(), proposed.version(), TopicStatus.APPROVED)))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("demo-coordinator", () -> {
            assertThatThrownBy(() -> topics.changeStatus(proposed.id(), proposed.version(), TopicStatus.ACTIVE))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("training.status.not-allowed"));
            var approved = topics.changeStatus(proposed.id(), proposed.version(), TopicStatus.APPROVED);
            var active = topics.changeStatus(approved.id(), approved.version(), TopicStatus.ACTIVE);
            assertThat(active.status()).isEqualTo(TopicStatus.ACTIVE);
            assertThat(topics.active()).extracting(TopicRef::id).contains(active.id());
        });
        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(null, AuditAction.UPDATE, "training-topic", proposed.id(), null, null, null),
                        Pageable.ofSize(10)));
        assertThat(entries).hasSize(2).allSatisfy(e -> assertThat(e.changes()).contains("status"));
    }

    @Test
    void a_revision_needs_a_change_and_a_note_keeps_the_earlier_text_and_a_stale_one_is_refused() {
        var topic = samples.newActiveTopic("Reading a traffic stop");
        signedIn.as("demo-coordinator", () -> {
            assertThatThrownBy(() -> topics.revise(topic.id(), topic.version(), content(topic, topic.keyPoints(), "x")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("training.revise.nothing-changed"));
            assertThatThrownBy(() -> topics.revise(topic.id(), topic.version(), content(topic, "New points", " ")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("changeNote"));
            var revised = topics.revise(topic.id(), topic.version(), content(topic, "New points", "Clearer"));
            assertThat(revised.revision()).isEqualTo(2);
            assertThat(revised.keyPoints()).isEqualTo("New points");
            assertThat(revised.revisions())
                    .extracting(TopicRevisionRow::keyPoints)
                    .containsExactly("New points", "First key point");
            assertThat(revised.revision(2).orElseThrow().changeNote()).isEqualTo("Clearer");
            assertThatThrownBy(() -> topics.revise(topic.id(), topic.version(), content(topic, "Other", "Again")))
                    .isInstanceOf(ConcurrentEditException.class);
        });
    }

    @Test
    void an_admin_reads_the_active_catalog_only() {
        var proposed = signedIn.as("demo-liaison", () -> topics.propose(topic("Not yet taught", null)));
        signedIn.as("demo-admin", () -> {
            assertThat(topics.rows(TopicFilter.ALL, Pageable.ofSize(100)))
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.status()).isEqualTo(TopicStatus.ACTIVE));
            assertThatThrownBy(() -> topics.get(proposed.id())).isInstanceOf(RecordNotFoundException.class);
            assertThat(topics.get(samples.activeTopic("Using the language line").id())
                            .canRevise())
                    .isFalse();
        });
        assertThat(signedIn.as("demo-liaison", () -> topics.count(new TopicFilter(TopicStatus.PROPOSED, null, null))))
                .isPositive();
    }

    @Test
    void a_session_is_logged_at_the_current_revision_checked_for_range_and_scoped_to_the_users_cities() {
        var topic = samples.activeTopic("Procedural justice in everyday stops");
        var park = samples.department("Brooklyn Park");
        var hopkins = samples.department("Hopkins");
        LocalDate heldOn = LocalDate.now().minusYears(4).withDayOfMonth(3);

        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> sessions.log(session(topic.id(), park.id(), heldOn, "0", 10, null)))
                    .isInstanceOfSatisfying(
                            ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                                    .extracting(Violations::field)
                                    .containsExactly("hours"));
            assertThatThrownBy(() -> sessions.log(session(topic.id(), park.id(), heldOn, "2", 1000, null)))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> sessions.log(session(topic.id(), park.id(), heldOn, "2", 10, "5.5")))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> sessions.log(session(topic.id(), hopkins.id(), heldOn, "2", 10, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("departmentId"));
            assertThatThrownBy(
                            () -> sessions.log(session(topic.id(), park.id(), LocalDate.of(1900, 1, 1), "2", 10, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("heldOn");
                        assertThat(e.messageKey()).isEqualTo("training.date.too-old");
                    });

            var logged = sessions.log(session(topic.id(), park.id(), heldOn, "3.5", 18, "4.25"));
            assertThat(logged.topic().revision()).isEqualTo(topic.revision());
            assertThat(logged.rating()).isEqualByComparingTo("4.3");
            sessions.log(session(topic.id(), park.id(), heldOn.plusDays(1), "1", 7, null));
            assertThat(sessions.months(heldOn.withDayOfMonth(1), heldOn.withDayOfMonth(28)))
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.sessions()).isEqualTo(2);
                        assertThat(m.hours()).isEqualByComparingTo("4.5");
                        assertThat(m.officersTrained()).isEqualTo(25);
                    });
        });
        var parkByCoordinator = signedIn.as(
                "demo-coordinator", () -> sessions.log(session(topic.id(), park.id(), heldOn, "2", 9, null)));
        signedIn.as("demo-liaison", () -> {
            assertThat(sessions.get(parkByCoordinator.id()).canEdit()).isFalse();
            assertThatThrownBy(() -> sessions.delete(parkByCoordinator.id(), parkByCoordinator.version()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("training.sessions.edit.not-allowed"));
        });
        var hopkinsSession = signedIn.as(
                "demo-coordinator", () -> sessions.log(session(topic.id(), hopkins.id(), heldOn, "2", 9, null)));
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> sessions.get(hopkinsSession.id())).isInstanceOf(RecordNotFoundException.class);
            assertThat(sessions.count(new SessionFilter(null, null, hopkins.cityId(), null)))
                    .isZero();
        });
    }

    @Test
    void one_grid_refresh_of_the_catalog_takes_at_most_two_sql_statements() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (String user : new String[] {"demo-liaison", "demo-admin"}) {
            signedIn.as(user, () -> {
                statistics.clear();
                var page = topics.rows(new TopicFilter(null, null, "the"), Pageable.ofSize(50));
                long total = topics.count(new TopicFilter(null, null, "the"));
                assertThat(page).isNotEmpty();
                assertThat(total).isGreaterThanOrEqualTo(page.size());
                assertThat(statistics.getPrepareStatementCount()).as(user).isLessThanOrEqualTo(2);
            });
        }
    }

    private static TopicData topic(String title, Long needId) {
        return new TopicData(
                title + " " + System.nanoTime(),
                "Why it matters",
                "Point one",
                TrainingAudience.PATROL,
                "",
                needId,
                false);
    }

    private static TopicData content(TopicDetails topic, String keyPoints, String note) {
        return new TopicData(topic.title(), topic.summary(), keyPoints, topic.audience(), note, null, false);
    }

    private static SessionData session(
            long topicId, long departmentId, LocalDate on, String hours, int attendees, String rating) {
        return new SessionData(
                topicId,
                on,
                departmentId,
                "Sgt. Lee",
                new BigDecimal(hours),
                attendees,
                "",
                rating == null ? null : new BigDecimal(rating),
                "");
    }
}
