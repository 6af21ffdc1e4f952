package org.jcpp.liaison.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactRetention;
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
    UserDetailsService userDetails;

    @Test
    void a_run_erases_what_the_preview_announced_and_keeps_every_count() {
        var signedIn = new SignedIn(userDetails);
        jdbc.update("update contact set legal_hold = true where summary like 'Home visit about a rent increase%'"
                + " and id = (select min(id) from contact where summary like 'Home visit about a rent increase%')");
        var before = counts();
        long erasuresAudited = erasuresAudited();
        var preview = signedIn.as("demo-admin", retention::preview);
        assertThat(preview.personsDue()).isEqualTo(5); // six demo persons, one contact on legal hold
        assertThat(preview.summariesDue()).isEqualTo(5);

        var run = signedIn.as("demo-admin", retention::run);
        assertThat(run.personsErased()).isEqualTo(preview.personsDue());
        assertThat(run.summariesRemoved()).isEqualTo(preview.summariesDue());

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from named_person where name like 'Demo Resident%'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where summary = ?", Long.class, ContactRetention.REMOVED))
                .isEqualTo(5);
        assertThat(signedIn.as("demo-admin", retention::preview).personsDue()).isZero();
        assertThat(signedIn.as("demo-admin", () -> retention.log(org.springframework.data.domain.Pageable.ofSize(5))))
                .first()
                .satisfies(logged -> assertThat(logged.startedBy()).isEqualTo("demo-admin"));
        assertThat(erasuresAudited() - erasuresAudited).isEqualTo(5);
    }

    @Test
    void only_admins_and_the_nightly_job_run_retention() {
        var signedIn = new SignedIn(userDetails);
        signedIn.as("demo-coordinator", () -> assertThatThrownBy(retention::preview)
                .isInstanceOf(AccessDeniedException.class));
    }

    private long erasuresAudited() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'demo-admin' and record_type = 'need'"
                        + " and changes = '{\"namedPerson\":[true,false]}'",
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
