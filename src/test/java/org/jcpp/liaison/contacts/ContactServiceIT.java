package org.jcpp.liaison.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.ListPage;
import org.jcpp.liaison.base.ListSize;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Violations;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ContactServiceIT {

    @Autowired
    ContactService contacts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    NeedService needs;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    SignedIn signedIn;
    long brooklynPark;
    long hopkins;
    long spanish;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = id(ReferenceKind.CITY, "Brooklyn Park");
        hopkins = id(ReferenceKind.CITY, "Hopkins");
        spanish = id(ReferenceKind.LANGUAGE, "Spanish");
    }

    @Test
    void a_liaison_logs_an_anonymous_spanish_group_contact_with_two_needs_that_land_in_their_follow_ups() {
        String marker = "mosque-forum-" + System.nanoTime();
        var logged = signedIn.as(
                "demo-liaison",
                () -> contacts.log(contact(
                        brooklynPark,
                        23,
                        marker,
                        List.of(
                                need(NeedCategory.TRAFFIC, "Residents ask how traffic stops work"),
                                need(NeedCategory.HOUSING, "Landlord refuses repairs")))));

        assertThat(logged.needs()).hasSize(2).allSatisfy(n -> assertThat(n.status())
                .isEqualTo(NeedStatus.OPEN));
        assertThat(logged.needs()).noneMatch(NeedRow::named);

        var found = signedIn.as(
                "demo-coordinator",
                () -> contacts.list(
                        new ContactFilter(null, null, brooklynPark, null, spanish, null, null, marker),
                        Pageable.ofSize(10)));
        assertThat(found.getContent()).singleElement().satisfies(row -> {
            assertThat(row.headcount()).isEqualTo(23);
            assertThat(row.languageLineUsed()).isTrue();
            assertThat(row.needCount()).isEqualTo(2);
        });

        var followUps = signedIn.as("demo-liaison", () -> needs.myFollowUps(Pageable.ofSize(500)));
        assertThat(followUps)
                .extracting(NeedRow::description)
                .contains("Residents ask how traffic stops work", "Landlord refuses repairs");
    }

    @Test
    void a_brooklyn_park_liaison_cannot_list_open_edit_count_or_delete_a_hopkins_contact() {
        String marker = "hopkins-only-" + System.nanoTime();
        var hopkinsContact = signedIn.as(
                "demo-coordinator",
                () -> contacts.log(contact(hopkins, 4, marker, List.of(need(NeedCategory.SAFETY, "Streetlight out")))));
        long needId = hopkinsContact.needs().getFirst().id();
        var byText = new ContactFilter(null, null, null, null, null, null, null, marker);
        var byCity = new ContactFilter(null, null, hopkins, null, null, null, null, null);

        signedIn.as("demo-liaison", () -> {
            assertThat(contacts.list(byText, Pageable.ofSize(10)).getContent()).isEmpty();
            assertThat(contacts.firstRows(byText, 10)).isEqualTo(new ListPage<>(List.of(), ListSize.exactly(0)));
            assertThat(contacts.count(byText)).isZero();
            assertThat(contacts.count(byCity)).isZero();
            assertThatThrownBy(() -> contacts.get(hopkinsContact.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> contacts.update(
                            hopkinsContact.id(), hopkinsContact.version(), contact(hopkins, 5, "changed", List.of())))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> contacts.delete(hopkinsContact.id(), hopkinsContact.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> needs.get(needId)).isInstanceOf(RecordNotFoundException.class);
            assertThat(needs.count(new NeedFilter(hopkins, null, null, false, null, false)))
                    .isZero();
            assertThatThrownBy(() -> contacts.log(contact(hopkins, 2, "mine?", List.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("cityId"));
        });
        assertThat(signedIn.as("demo-coordinator", () -> contacts.count(byText)))
                .isEqualTo(1);
        assertThat(signedIn.as("demo-coordinator", () -> contacts.firstRows(byText, 10)))
                .satisfies(first ->
                        assertThat(first.rows()).extracting(ContactRow::id).containsExactly(hopkinsContact.id()))
                .satisfies(first -> assertThat(first.size()).isEqualTo(ListSize.exactly(1)));
    }

    @Test
    void bad_input_is_refused_with_the_field_it_concerns() {
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> contacts.log(contact(brooklynPark, 0, "zero", List.of())))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(paths(e))
                            .contains("headcount"));
            assertThatThrownBy(() -> contacts.log(contact(brooklynPark, 100_000, "huge", List.of())))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(paths(e))
                            .contains("headcount"));
            assertThatThrownBy(() -> contacts.log(contact(brooklynPark, 3, "x".repeat(10_000), List.of())))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(paths(e))
                            .contains("summary"));
            var nextYear = withWhen(
                    contact(brooklynPark, 3, "future", List.of()),
                    LocalDateTime.now().plusYears(1));
            assertThatThrownBy(() -> contacts.log(nextYear))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("occurredAt"));
            var in1900 = withWhen(contact(brooklynPark, 3, "1900", List.of()), LocalDateTime.of(1900, 1, 1, 10, 0));
            assertThatThrownBy(() -> contacts.log(in1900)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("occurredAt");
                assertThat(e.messageKey()).isEqualTo("contact.when.too-old");
            });
            var emptyNeed = contact(brooklynPark, 3, "need without text", List.of(need(NeedCategory.FOOD, " ")));
            assertThatThrownBy(() -> contacts.log(emptyNeed))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(paths(e))
                            .contains("needs[0].description"));
        });
    }

    @Test
    void a_summary_keeps_its_line_breaks_and_loses_hidden_characters_and_a_name_stays_on_one_line() {
        var person = new PersonData("Ro\u202Esa\u202C M.\r\n", spanish, "phone\u000B 612-555-0100", null, "spa", null);
        var logged = signedIn.as(
                "demo-liaison",
                () -> contacts.log(contact(
                        brooklynPark,
                        5,
                        "Asked about:\r\n- traffic stops\u0000\r\n- \u2066translation\u2069",
                        List.of(new NeedData(
                                NeedCategory.LANGUAGE_ACCESS,
                                "First line\r\nsecond line",
                                null,
                                null,
                                null,
                                null,
                                person)))));
        signedIn.as("demo-liaison", () -> {
            assertThat(contacts.get(logged.id()).summary()).isEqualTo("Asked about:\n- traffic stops\n- translation");
            var need = needs.get(logged.needs().getFirst().id());
            assertThat(need.description()).isEqualTo("First line\nsecond line");
            assertThat(need.person()).isNotNull();
            assertThat(need.person().name()).isEqualTo("Rosa M.");
            assertThat(need.person().reachBy()).isEqualTo("phone 612-555-0100");
        });
    }

    @Test
    void a_follow_up_date_of_1900_or_years_ahead_is_refused_at_the_field() {
        var longAgo = contact(
                brooklynPark,
                3,
                "old follow-up",
                List.of(new NeedData(
                        NeedCategory.FOOD, "Food shelf hours", null, LocalDate.of(1900, 1, 1), null, null, null)));
        var farAhead = contact(
                brooklynPark,
                3,
                "far follow-up",
                List.of(new NeedData(
                        NeedCategory.FOOD,
                        "Food shelf hours",
                        null,
                        LocalDate.now().plusYears(3),
                        null,
                        null,
                        null)));
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> contacts.log(longAgo)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("needs[0].dueOn");
                assertThat(e.messageKey()).isEqualTo("need.due.range");
            });
            assertThatThrownBy(() -> contacts.log(farAhead))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("needs[0].dueOn"));
            var logged = contacts.log(contact(brooklynPark, 3, "follow-up", List.of(need(NeedCategory.FOOD, "x"))));
            assertThatThrownBy(() -> contacts.addNeed(
                            logged.id(),
                            new NeedData(NeedCategory.FOOD, "y", null, LocalDate.of(1900, 1, 1), null, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("dueOn"));
            var need = needs.get(logged.needs().getFirst().id());
            assertThatThrownBy(() -> needs.update(new NeedUpdate(
                            need.id(),
                            need.version(),
                            need.status(),
                            need.ownerId(),
                            LocalDate.of(1900, 1, 1),
                            null,
                            null,
                            "",
                            org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                            null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("dueOn");
                        assertThat(e.messageKey()).isEqualTo("need.due.range");
                    });
            // the day of the contact and two years from today are both fine
            var updated = needs.update(new NeedUpdate(
                    need.id(),
                    need.version(),
                    need.status(),
                    need.ownerId(),
                    LocalDate.now().plusYears(2),
                    null,
                    null,
                    "",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
            assertThat(updated.dueOn()).isEqualTo(LocalDate.now().plusYears(2));
            var sameDay = needs.update(new NeedUpdate(
                    need.id(),
                    updated.version(),
                    need.status(),
                    need.ownerId(),
                    need.contactOccurredAt().toLocalDate(),
                    null,
                    null,
                    "",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
            assertThat(sameDay.dueOn()).isEqualTo(need.contactOccurredAt().toLocalDate());
        });
    }

    @Test
    void a_liaison_cannot_log_a_contact_for_someone_else_but_a_coordinator_can() {
        long liaisonId = signedIn.as("demo-liaison", () -> contacts.log(contact(brooklynPark, 1, "own", List.of())))
                .liaisonId();
        var forLiaison = withLiaison(contact(brooklynPark, 2, "for another", List.of()), liaisonId);
        var coordinatorLogged = signedIn.as("demo-coordinator", () -> contacts.log(forLiaison));
        assertThat(coordinatorLogged.liaisonId()).isEqualTo(liaisonId);

        long coordinatorId = coordinatorLogged.createdBy();
        signedIn.as("demo-liaison", () -> assertThatThrownBy(
                        () -> contacts.log(withLiaison(contact(brooklynPark, 2, "x", List.of()), coordinatorId)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("liaisonId")));
    }

    @Test
    void a_stale_edit_is_refused_and_keeps_the_first_save() {
        var logged = signedIn.as("demo-liaison", () -> contacts.log(contact(brooklynPark, 5, "first", List.of())));
        signedIn.as(
                "demo-coordinator",
                () -> contacts.update(
                        logged.id(), logged.version(), contact(brooklynPark, 6, "coordinator's edit", List.of())));
        signedIn.as("demo-liaison", () -> assertThatThrownBy(() -> contacts.update(
                        logged.id(), logged.version(), contact(brooklynPark, 7, "liaison's edit", List.of())))
                .isInstanceOf(ConcurrentEditException.class));
        assertThat(signedIn.as("demo-liaison", () -> contacts.get(logged.id())).summary())
                .isEqualTo("coordinator's edit");
    }

    /**
     * A page and its count: two statements each reading rows. A word search sends one more per transaction, which
     * reads nothing: the setting that plans its statements for the words typed ({@code ContactQueries.customPlans}).
     */
    @Test
    void one_grid_refresh_of_the_filtered_contact_list_takes_at_most_two_sql_statements() {
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(
                        contact(brooklynPark, 9, "statement count probe", List.of(need(NeedCategory.OTHER, "probe")))));
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var filter = new ContactFilter(
                LocalDate.now().minusYears(1), LocalDate.now(), brooklynPark, null, spanish, null, null, "probe");
        signedIn.as("demo-liaison", () -> {
            statistics.clear();
            var page = contacts.rows(filter, Pageable.ofSize(50));
            long total = contacts.count(filter);
            assertThat(page).isNotEmpty();
            assertThat(total).isGreaterThanOrEqualTo(page.size());
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2 + 2); // two transactions

            statistics.clear();
            assertThat(contacts.list(filter, Pageable.ofSize(50)).getContent()).isNotEmpty();
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2 + 1); // one transaction

            var noWords = new ContactFilter(
                    LocalDate.now().minusYears(1), LocalDate.now(), brooklynPark, null, spanish, null, null, null);
            statistics.clear();
            assertThat(contacts.list(noWords, Pageable.ofSize(50)).getContent()).isNotEmpty();
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);

            statistics.clear();
            assertThat(needs.myFollowUps(Pageable.ofSize(50))).isNotEmpty();
            needs.countMyFollowUps();
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
        });
    }

    /**
     * A word search's statements are planned for the words typed, for the rest of its transaction only: a plan made once
     * for any words cannot use the words index and read every contact of the period (624 ms p95 at a million).
     */
    @Test
    void a_word_search_plans_its_transaction_for_the_words_typed_and_leaves_later_transactions_as_they_were() {
        var words = new ContactFilter(
                LocalDate.now().minusYears(1), LocalDate.now(), brooklynPark, null, null, null, null, "probe");
        var noWords = new ContactFilter(
                LocalDate.now().minusYears(1), LocalDate.now(), brooklynPark, null, null, null, null, null);
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        String planned = signedIn.as(
                "demo-liaison",
                () -> transaction.execute(status -> {
                    contacts.list(words, Pageable.ofSize(50));
                    return jdbc.queryForObject("SELECT current_setting('plan_cache_mode')", String.class);
                }));
        String without = signedIn.as(
                "demo-liaison",
                () -> transaction.execute(status -> {
                    contacts.list(noWords, Pageable.ofSize(50));
                    return jdbc.queryForObject("SELECT current_setting('plan_cache_mode')", String.class);
                }));

        assertThat(planned).isEqualTo("force_custom_plan");
        assertThat(without).isEqualTo("auto");
    }

    @Test
    void a_referral_without_a_partner_is_refused_at_the_partner_and_the_need_stays_as_it_was() {
        var logged = signedIn.as(
                "demo-liaison",
                () -> contacts.log(contact(
                        brooklynPark, 3, "visit", List.of(need(NeedCategory.HOUSING, "Heating not repaired")))));
        long needId = logged.needs().getFirst().id();
        signedIn.as("demo-liaison", () -> {
            var need = needs.get(needId);
            assertThatThrownBy(() -> needs.update(new NeedUpdate(
                            needId,
                            need.version(),
                            NeedStatus.REFERRED,
                            need.ownerId(),
                            null,
                            null,
                            null,
                            "",
                            org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                            null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("referralPartnerId"));
            var after = needs.get(needId);
            assertThat(after.status()).isEqualTo(NeedStatus.OPEN);
            assertThat(after.version()).isEqualTo(need.version());
            assertThat(after.history()).hasSize(1);
            return null;
        });
    }

    @Test
    void the_partial_index_of_needs_to_follow_up_holds_exactly_the_open_statuses() {
        try (var em = entityManagerFactory.createEntityManager()) {
            String index = (String)
                    em.createNativeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'need_open_due_idx'")
                            .getSingleResult();
            for (NeedStatus status : NeedStatus.values()) {
                assertThat(index.contains("'" + status.name() + "'"))
                        .as(status + " in " + index)
                        .isEqualTo(NeedStatus.OPEN_STATUSES.contains(status));
            }
        }
    }

    @Test
    void resolving_a_need_requires_its_outcome_and_every_change_is_in_its_history() {
        var logged = signedIn.as(
                "demo-liaison",
                () -> contacts.log(contact(
                        brooklynPark,
                        12,
                        "forum",
                        List.of(need(NeedCategory.LANGUAGE_ACCESS, "Ask for Somali interpreters at the front desk")))));
        long needId = logged.needs().getFirst().id();
        signedIn.as("demo-liaison", () -> {
            var need = needs.get(needId);
            assertThatThrownBy(() -> needs.update(new NeedUpdate(
                            needId,
                            need.version(),
                            NeedStatus.RESOLVED,
                            need.ownerId(),
                            need.dueOn(),
                            null,
                            null,
                            " ",
                            org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                            null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("outcome"));
            var resolved = needs.update(new NeedUpdate(
                    needId,
                    need.version(),
                    NeedStatus.RESOLVED,
                    need.ownerId(),
                    need.dueOn(),
                    null,
                    null,
                    "The department added Somali to the language line card at the front desk",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
            assertThat(resolved.status()).isEqualTo(NeedStatus.RESOLVED);
            assertThat(resolved.history())
                    .extracting(event -> event.change().what())
                    .containsExactly("CREATED", "STATUS", "OUTCOME");
            assertThat(resolved.history().get(1).change())
                    .isEqualTo(new NeedChange.StatusChanged(NeedStatus.OPEN, NeedStatus.RESOLVED));
            assertThat(needs.myFollowUps(Pageable.ofSize(500)))
                    .extracting(NeedRow::id)
                    .doesNotContain(needId);
        });
    }

    @Test
    void a_named_person_is_kept_only_on_a_need_with_the_notice_they_were_given() {
        var person = new PersonData("Rosa M.", spanish, "phone 612-555-0100", null, "spa", null);
        var withPerson = new NeedData(
                NeedCategory.LEGAL_HELP,
                "Wants a call back about a tenant lawyer",
                null,
                LocalDate.now().plusDays(7),
                null,
                null,
                person);
        var logged = signedIn.as(
                "demo-liaison", () -> contacts.log(contact(brooklynPark, 1, "one to one", List.of(withPerson))));
        var need = signedIn.as(
                "demo-liaison", () -> needs.get(logged.needs().getFirst().id()));
        assertThat(need.person()).isNotNull();
        assertThat(need.person().noticeVersion()).isEqualTo("2026-1"); // none shown: the version in force
        assertThat(need.person().noticeLanguage()).isEqualTo("spa");
        assertThat(need.person().noticeGivenOn()).isEqualTo(LocalDate.now());
        assertThat(logged.needs().getFirst().named()).isTrue();
    }

    @Test
    void a_notice_language_the_version_has_no_text_in_is_refused_and_reading_it_aloud_is_always_possible() {
        NeedData laoNotice = named(new PersonData("Noy S.", null, "phone 612-555-0110", null, "lao", null));
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison", () -> contacts.log(contact(brooklynPark, 1, "lao notice", List.of(laoNotice)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("needs[0].person.noticeLanguage"));

        NeedData readAloud = named(new PersonData("Noy S.", null, "phone 612-555-0110", null, "oral", null));
        var logged = signedIn.as(
                "demo-liaison", () -> contacts.log(contact(brooklynPark, 1, "read aloud", List.of(readAloud))));
        var need = signedIn.as(
                "demo-liaison", () -> needs.get(logged.needs().getFirst().id()));
        assertThat(need.person().noticeLanguage()).isEqualTo("oral");
    }

    @Test
    void the_version_the_form_showed_is_recorded_and_one_not_yet_given_is_refused() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        // a version given before the one in force: a form opened before the change showed it
        long earlier = jdbc.queryForObject(
                "INSERT INTO notice_version (code, in_force_from) VALUES (?, DATE '2025-06-01') RETURNING id",
                Long.class,
                "early-" + suffix);
        jdbc.update(
                "INSERT INTO notice_text (notice_version_id, language_code, text, translated_by)"
                        + " VALUES (?, 'spa', 'Anotamos su nombre.', 'Programa')",
                earlier);
        jdbc.update("INSERT INTO notice_version (code, in_force_from) VALUES (?, DATE '2099-01-01')", "late-" + suffix);

        NeedData shownEarlier =
                named(new PersonData("Rosa M.", null, "phone 612-555-0100", null, "spa", "early-" + suffix));
        var logged = signedIn.as(
                "demo-liaison", () -> contacts.log(contact(brooklynPark, 1, "early notice", List.of(shownEarlier))));
        var need = signedIn.as(
                "demo-liaison", () -> needs.get(logged.needs().getFirst().id()));
        assertThat(need.person().noticeVersion()).isEqualTo("early-" + suffix);

        NeedData notYetGiven =
                named(new PersonData("Rosa M.", null, "phone 612-555-0100", null, "spa", "late-" + suffix));
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> contacts.log(contact(brooklynPark, 1, "late notice", List.of(notYetGiven)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("needs[0].person.noticeLanguage"));
    }

    private static NeedData named(PersonData person) {
        return new NeedData(
                NeedCategory.LEGAL_HELP,
                "Wants a call back",
                null,
                LocalDate.now().plusDays(7),
                null,
                null,
                person);
    }

    @Test
    void only_the_author_or_a_coordinator_deletes_a_contact() {
        var logged = signedIn.as(
                "demo-coordinator", () -> contacts.log(contact(brooklynPark, 3, "by coordinator", List.of())));
        signedIn.as("demo-liaison", () -> assertThatThrownBy(() -> contacts.delete(logged.id(), logged.version()))
                .isInstanceOf(InvalidInputException.class));
        signedIn.as("demo-coordinator", () -> contacts.delete(logged.id(), logged.version()));
        signedIn.as("demo-coordinator", () -> assertThatThrownBy(() -> contacts.get(logged.id()))
                .isInstanceOf(RecordNotFoundException.class));
    }

    @Test
    void a_contact_moved_to_another_city_takes_its_needs_along() {
        var logged = signedIn.as(
                "demo-coordinator",
                () -> contacts.log(
                        contact(brooklynPark, 3, "moving", List.of(need(NeedCategory.SAFETY, "moves along")))));
        long needId = logged.needs().getFirst().id();
        signedIn.as(
                "demo-coordinator",
                () -> contacts.update(logged.id(), logged.version(), contact(hopkins, 3, "moved", List.of())));
        signedIn.as("demo-liaison", () -> assertThatThrownBy(() -> needs.get(needId))
                .isInstanceOf(RecordNotFoundException.class));
        assertThat(signedIn.as("demo-coordinator", () -> needs.get(needId)).cityId())
                .isEqualTo(hopkins);
    }

    @Test
    void a_contact_page_opened_before_a_need_changed_cannot_delete_it_unseen() {
        var logged = signedIn.as(
                "demo-coordinator",
                () -> contacts.log(
                        contact(brooklynPark, 3, "stale page", List.of(need(NeedCategory.FOOD, "food shelf hours")))));
        long needId = logged.needs().getFirst().id();
        signedIn.as("demo-liaison", () -> {
            var need = needs.get(needId);
            needs.update(new NeedUpdate(
                    needId,
                    need.version(),
                    NeedStatus.IN_PROGRESS,
                    need.ownerId(),
                    need.dueOn(),
                    null,
                    null,
                    "called the food shelf",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
        });
        signedIn.as("demo-coordinator", () -> assertThatThrownBy(() -> contacts.delete(logged.id(), logged.version()))
                .isInstanceOf(ConcurrentEditException.class));
    }

    @Test
    void the_app_keeps_the_programs_local_time_whatever_the_servers_zone() {
        assertThat(java.util.TimeZone.getDefault().getID()).isEqualTo("America/Chicago");
    }

    @Test
    void admins_see_no_community_records() {
        signedIn.as("demo-admin", () -> assertThatThrownBy(() -> contacts.list(ContactFilter.ANY, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_list_of_more_than_a_thousand_contacts_gives_an_estimate_from_its_newest_rows_and_a_short_one_its_count() {
        // kept in a transaction rolled back at the end: no other test sees these contacts
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            long liaison =
                    jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
            // one contact every half hour of the program's time (stored as UTC, as the app stores it) from June 1,
            // 1993 for 1,500 half hours, into July 1 (June has no change of clocks)
            jdbc.update("""
                    INSERT INTO contact (occurred_at, city_id, liaison_id, created_by, kind, place_type, headcount)
                    SELECT (TIMESTAMP '1993-06-01 00:00' + n * INTERVAL '30 minutes') AT TIME ZONE ? AT TIME ZONE 'UTC',
                           ?, ?, ?, 'ONE_TO_ONE', 'HOME', 1
                    FROM generate_series(0, 1499) n
                    """, java.util.TimeZone.getDefault().getID(), brooklynPark, liaison, liaison);
            var june = new ContactFilter(
                    LocalDate.of(1993, 6, 1), LocalDate.of(1993, 6, 30), brooklynPark, null, null, null, null, null);
            var lastDay = new ContactFilter(
                    LocalDate.of(1993, 6, 30), LocalDate.of(1993, 6, 30), brooklynPark, null, null, null, null, null);
            var untilJune =
                    new ContactFilter(null, LocalDate.of(1993, 6, 30), brooklynPark, null, null, null, null, null);
            signedIn.as("demo-coordinator", () -> {
                // June holds 30 × 48 = 1,440 of them. The newest (June 30, 23:30) and the 1,001st newest are 500
                // hours apart; June 1 to the newest is 719.5 hours: 1,000 × 719.5 / 500 = 1,439, said as 1,400
                assertThat(contacts.firstRows(june, 0).size()).isEqualTo(new ListSize(1400, false));
                assertThat(contacts.count(june)).isEqualTo(1440);
                assertThat(contacts.firstRows(lastDay, 0).size()).isEqualTo(ListSize.exactly(48));
                // the list's first page, found with its size: the newest, as the grid's pages give them
                var first = contacts.firstRows(june, 50);
                assertThat(first.size()).isEqualTo(new ListSize(1400, false));
                assertThat(first.rows())
                        .extracting(ContactRow::id)
                        .containsExactlyElementsOf(contacts.rows(june, PageRequest.of(0, 50)).stream()
                                .map(ContactRow::id)
                                .toList());
                assertThat(first.rows().getFirst().occurredAt()).isEqualTo(LocalDateTime.of(1993, 6, 30, 23, 30));
                var wholeDay = contacts.firstRows(lastDay, 50);
                assertThat(wholeDay.size()).isEqualTo(ListSize.exactly(48));
                assertThat(wholeDay.rows()).hasSize(48);
                // no first day, or one before the city's oldest contact (these, the oldest any test makes): the rate
                // of the newest carried back to the city's oldest contact, not to an earlier day
                assertThat(contacts.firstRows(untilJune, 0).size()).isEqualTo(new ListSize(1400, false));
                var sinceLongBefore = new ContactFilter(
                        LocalDate.of(1990, 1, 1),
                        LocalDate.of(1993, 6, 30),
                        brooklynPark,
                        null,
                        null,
                        null,
                        null,
                        null);
                assertThat(contacts.firstRows(sinceLongBefore, 0).size()).isEqualTo(new ListSize(1400, false));
            });
        });
    }

    @Test
    void the_text_filter_finds_the_beginnings_of_words_in_any_order_with_any_capitals_and_accents() {
        String marker = "w" + Long.toString(System.nanoTime(), 36); // one word, unique to this test
        var english = logged("Families asked about apartment repairs on Xerxes Court " + marker);
        var spanish = logged("Vecinos preguntaron por las reparaciones del edificio " + marker);
        var somali = logged("Qoysas ayaa weydiiyay barnaamijka cuntada <b>parent-teacher</b> " + marker);

        assertThat(ids(null, marker + " court xerxes")).as("words in any order").containsExactly(english.id());
        assertThat(ids(null, marker.toUpperCase() + " APART"))
                .as("a word's beginning, any capitals")
                .containsExactly(english.id());
        assertThat(ids(null, marker + " REPARACIÓN")).as("accents folded").containsExactly(spanish.id());
        assertThat(ids(null, marker + " cunta")).as("a Somali word's beginning").containsExactly(somali.id());
        assertThat(ids(null, marker + " teacher"))
                .as("a part of a hyphenated word")
                .containsExactly(somali.id());
        assertThat(ids(null, "<b>parent-teacher</b> " + marker))
                .as("signs separate words")
                .containsExactly(somali.id());
        assertThat(ids(null, marker)).hasSize(3);
        assertThat(ids(null, marker + " library"))
                .as("every word must be there")
                .isEmpty();
        assertThat(ids(null, marker + " partment"))
                .as("not the middle of a word")
                .isEmpty();
        // the same with a city and the year (the index's smallest keys), and in another city nothing
        var today = LocalDate.now();
        assertThat(ids(
                        new ContactFilter(today.minusYears(1), today, brooklynPark, null, null, null, null, null),
                        marker + " xerx"))
                .containsExactly(english.id());
        assertThat(ids(new ContactFilter(null, null, brooklynPark, null, null, null, null, null), marker + " xerx"))
                .containsExactly(english.id());
        assertThat(ids(new ContactFilter(today.minusYears(1), today, hopkins, null, null, null, null, null), marker))
                .isEmpty();
        // with a language (the words and the languages are one index): the contacts in Spanish, none in another
        long somaliLanguage = id(ReferenceKind.LANGUAGE, "Somali");
        assertThat(ids(
                        new ContactFilter(
                                today.minusYears(1), today, brooklynPark, null, this.spanish, null, null, null),
                        marker + " xerx"))
                .containsExactly(english.id());
        assertThat(ids(new ContactFilter(null, null, null, null, this.spanish, null, null, null), marker))
                .hasSize(3);
        assertThat(ids(new ContactFilter(null, null, null, null, somaliLanguage, null, null, null), marker))
                .isEmpty();
        assertThat(signedIn.as(
                        "demo-coordinator",
                        () -> contacts.count(new ContactFilter(null, null, null, null, null, null, null, marker))))
                .isEqualTo(3);
        // what the query syntax or the index could trip on is only a word separator: quotes, a backslash, the query
        // operators, a word longer than the index keeps (cut at 100 letters, as the summary's), more than eight words
        assertThat(ids(null, marker + " O'Brien\\ \"x\" & | ! :* ( )")).isEmpty();
        assertThat(ids(null, "'" + marker + "' & !xerx"))
                .as("operators typed are not operators: '!xerx' is the word xerx")
                .containsExactly(english.id());
        var longWord = "z".repeat(150);
        var long_ = logged("A word too long to keep whole " + longWord + " " + marker);
        assertThat(ids(null, marker + " " + longWord)).containsExactly(long_.id());
        assertThat(ids(null, marker + " apartment repairs on xerxes court families asked library"))
                .as("the first eight words searched, the ninth (not in it) left out")
                .containsExactly(english.id());
        // a text of signs only: looked for as typed
        assertThat(ids(null, "<")).contains(somali.id()).doesNotContain(english.id(), spanish.id());
    }

    private ContactDetails logged(String summary) {
        return signedIn.as("demo-liaison", () -> contacts.log(contact(brooklynPark, 2, summary, List.of())));
    }

    /** The ids a coordinator's list shows for a text, with the other filters of {@code filter} (null: none). */
    private List<Long> ids(@org.jspecify.annotations.Nullable ContactFilter filter, String text) {
        var base = filter == null ? ContactFilter.ANY : filter;
        var withText = new ContactFilter(
                base.from(),
                base.to(),
                base.cityId(),
                base.kind(),
                base.languageId(),
                base.groupId(),
                base.topicId(),
                text);
        return signedIn.as("demo-coordinator", () -> {
            // the list's first page is found with its size (one search); it must be the page and total found apart
            var first = contacts.firstRows(withText, 50);
            var listed = contacts.list(withText, Pageable.ofSize(50));
            List<Long> ids = first.rows().stream().map(ContactRow::id).toList();
            assertThat(ids)
                    .as("the first page found with the size")
                    .isEqualTo(listed.getContent().stream().map(ContactRow::id).toList());
            assertThat(first.size()).isEqualTo(ListSize.exactly(listed.getTotalElements()));
            return ids;
        });
    }

    private ContactData contact(long cityId, int headcount, String summary, List<NeedData> needs) {
        return new ContactData(
                LocalDateTime.now().minusHours(2),
                cityId,
                null,
                ContactKind.COMMUNITY_MEETING,
                PlaceType.FAITH_COMMUNITY,
                Set.of(spanish),
                Set.of(),
                Set.of(),
                Set.of(),
                headcount,
                org.jcpp.liaison.referencedata.InterpreterUse.USED,
                org.jcpp.liaison.referencedata.InterpreterMode.TELEPHONE_LINE,
                summary,
                needs,
                null);
    }

    private static ContactData withWhen(ContactData d, LocalDateTime when) {
        return new ContactData(
                when,
                d.cityId(),
                d.liaisonId(),
                d.kind(),
                d.placeType(),
                d.languageIds(),
                d.groupIds(),
                d.topicIds(),
                d.partnerIds(),
                d.headcount(),
                d.interpreterUse(),
                d.interpreterMode(),
                d.summary(),
                d.needs(),
                null);
    }

    private static ContactData withLiaison(ContactData d, long liaisonId) {
        return new ContactData(
                d.occurredAt(),
                d.cityId(),
                liaisonId,
                d.kind(),
                d.placeType(),
                d.languageIds(),
                d.groupIds(),
                d.topicIds(),
                d.partnerIds(),
                d.headcount(),
                d.interpreterUse(),
                d.interpreterMode(),
                d.summary(),
                d.needs(),
                null);
    }

    private static NeedData need(NeedCategory category, String description) {
        return new NeedData(category, description, null, LocalDate.now().plusDays(14), null, null, null);
    }

    private static List<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(Violations::field).toList();
    }

    private long id(ReferenceKind kind, String name) {
        return signedIn.idOf(referenceData, kind, name);
    }
}
