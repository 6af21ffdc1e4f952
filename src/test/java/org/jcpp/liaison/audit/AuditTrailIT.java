package org.jcpp.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.NeedUpdate;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @LiquibaseDataSource
    DataSource ownerDataSource;

    @Autowired
    AuthenticationConfiguration authentication;

    SignedIn signedIn;
    long brooklynPark;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
    }

    @Test
    void logging_a_contact_writes_who_created_it_and_its_needs() {
        var logged = signedIn.as("demo-liaison", () -> contacts.log(contact("audited forum", need(null))));
        var entries = entries(new AuditFilter(null, AuditAction.CREATE, "contact", logged.id(), null, null, null));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("demo-liaison");
            assertThat(e.changes()).contains("\"headcount\":8").contains("\"summary\":\"text of 13 characters #");
            assertThat(e.changes()).doesNotContain("audited forum"); // free text may name residents: never copied
        });
        long needId = logged.needs().getFirst().id();
        assertThat(entries(new AuditFilter(null, AuditAction.CREATE, "need", needId, null, null, null)))
                .hasSize(1);
    }

    @Test
    void a_change_keeps_the_old_and_new_values_of_the_changed_fields_only() {
        var logged = signedIn.as("demo-liaison", () -> contacts.log(contact("before", need(null))));
        long needId = logged.needs().getFirst().id();
        signedIn.as("demo-coordinator", () -> {
            var need = needs.get(needId);
            needs.update(new NeedUpdate(
                    needId,
                    need.version(),
                    NeedStatus.IN_PROGRESS,
                    need.ownerId(),
                    need.dueOn(),
                    null,
                    null,
                    "",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
        });
        assertThat(entries(new AuditFilter("demo-coordinator", AuditAction.UPDATE, "need", needId, null, null, null)))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).isEqualTo("{\"status\":[\"OPEN\",\"IN_PROGRESS\"]}"));
    }

    @Test
    void opening_a_need_that_names_a_person_is_recorded_without_copying_their_details() {
        var person = new PersonData("Rosa Morales", null, "612-555-0199", null, "spa", null);
        var logged = signedIn.as("demo-liaison", () -> contacts.log(contact("one to one", need(person))));
        long needId = logged.needs().getFirst().id();
        signedIn.as("demo-coordinator", () -> needs.get(needId));

        var created = entries(new AuditFilter(null, AuditAction.CREATE, "need", needId, null, null, null))
                .getFirst();
        assertThat(created.personId()).isNotNull();
        var views = entries(new AuditFilter(null, AuditAction.VIEW, null, null, created.personId(), null, null));
        assertThat(views).extracting(AuditRow::actor).containsExactly("demo-coordinator");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where changes like '%Rosa%' or changes like '%555-0199%'",
                        Long.class))
                .isZero();
    }

    @Test
    void the_database_refuses_to_change_or_delete_audit_entries() {
        signedIn.as("demo-liaison", () -> contacts.log(contact("tamper test", need(null))));
        // the app's own connection may not even try (see DatabaseRolesIT) …
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        // … and the schema's owner meets the append-only trigger
        var owner = new JdbcTemplate(ownerDataSource);
        assertThatThrownBy(() -> owner.update("update audit_event set actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void sign_ins_that_succeed_and_fail_are_recorded() throws Exception {
        var manager = authentication.getAuthenticationManager();
        manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("demo-coordinator", IntegrationTest.DEMO_PASSWORD));
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("demo-coordinator", "wrong password")))
                .isInstanceOf(AuthenticationException.class);
        var today = LocalDate.now();
        assertThat(entries(
                        new AuditFilter("demo-coordinator", AuditAction.LOGIN_SUCCESS, null, null, null, today, today)))
                .isNotEmpty();
        assertThat(entries(
                        new AuditFilter("demo-coordinator", AuditAction.LOGIN_FAILURE, null, null, null, today, today)))
                .isNotEmpty();
    }

    @Test
    void only_admins_search_the_audit_trail() {
        signedIn.as(
                "demo-coordinator", () -> assertThatThrownBy(() -> audit.search(AuditFilter.ANY, Pageable.ofSize(5)))
                        .isInstanceOf(AccessDeniedException.class));
    }

    private List<AuditRow> entries(AuditFilter filter) {
        return signedIn.as("demo-admin", () -> audit.search(filter, Pageable.ofSize(100)));
    }

    private ContactData contact(String summary, NeedData need) {
        return new ContactData(
                LocalDateTime.now().minusHours(1),
                brooklynPark,
                null,
                ContactKind.SMALL_GROUP,
                PlaceType.COMMUNITY_CENTER,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                8,
                org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                null,
                summary,
                List.of(need),
                null);
    }

    private static NeedData need(PersonData person) {
        return new NeedData(
                NeedCategory.HOUSING, "needs a call back", null, LocalDate.now().plusDays(3), null, null, person);
    }
}
