package org.jcpp.liaison.datapractices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Retention on the demo data: the preview says what is due, the run does exactly that, and no count changes. */
@IntegrationTest
class RetentionIT {

    @Autowired
    RetentionService retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContactService contacts;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_run_erases_what_the_preview_announced_and_keeps_every_count() {
        var signedIn = new SignedIn(userDetails);
        String marker = "retention-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        oldContactWithNamedPerson(marker + "-a", false);
        oldContactWithNamedPerson(marker + "-b", false);
        oldContactWithNamedPerson(marker + "-held", true);

        var before = counts();
        assertThat(found(signedIn, marker)).isEqualTo(3);
        long erasuresAudited = erasuresAudited();
        var preview = signedIn.as("demo-admin", retention::preview);
        assertThat(preview.personsDue()).isGreaterThanOrEqualTo(2);
        assertThat(preview.summariesDue()).isGreaterThanOrEqualTo(2);

        var run = signedIn.as("demo-admin", retention::runNow);
        assertThat(run.personsErased()).isEqualTo(preview.personsDue());
        assertThat(run.summariesRemoved()).isEqualTo(preview.summariesDue());

        assertThat(counts()).isEqualTo(before);
        assertThat(personsNamed(marker + "-a")).isZero();
        assertThat(personsNamed(marker + "-b")).isZero();
        assertThat(personsNamed(marker + "-held")).isEqualTo(1); // legal hold
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where summary = ? and summary <> ''",
                        Long.class,
                        RemovedTexts.REMOVED))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where summary like ?", Long.class, "%" + marker + "%"))
                .isEqualTo(1); // only the held one keeps its words
        assertThat(jdbc.queryForObject(
                        "select count(*) from need where description like ?", Long.class, "%" + marker + "%"))
                .isEqualTo(1); // nor do the needs: only the held contact's
        assertThat(found(signedIn, marker)).as("the contact list's text filter").isEqualTo(1);
        assertThat(found(signedIn, "removed after the retention period"))
                .as("the marker that replaced a text is not searched as if a liaison had written it")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact c where c.summary = ? and c.version > 0 and exists (select 1"
                                + " from audit_event a where a.record_type = 'contact' and a.record_id = c.id"
                                + " and a.changes like '%summary%')",
                        Long.class, RemovedTexts.REMOVED))
                .as("each contact whose text went has a new version and its entry in the audit trail")
                .isGreaterThanOrEqualTo(2);
        assertThat(signedIn.as("demo-admin", retention::preview).personsDue()).isZero();
        assertThat(signedIn.as("demo-admin", () -> retention.log(org.springframework.data.domain.Pageable.ofSize(5))))
                .first()
                .satisfies(logged -> assertThat(logged.startedBy()).isEqualTo("demo-admin"));
        assertThat(erasuresAudited() - erasuresAudited).isEqualTo(run.personsErased());
    }

    @Test
    void the_index_of_contacts_that_keep_their_text_names_the_placeholder_retention_writes() {
        String index = jdbc.queryForObject(
                "select indexdef from pg_indexes where indexname = 'contact_texts_kept_idx'", String.class);
        assertThat(index).contains("'" + RemovedTexts.REMOVED + "'"); // else the count reads every old contact
    }

    /** A contact of six years ago whose need, closed five years ago, names a person: due for both rules. */
    private void oldContactWithNamedPerson(String marker, boolean legalHold) {
        long city = jdbc.queryForObject("select id from member_city where name = 'Brooklyn Park'", Long.class);
        long liaison = jdbc.queryForObject("select id from user_account where username = 'demo-liaison'", Long.class);
        long contact = jdbc.queryForObject(
                "insert into contact (occurred_at, city_id, liaison_id, created_by, kind, place_type, headcount,"
                        + " summary, legal_hold) values (now() - interval '6 years', ?, ?, ?, 'HOME_VISIT', 'HOME', 2,"
                        + " ?, ?) returning id",
                Long.class,
                city,
                liaison,
                liaison,
                "visit " + marker,
                legalHold);
        long person = jdbc.queryForObject(
                "insert into named_person (name, reach_by, notice_version, notice_language, notice_given_on)"
                        + " values (?, 'phone', '2026-1', 'en', current_date - 2000) returning id",
                Long.class,
                "Person " + marker);
        jdbc.update(
                "insert into need (contact_id, city_id, category, description, status, owner_id, person_id, closed_at)"
                        + " values (?, ?, 'HOUSING', ?, 'RESOLVED', ?, ?, now() - interval '5 years')",
                contact,
                city,
                "need " + marker,
                liaison,
                person);
    }

    /** How many contacts of any city and date the coordinator's contact list finds for the text. */
    private long found(SignedIn signedIn, String text) {
        return signedIn.as(
                "demo-coordinator",
                () -> contacts.count(new ContactFilter(null, null, null, null, null, null, null, text)));
    }

    private long personsNamed(String marker) {
        return jdbc.queryForObject("select count(*) from named_person where name = ?", Long.class, "Person " + marker);
    }

    @Test
    void only_admins_and_the_nightly_job_run_retention() {
        var signedIn = new SignedIn(userDetails);
        signedIn.as("demo-coordinator", () -> assertThatThrownBy(retention::preview)
                .isInstanceOf(AccessDeniedException.class));
    }

    private long erasuresAudited() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where record_type = 'need'"
                        + " and changes = '{\"person\":[true,false]}'",
                Long.class);
    }

    /** What dashboards count: contacts, people reached, needs by status and category, by city and language. */
    private Map<String, Object> counts() {
        var counts = new TreeMap<String, Object>();
        counts.put("contacts", jdbc.queryForObject("select count(*) from contact", Long.class));
        counts.put("people", jdbc.queryForObject("select coalesce(sum(headcount), 0) from contact", Long.class));
        jdbc.query("select city_id, kind, count(*) n, sum(headcount) h from contact group by city_id, kind", row -> {
            counts.put("city-kind " + row.getLong(1) + " " + row.getString(2), row.getLong(3) + "/" + row.getLong(4));
        });
        jdbc.query("select l, count(*) from contact, unnest(language_ids) l group by l", row -> {
            counts.put("language " + row.getLong(1), row.getLong(2));
        });
        jdbc.query("select status, category, city_id, count(*) from need group by status, category, city_id", row -> {
            counts.put("need " + row.getString(1) + " " + row.getString(2) + " " + row.getLong(3), row.getLong(4));
        });
        return counts;
    }
}
