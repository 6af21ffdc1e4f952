package org.jcpp.liaison.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Fills a database with realistic, deterministic (seeded) data for the benchmark: cities with their police departments
 * and shifts, liaisons and a coordinator, ten years of community contacts, needs, roll-call briefings, training
 * sessions and outreach events in the proportions of a real program. Everything is written by {@code INSERT … SELECT}
 * over {@code generate_series} inside PostgreSQL, one connection, parallel query off, so the same seed gives the same
 * rows.
 *
 * <p>Dates are relative to the day it runs (ten years back from yesterday), so the same seed gives the same rows on the
 * same day. Rows are inserted in date order, as a program writes them over the years (so a period's rows lie together).
 *
 * <p>Proportions: many small contacts (one-to-one, phone, walk-in) and few forums; each city speaks mostly its own mix
 * of languages; outreach events peak in summer (National Night Out in August); older needs are mostly resolved. No
 * named persons are generated: they are rare in real use and retention removes them.
 */
public final class DataGenerator {

    /** How much to generate. */
    public record Volumes(
            int cities,
            int liaisons,
            int contacts,
            int needs,
            int briefings,
            int sessions,
            int events,
            int partners,
            int topics,
            double seed) {

        /** The proportions of the scale issue: per 1 000 000 contacts, 300 000 needs, 100 000 briefings, … */
        public static Volumes forContacts(int contacts, int cities) {
            return new Volumes(
                    cities,
                    Math.max(cities, Math.min(200, contacts / 100)),
                    contacts,
                    contacts * 3 / 10,
                    contacts / 10,
                    contacts / 50,
                    contacts / 20,
                    30,
                    40,
                    0.42);
        }
    }

    /** The password of every generated account. */
    public static final String PASSWORD = "bench-pass-2026";

    public static final String COORDINATOR = "bench-coordinator";

    /** A liaison of the first two cities. */
    public static final String LIAISON = "bench-liaison-001";

    private final DataSource dataSource;

    public DataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Generates the volumes; returns the seconds each step took, in order. */
    public Map<String, Double> generate(Volumes v, String passwordHash) throws SQLException {
        var timings = new LinkedHashMap<String, Double>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("SET max_parallel_workers_per_gather = 0");
            sql.execute("SET synchronous_commit = off");
            sql.execute("SELECT setseed(" + v.seed() + ")");
            step(timings, "reference data and accounts", connection, () -> {
                reference(sql, v, passwordHash);
            });
            step(timings, "contacts", connection, () -> {
                contacts(sql, v);
                sql.execute("ANALYZE contact"); // the needs join contacts: plan with their real size
            });
            step(timings, "needs", connection, () -> needs(sql, v));
            step(timings, "training topics and sessions", connection, () -> training(sql, v));
            step(timings, "roll-call briefings", connection, () -> briefings(sql, v));
            step(timings, "outreach events", connection, () -> events(sql, v));
            step(timings, "advisory committees", connection, () -> committees(sql, v));
            step(timings, "interpreter line months", connection, () -> languageLine(sql));
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            sql.execute("VACUUM ANALYZE");
            timings.put("vacuum and analyze", (System.nanoTime() - start) / 1e9);
            // should the connection go back to a pool: as the app would have it
            sql.execute("DISCARD ALL");
        }
        return timings;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void step(Map<String, Double> timings, String name, Connection connection, Step step)
            throws SQLException {
        long start = System.nanoTime();
        step.run();
        connection.commit();
        timings.put(name, (System.nanoTime() - start) / 1e9);
    }

    private static void reference(Statement sql, Volumes v, String hash) throws SQLException {
        // cities beyond the nine seeded ones, each with a police department and three shifts
        sql.execute("""
                INSERT INTO member_city (name)
                SELECT 'Generated City ' || lpad(i::text, 2, '0')
                FROM generate_series((SELECT count(*) + 1 FROM member_city), %d) i
                """.formatted(v.cities()));
        sql.execute("""
                INSERT INTO police_department (city_id, name)
                SELECT c.id, c.name || ' Police Department' FROM member_city c
                WHERE NOT EXISTS (SELECT 1 FROM police_department d WHERE d.city_id = c.id)
                """);
        sql.execute("""
                INSERT INTO department_shift (department_id, name, sort_order)
                SELECT d.id, s.name, s.sort_order FROM police_department d
                CROSS JOIN (VALUES ('Day', 1), ('Middle', 2), ('Night', 3)) s(name, sort_order)
                WHERE NOT EXISTS (SELECT 1 FROM department_shift x WHERE x.department_id = d.id)
                """);
        sql.execute("""
                INSERT INTO partner_organisation (name, kind)
                SELECT 'Partner organisation ' || lpad(i::text, 2, '0'),
                       (ARRAY['FOOD_SHELF', 'FAITH_COMMUNITY', 'SCHOOL', 'NONPROFIT', 'GOVERNMENT'])[1 + i %% 5]
                FROM generate_series(1, %d) i
                """.formatted(v.partners()));
        sql.execute("""
                INSERT INTO user_account (username, display_name, password_hash, role)
                SELECT 'bench-liaison-' || lpad(i::text, 3, '0'), 'Liaison ' || i, '%s', 'LIAISON'
                FROM generate_series(1, %d) i
                """.formatted(hash, v.liaisons()));
        sql.execute("""
                INSERT INTO user_account (username, display_name, password_hash, role, all_cities)
                VALUES ('%s', 'Benchmark Coordinator', '%s', 'COORDINATOR', TRUE)
                """.formatted(COORDINATOR, hash));
        // city index 0 … cities−1 in id order, its department, shifts, languages and liaisons
        sql.execute("""
                CREATE TEMP TABLE g_city ON COMMIT PRESERVE ROWS AS
                SELECT (row_number() OVER (ORDER BY c.id) - 1)::int AS idx, c.id AS city_id,
                       (SELECT min(d.id) FROM police_department d WHERE d.city_id = c.id) AS department_id
                FROM member_city c WHERE c.active
                """);
        sql.execute("ALTER TABLE g_city ADD COLUMN shifts BIGINT[], ADD COLUMN langs BIGINT[],"
                + " ADD COLUMN liaisons BIGINT[]");
        sql.execute("""
                UPDATE g_city SET shifts = (SELECT array_agg(s.id ORDER BY s.sort_order, s.id)
                                            FROM department_shift s WHERE s.department_id = g_city.department_id)
                """);
        // each city's own mix: English, then three languages that differ from city to city
        sql.execute("""
                WITH l AS (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM language
                           WHERE lower(name) <> 'english')
                UPDATE g_city SET langs = ARRAY[
                    (SELECT id FROM language WHERE lower(name) = 'english'),
                    l.ids[1 + (idx * 3) % l.n], l.ids[1 + (idx * 3 + 1) % l.n], l.ids[1 + (idx * 5 + 2) % l.n]]
                FROM l
                """);
        // liaison i serves city (i − 1) mod cities; every third liaison also the next city
        sql.execute("""
                INSERT INTO user_account_city (account_id, city_id)
                SELECT a.id, c.city_id FROM user_account a
                JOIN g_city c ON c.idx = (substring(a.username FROM 15)::int - 1) %% %1$d
                WHERE a.username LIKE 'bench-liaison-%%'
                UNION
                SELECT a.id, c.city_id FROM user_account a
                JOIN g_city c ON c.idx = (substring(a.username FROM 15)::int) %% %1$d
                WHERE a.username LIKE 'bench-liaison-%%' AND substring(a.username FROM 15)::int %% 3 = 0
                   OR a.username = '%2$s' AND c.idx = 1
                """.formatted(v.cities(), LIAISON));
        sql.execute("""
                UPDATE g_city SET liaisons = (
                    SELECT array_agg(a.id ORDER BY a.id) FROM user_account a
                    WHERE a.username LIKE 'bench-liaison-%%'
                      AND (substring(a.username FROM 15)::int - 1) %% %d = g_city.idx)
                """.formatted(v.cities()));
        sql.execute("CREATE UNIQUE INDEX ON g_city (idx)");
        sql.execute("""
                CREATE TEMP TABLE g_ref ON COMMIT PRESERVE ROWS AS SELECT
                    (SELECT array_agg(id ORDER BY id) FROM community_group) AS groups,
                    (SELECT array_agg(id ORDER BY id) FROM topic) AS topics,
                    (SELECT array_agg(id ORDER BY id) FROM partner_organisation) AS partners,
                    (SELECT id FROM user_account WHERE username = '%s') AS coordinator
                """.formatted(COORDINATOR));
    }

    /** A city index skewed towards the first (larger) cities. */
    private static String cityOf(String random, Volumes v) {
        return "least(floor(power(" + random + ", 1.5) * " + v.cities() + ")::int, " + (v.cities() - 1) + ")";
    }

    /** A local date-time as the app stores it (UTC wall-clock time of the program's local time). */
    private static String stored(String localTimestamp) {
        return "((" + localTimestamp + ")::timestamptz AT TIME ZONE 'UTC')";
    }

    private static void contacts(Statement sql, Volumes v) throws SQLException {
        sql.execute("""
                INSERT INTO contact (occurred_at, city_id, liaison_id, created_by, kind, place_type, headcount,
                    interpreter_used, language_line_used, interpreter_use, interpreter_mode, language_ids, group_ids,
                    topic_ids, partner_ids, summary, created_at)
                SELECT %s, c.city_id, l.liaison, l.liaison, k.kind, k.place, k.headcount,
                       r.r_interp < 0.10 OR r.r_line < 0.08, r.r_line < 0.08,
                       CASE WHEN r.r_interp < 0.10 OR r.r_line < 0.08 THEN 'USED' ELSE 'NOT_NEEDED' END,
                       CASE WHEN r.r_line < 0.08 THEN 'TELEPHONE_LINE'
                            WHEN r.r_interp < 0.10 THEN (ARRAY['IN_PERSON', 'BILINGUAL_STAFF', 'VIDEO',
                                                              'FAMILY_OR_FRIEND'])[1 + floor(r.r_w5 * 4)::int] END,
                       CASE WHEN r.r_lang2 < 0.12 AND lang.id <> c.langs[1] THEN ARRAY[lang.id, c.langs[1]]
                            ELSE ARRAY[lang.id] END,
                       CASE WHEN r.r_group < 0.5 THEN ARRAY[g.groups[1 + floor(r.r_group * 2 * array_length(g.groups, 1))::int]]
                            ELSE '{}'::bigint[] END,
                       ARRAY[g.topics[1 + floor(r.r_topic * array_length(g.topics, 1))::int]],
                       CASE WHEN r.r_partner < 0.1 THEN ARRAY[g.partners[1 + floor(r.r_partner * 10 * array_length(g.partners, 1))::int]]
                            ELSE '{}'::bigint[] END,
                       (ARRAY['Talked with', 'Met', 'Visited', 'Called', 'Followed up with', 'Sat down with'])[1 + floor(r.r_w1 * 6)::int]
                       || ' ' || (ARRAY['a family', 'two neighbors', 'a tenant', 'a shop owner', 'parents', 'elders',
                                        'a youth group', 'church members', 'a mosque committee', 'students'])[1 + floor(r.r_w2 * 10)::int]
                       || ' about ' || (ARRAY['traffic on the main road', 'a break-in', 'rent and repairs',
                                        'the food shelf hours', 'school buses', 'noise at night', 'scams by phone',
                                        'a car crash', 'police response times', 'the language line', 'job training',
                                        'summer programs', 'a lost document', 'a family conflict', 'parking tickets'])[1 + floor(r.r_w3 * 15)::int]
                       || ' on ' || (ARRAY['Maple', 'Cedar', 'Oak', 'Elm', 'Birch', 'Zane', 'Noble', 'Douglas', 'Boone',
                                          'Winnetka', 'Regent', 'Xerxes', 'France', 'Penn', 'Lyndale', 'Nicollet',
                                          'Portland', 'Cedar Lake', 'Brookdale', 'Humboldt'])[1 + floor(r.r_w4 * 20)::int]
                       || ' ' || (ARRAY['Street', 'Avenue', 'Lane', 'Road', 'Court', 'Drive', 'Place'])[1 + floor(r.r_w5 * 7)::int]
                       || '.',
                       %s::timestamptz
                FROM (SELECT i, random() r_day, random() r_time, random() r_city, random() r_liaison, random() r_kind,
                             random() r_head, random() r_lang, random() r_lang2, random() r_group, random() r_topic,
                             random() r_partner, random() r_interp, random() r_line, random() r_w1, random() r_w2,
                             random() r_w3, random() r_w4, random() r_w5
                      FROM generate_series(1, %d) i) r
                JOIN g_city c ON c.idx = %s
                CROSS JOIN g_ref g
                CROSS JOIN LATERAL (SELECT c.liaisons[1 + floor(r.r_liaison * array_length(c.liaisons, 1))::int] AS liaison) l
                CROSS JOIN LATERAL (SELECT CASE WHEN r.r_lang < 0.30 THEN c.langs[1] WHEN r.r_lang < 0.65 THEN c.langs[2]
                                                WHEN r.r_lang < 0.85 THEN c.langs[3] ELSE c.langs[4] END AS id) lang
                CROSS JOIN LATERAL (SELECT
                    CASE WHEN r.r_kind < 0.40 THEN 'ONE_TO_ONE' WHEN r.r_kind < 0.55 THEN 'PHONE_OR_TEXT'
                         WHEN r.r_kind < 0.65 THEN 'WALK_IN' WHEN r.r_kind < 0.77 THEN 'HOME_VISIT'
                         WHEN r.r_kind < 0.87 THEN 'SMALL_GROUP' WHEN r.r_kind < 0.95 THEN 'COMMUNITY_MEETING'
                         WHEN r.r_kind < 0.98 THEN 'ADVISORY_COMMITTEE' ELSE 'OTHER' END AS kind,
                    CASE WHEN r.r_kind < 0.40 THEN 'PUBLIC_SPACE' WHEN r.r_kind < 0.55 THEN 'ONLINE'
                         WHEN r.r_kind < 0.65 THEN 'POLICE_STATION' WHEN r.r_kind < 0.77 THEN 'HOME'
                         WHEN r.r_kind < 0.87 THEN 'FAITH_COMMUNITY' WHEN r.r_kind < 0.95 THEN 'COMMUNITY_CENTER'
                         WHEN r.r_kind < 0.98 THEN 'POLICE_STATION' ELSE 'OTHER' END AS place,
                    CASE WHEN r.r_kind < 0.40 THEN 1 + floor(r.r_head * 2)::int
                         WHEN r.r_kind < 0.55 THEN 1
                         WHEN r.r_kind < 0.65 THEN 1 + floor(r.r_head * 3)::int
                         WHEN r.r_kind < 0.77 THEN 1 + floor(r.r_head * 6)::int
                         WHEN r.r_kind < 0.87 THEN 3 + floor(r.r_head * 10)::int
                         WHEN r.r_kind < 0.95 THEN 10 + floor(power(r.r_head, 2) * 90)::int
                         WHEN r.r_kind < 0.98 THEN 6 + floor(r.r_head * 10)::int
                         ELSE 1 + floor(r.r_head * 20)::int END AS headcount) k
                ORDER BY 1
                """.formatted(stored(localTime()), "(" + localTime() + ")", v.contacts(), cityOf("r.r_city", v)));
    }

    /** A local time on one of the last 3 652 days (yesterday back), between 8 a.m. and 8 p.m. */
    private static String localTime() {
        return "(current_date - 1 - floor(r.r_day * 3652)::int) + time '08:00' + r.r_time * interval '12 hours'";
    }

    private static void needs(Statement sql, Volumes v) throws SQLException {
        // the contacts came in one statement, so their ids are evenly spaced: by the sequence's increment (0066)
        sql.execute("""
                CREATE TEMP TABLE g_contacts ON COMMIT DROP AS
                SELECT min(id) AS first, count(*)::int AS n,
                       (max(id) - min(id)) / greatest(count(*) - 1, 1) AS step FROM contact
                """);
        sql.execute("""
                INSERT INTO need (contact_id, city_id, category, description, status, owner_id, due_on,
                    referral_partner_id, referral_consent, outcome, closed_at, created_at)
                SELECT c.id, c.city_id, s.category,
                       'Resident asked about ' || lower(replace(s.category, '_', ' ')) || ' (generated).',
                       s.status, c.liaison_id, (c.occurred_at::date + 7 + floor(r.r_due * 24)::int),
                       CASE WHEN s.referred THEN g.partners[1 + floor(r.r_partner * array_length(g.partners, 1))::int] END,
                       CASE WHEN s.referred THEN (CASE WHEN r.r_consent < 0.6 THEN 'CONSENTED' ELSE 'ANONYMOUS' END) END,
                       CASE WHEN s.status = 'RESOLVED' THEN 'Connected with help; the resident confirmed it worked out.'
                            ELSE '' END,
                       CASE WHEN s.status IN ('RESOLVED', 'CLOSED_WITHOUT_ACTION')
                            THEN least((c.occurred_at AT TIME ZONE 'UTC') + (1 + floor(power(r.r_days, 2) * 90)::int) * interval '1 day', now())
                       END,
                       c.occurred_at AT TIME ZONE 'UTC'
                FROM (SELECT i, random() r_contact, random() r_category, random() r_status, random() r_due,
                             random() r_partner, random() r_refer, random() r_consent, random() r_days
                      FROM generate_series(1, %d) i) r
                CROSS JOIN g_contacts n
                CROSS JOIN g_ref g
                JOIN contact c ON c.id = n.first + floor(r.r_contact * n.n)::bigint * n.step
                CROSS JOIN LATERAL (SELECT
                    (ARRAY['SAFETY', 'TRAFFIC', 'HOUSING', 'FOOD', 'HEALTH', 'YOUTH_AND_SCHOOL', 'JOBS', 'LEGAL_HELP',
                           'LANGUAGE_ACCESS', 'DOMESTIC_VIOLENCE', 'POLICE_CONDUCT', 'OTHER',
                           'SAFETY', 'TRAFFIC', 'HOUSING', 'FOOD'])[1 + floor(r.r_category * 16)::int] AS category,
                    CASE WHEN c.occurred_at < now() - interval '90 days' THEN
                             CASE WHEN r.r_status < 0.80 THEN 'RESOLVED' WHEN r.r_status < 0.985 THEN 'CLOSED_WITHOUT_ACTION'
                                  WHEN r.r_status < 0.995 THEN 'REFERRED' ELSE 'IN_PROGRESS' END
                         ELSE
                             CASE WHEN r.r_status < 0.35 THEN 'RESOLVED' WHEN r.r_status < 0.45 THEN 'CLOSED_WITHOUT_ACTION'
                                  WHEN r.r_status < 0.60 THEN 'REFERRED' WHEN r.r_status < 0.80 THEN 'IN_PROGRESS'
                                  ELSE 'OPEN' END
                    END AS status,
                    r.r_refer < 0.15 AS referred) s
                ORDER BY c.occurred_at, c.id
                """.formatted(v.needs()));
    }

    private static void training(Statement sql, Volumes v) throws SQLException {
        sql.execute("""
                INSERT INTO training_topic (title, summary, key_points, audience, status, revision, proposed_by)
                SELECT 'Generated topic ' || lpad(i::text, 3, '0') || ': '
                           || (ARRAY['Using the language line', 'Trauma-informed interviews', 'Cultural customs at home visits',
                                     'Scams that target newcomers', 'Working with interpreters', 'Youth and schools',
                                     'Domestic violence resources', 'Faith communities', 'Traffic stops explained'])[1 + i %% 9],
                       'What officers learn from residents.', 'Listen first. Ask about language.',
                       (ARRAY['ALL_OFFICERS', 'PATROL', 'RECRUITS', 'SUPERVISORS', 'INVESTIGATORS', 'DISPATCH'])[1 + i %% 6],
                       CASE WHEN i <= %1$d * 3 / 4 THEN 'ACTIVE' WHEN i <= %1$d * 7 / 8 THEN 'RETIRED'
                            WHEN i %% 2 = 0 THEN 'APPROVED' ELSE 'PROPOSED' END,
                       1, g.coordinator
                FROM generate_series(1, %1$d) i CROSS JOIN g_ref g
                """.formatted(v.topics()));
        sql.execute("""
                INSERT INTO training_topic_revision (topic_id, revision, title, summary, key_points, audience,
                    change_note, author_id)
                SELECT id, 1, title, summary, key_points, audience, 'First version', proposed_by FROM training_topic
                """);
        sql.execute("""
                CREATE TEMP TABLE g_topics ON COMMIT PRESERVE ROWS AS
                SELECT array_agg(id ORDER BY id) AS ids FROM training_topic WHERE status IN ('ACTIVE', 'RETIRED')
                """);
        sql.execute("""
                INSERT INTO training_session (topic_id, topic_revision, held_on, department_id, city_id, trainers, hours,
                    attendees, rating, created_by)
                SELECT t.ids[1 + floor(r.r_topic * array_length(t.ids, 1))::int], 1,
                       current_date - 1 - floor(r.r_day * 3652)::int, c.department_id, c.city_id,
                       'Liaison and a sergeant', 0.5 + floor(r.r_hours * 8) * 0.5, 5 + floor(r.r_people * 36)::int,
                       CASE WHEN r.r_rating < 0.7 THEN round((3 + r.r_rating / 0.7 * 2)::numeric, 1) END,
                       c.liaisons[1]
                FROM (SELECT i, random() r_topic, random() r_day, random() r_city, random() r_hours, random() r_people,
                             random() r_rating FROM generate_series(1, %d) i) r
                JOIN g_city c ON c.idx = %s
                CROSS JOIN g_topics t
                ORDER BY 3
                """.formatted(v.sessions(), cityOf("r.r_city", v)));
    }

    private static void briefings(Statement sql, Volumes v) throws SQLException {
        sql.execute(
                "CREATE TEMP TABLE g_mark ON COMMIT DROP AS SELECT coalesce(max(id), 0) AS id FROM roll_call_briefing");
        sql.execute("""
                INSERT INTO roll_call_briefing (briefed_on, city_id, department_id, shift_id, presenter_id, created_by,
                    officers, minutes, feedback)
                SELECT current_date - 1 - floor(r.r_day * 3652)::int, c.city_id, c.department_id,
                       c.shifts[1 + floor(r.r_shift * array_length(c.shifts, 1))::int], l.liaison, l.liaison,
                       6 + floor(r.r_officers * 20)::int, 10 + 5 * floor(r.r_minutes * 5)::int,
                       CASE WHEN r.r_feedback < 0.3 THEN 'Officers asked how to reach an interpreter at night.' ELSE '' END
                FROM (SELECT i, random() r_day, random() r_city, random() r_shift, random() r_liaison, random() r_officers,
                             random() r_minutes, random() r_feedback FROM generate_series(1, %d) i) r
                JOIN g_city c ON c.idx = %s
                CROSS JOIN LATERAL (SELECT c.liaisons[1 + floor(r.r_liaison * array_length(c.liaisons, 1))::int] AS liaison) l
                ORDER BY 1
                """.formatted(v.briefings(), cityOf("r.r_city", v)));
        // one topic each, a second one for about a third
        sql.execute("""
                INSERT INTO roll_call_topic (briefing_id, topic_id, revision)
                SELECT b.id, t.ids[1 + floor(b.r1 * array_length(t.ids, 1))::int], 1
                FROM (SELECT id, random() r1 FROM (SELECT id FROM roll_call_briefing
                      WHERE id > (SELECT id FROM g_mark) ORDER BY id) o) b
                CROSS JOIN g_topics t
                """);
        sql.execute("""
                INSERT INTO roll_call_topic (briefing_id, topic_id, revision)
                SELECT b.id, t.ids[1 + floor(b.r1 * array_length(t.ids, 1))::int], 1
                FROM (SELECT id, random() r1, random() r2 FROM (SELECT id FROM roll_call_briefing
                      WHERE id > (SELECT id FROM g_mark) ORDER BY id) o) b
                CROSS JOIN g_topics t
                WHERE b.r2 < 0.33
                ON CONFLICT DO NOTHING
                """);
    }

    private static void events(Statement sql, Volumes v) throws SQLException {
        sql.execute(
                "CREATE TEMP TABLE g_event_mark ON COMMIT DROP AS SELECT coalesce(max(id), 0) AS id FROM outreach_event");
        // 40 % in June–August; National Night Out on the first Tuesday of August; 3 % planned in the next 60 days
        sql.execute("""
                INSERT INTO outreach_event (title, type, city_id, venue, starts_at, ends_at, organiser_id, partner_ids,
                    language_ids, status, attendance, created_by)
                SELECT t.title, t.type, c.city_id, 'Generated venue', %s, %s + (1 + floor(r.r_length * 4)::int) * interval '1 hour',
                       l.liaison,
                       CASE WHEN r.r_partner < 0.4 THEN ARRAY[g.partners[1 + floor(r.r_partner * 2.5 * array_length(g.partners, 1))::int]]
                            ELSE '{}'::bigint[] END,
                       ARRAY[c.langs[1 + floor(r.r_lang * 4)::int]],
                       CASE WHEN d.future THEN 'PLANNED' WHEN r.r_status < 0.07 THEN 'CANCELLED' ELSE 'HELD' END,
                       CASE WHEN NOT d.future AND r.r_status >= 0.07 THEN t.base + floor(power(r.r_people, 2) * t.spread)::int END,
                       l.liaison
                FROM (SELECT i, random() r_day, random() r_summer, random() r_year, random() r_city, random() r_type,
                             random() r_length, random() r_partner, random() r_lang, random() r_status, random() r_people,
                             random() r_liaison, random() r_hour FROM generate_series(1, %d) i) r
                JOIN g_city c ON c.idx = %s
                CROSS JOIN g_ref g
                CROSS JOIN LATERAL (SELECT c.liaisons[1 + floor(r.r_liaison * array_length(c.liaisons, 1))::int] AS liaison) l
                CROSS JOIN LATERAL (SELECT
                    CASE WHEN r.r_type < 0.30 THEN 'COMMUNITY_EVENT' WHEN r.r_type < 0.42 THEN 'VOLUNTEERING'
                         WHEN r.r_type < 0.52 THEN 'FORUM' WHEN r.r_type < 0.57 THEN 'NATIONAL_NIGHT_OUT'
                         WHEN r.r_type < 0.65 THEN 'ACADEMY_SESSION' WHEN r.r_type < 0.78 THEN 'YOUTH_PROGRAM'
                         WHEN r.r_type < 0.88 THEN 'CULTURAL_CELEBRATION' WHEN r.r_type < 0.95 THEN 'ADVISORY_COMMITTEE'
                         ELSE 'OTHER' END AS type,
                    CASE WHEN r.r_type < 0.30 THEN 'Community event at the park' WHEN r.r_type < 0.42 THEN 'Recruits at the food shelf'
                         WHEN r.r_type < 0.52 THEN 'Community forum' WHEN r.r_type < 0.57 THEN 'National Night Out'
                         WHEN r.r_type < 0.65 THEN 'New Americans academy session' WHEN r.r_type < 0.78 THEN 'Youth basketball night'
                         WHEN r.r_type < 0.88 THEN 'Cultural celebration' WHEN r.r_type < 0.95 THEN 'Advisory committee meeting'
                         ELSE 'Outreach' END AS title,
                    CASE WHEN r.r_type < 0.57 AND r.r_type >= 0.52 THEN 80 WHEN r.r_type < 0.30 THEN 25 ELSE 8 END AS base,
                    CASE WHEN r.r_type < 0.57 AND r.r_type >= 0.52 THEN 400 WHEN r.r_type < 0.30 THEN 200 ELSE 40 END AS spread) t
                CROSS JOIN LATERAL (SELECT r.r_status > 0.97 AS future) d
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN d.future THEN current_date + 1 + floor(r.r_day * 60)::int
                    WHEN t.type = 'NATIONAL_NIGHT_OUT' THEN
                        (SELECT x FROM generate_series(make_date(extract(year FROM current_date)::int - 1 - floor(r.r_year * 9)::int, 8, 1),
                                                       make_date(extract(year FROM current_date)::int - 1 - floor(r.r_year * 9)::int, 8, 7),
                                                       interval '1 day') x WHERE extract(isodow FROM x) = 2)::date
                    WHEN r.r_summer < 0.4 THEN make_date(extract(year FROM current_date)::int - 1 - floor(r.r_year * 9)::int,
                                                         6 + floor(r.r_day * 3)::int, 1 + floor(r.r_hour * 28)::int)
                    ELSE current_date - 1 - floor(r.r_day * 3652)::int END AS day) dd
                ORDER BY 5
                """.formatted(
                        stored("dd.day + time '10:00' + floor(r.r_hour * 9) * interval '1 hour'"),
                        stored("dd.day + time '10:00' + floor(r.r_hour * 9) * interval '1 hour'"),
                        v.events(),
                        cityOf("r.r_city", v)));
        sql.execute("""
                INSERT INTO outreach_event_police (event_id, department_id, officers, recruits, volunteer_hours)
                SELECT e.id, c.department_id, 1 + floor(e.r1 * 6)::int,
                       CASE WHEN e.type = 'VOLUNTEERING' THEN 2 + floor(e.r2 * 10)::int ELSE 0 END,
                       round(((1 + e.r2 * 5) * (1 + floor(e.r1 * 6)))::numeric, 2)
                FROM (SELECT id, city_id, type, random() r0, random() r1, random() r2 FROM (SELECT id, city_id, type
                      FROM outreach_event WHERE id > (SELECT id FROM g_event_mark) AND status = 'HELD' ORDER BY id) o) e
                JOIN g_city c ON c.city_id = e.city_id
                WHERE e.r0 < 0.5
                """);
        sql.execute("""
                INSERT INTO outreach_event_group (event_id, group_id, headcount)
                SELECT e.id, g.groups[1 + floor(e.r1 * array_length(g.groups, 1))::int], floor(e.attendance * e.r2)::int
                FROM (SELECT id, attendance, random() r0, random() r1, random() r2 FROM (SELECT id, attendance
                      FROM outreach_event WHERE id > (SELECT id FROM g_event_mark) AND status = 'HELD' ORDER BY id) o) e
                CROSS JOIN g_ref g
                WHERE e.r0 < 0.4
                """);
    }

    /** Advisory committees, whatever the number of contacts: 20, with 2 400 meetings and 10 000 recommendations. */
    public static final int COMMITTEES = 20;

    public static final int MEETINGS = 2_400;
    public static final int RECOMMENDATIONS = 10_000;

    /**
     * A database kept from a run before the committees existed (-Dbenchmark.data-dir) gains them: the committees step
     * alone, when it has none. Returns its seconds, or empty when there was nothing to add.
     */
    public java.util.Optional<Double> addCommitteesIfMissing(Volumes v) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (var rs = sql.executeQuery("SELECT count(*) FROM advisory_committee")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return java.util.Optional.empty();
                }
            }
            connection.setAutoCommit(false);
            sql.execute("SELECT setseed(" + v.seed() + ")");
            long start = System.nanoTime();
            committees(sql, v);
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("ANALYZE advisory_committee, committee_member, committee_meeting, committee_recommendation");
            return java.util.Optional.of((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * A database kept from a run before the interpreter line existed gains its months (and a language-access topic).
     * Returns its seconds, or empty when it had them.
     */
    public java.util.Optional<Double> addLanguageLineIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (var rs = sql.executeQuery("SELECT count(*) FROM language_line_month")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return java.util.Optional.empty();
                }
            }
            long start = System.nanoTime();
            languageLine(sql);
            sql.execute("ANALYZE language_line_month");
            return java.util.Optional.of((System.nanoTime() - start) / 1e9);
        }
    }

    /** Months of interpreter-line use kept, per department: five years. */
    public static final int LINE_MONTHS = 60;

    /**
     * The interpreter line's use: every department, {@link #LINE_MONTHS} months up to last month, the first twelve
     * coded languages each month; and the first training topic marked as about language access, so the briefings that
     * cover it make rounds on the departments' time lines.
     */
    private static void languageLine(Statement sql) throws SQLException {
        sql.execute("""
                INSERT INTO language_line_month (department_id, month, language_id, calls, minutes, cost)
                SELECT d.id, (date_trunc('month', now()) - make_interval(months => m))::date, l.id,
                       1 + floor(random() * 40)::int, round((5 + random() * 400)::numeric, 1),
                       round((10 + random() * 600)::numeric, 2)
                FROM police_department d
                CROSS JOIN generate_series(1, %d) m
                CROSS JOIN (SELECT id FROM language WHERE code IS NOT NULL ORDER BY id LIMIT 12) l
                ON CONFLICT DO NOTHING
                """.formatted(LINE_MONTHS));
        sql.execute("UPDATE training_topic SET language_access = TRUE WHERE id = (SELECT min(id) FROM training_topic)");
    }

    /**
     * {@link #COMMITTEES} committees spread over the cities (the first cities have two), 17 members each, a meeting a
     * month for ten years back (the committee's {@code MEETINGS / COMMITTEES} months) at 6 p.m., and the
     * recommendations raised at random meetings: the older, the more answered; a fifth of the open ones overdue.
     */
    private static void committees(Statement sql, Volumes v) throws SQLException {
        sql.execute("""
                INSERT INTO advisory_committee (city_id, name, report_language)
                SELECT c.id, 'Generated advisory committee ' || i, CASE WHEN i %% 3 = 0 THEN 'es' ELSE 'en' END
                FROM generate_series(1, %d) i
                JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM member_city WHERE active) c
                  ON c.idx = (i - 1) %% (SELECT count(*) FROM member_city WHERE active)
                """.formatted(COMMITTEES));
        sql.execute("""
                INSERT INTO committee_member (committee_id, city_id, full_name, speaks_for, term_from, term_to, listed)
                SELECT a.id, a.city_id, 'Generated member ' || a.id || '-' || m, 'Generated community',
                       current_date - 3650 + m * 30, CASE WHEN m % 5 = 0 THEN current_date - 400 END, m % 2 = 0
                FROM advisory_committee a CROSS JOIN generate_series(1, 17) m
                """);
        sql.execute("""
                INSERT INTO committee_meeting (committee_id, city_id, starts_at, ends_at, place, status, agenda,
                    member_ids, guests, created_by)
                SELECT a.id, a.city_id, %s, %s + interval '90 minutes', 'Generated place', 'HELD',
                       ARRAY['Body cameras', 'Hiring'],
                       (SELECT array_agg(id) FROM (SELECT id FROM committee_member WHERE committee_id = a.id
                                                   ORDER BY id LIMIT 5 + mo %% 6) p),
                       mo %% 7, (SELECT id FROM user_account WHERE username = '%s')
                FROM advisory_committee a CROSS JOIN generate_series(1, %d) mo
                ORDER BY 3
                """.formatted(
                        stored("(date_trunc('month', current_date) - mo * interval '1 month' + interval '9 days'"
                                + " + time '18:00')"),
                        stored("(date_trunc('month', current_date) - mo * interval '1 month' + interval '9 days'"
                                + " + time '18:00')"),
                        COORDINATOR,
                        MEETINGS / COMMITTEES));
        sql.execute("""
                CREATE TEMP TABLE g_meeting ON COMMIT DROP AS
                SELECT (row_number() OVER (ORDER BY id) - 1)::int AS idx, id, committee_id, city_id,
                       (starts_at AT TIME ZONE 'UTC')::date AS day
                FROM committee_meeting
                """);
        sql.execute("""
                INSERT INTO committee_recommendation (committee_id, city_id, meeting_id, raised_on, title, request,
                    category, owner, due_on, status, response, responded_on, created_by)
                SELECT m.committee_id, m.city_id, m.id, m.day, 'Generated recommendation ' || r.i,
                       'What the committee asked for', k.category, 'Deputy chief', m.day + 30 + floor(r.r_due * 90)::int,
                       s.status, CASE WHEN s.status IN ('RAISED', 'UNDER_REVIEW', 'ACCEPTED') THEN ''
                                      ELSE 'The department''s response' END,
                       CASE WHEN s.status NOT IN ('RAISED', 'UNDER_REVIEW') THEN m.day + 5 + floor(r.r_due * 60)::int END,
                       (SELECT id FROM user_account WHERE username = '%s')
                FROM (SELECT i, random() r_meeting, random() r_status, random() r_category, random() r_due
                      FROM generate_series(1, %d) i) r
                JOIN g_meeting m ON m.idx = floor(r.r_meeting * %d)::int
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN m.day < current_date - 365 AND r.r_status < 0.8 THEN
                        CASE WHEN r.r_status < 0.5 THEN 'DONE' WHEN r.r_status < 0.65 THEN 'DECLINED' ELSE 'PARTLY_ACCEPTED' END
                    WHEN r.r_status < 0.3 THEN 'RAISED' WHEN r.r_status < 0.5 THEN 'UNDER_REVIEW'
                    WHEN r.r_status < 0.7 THEN 'ACCEPTED' WHEN r.r_status < 0.85 THEN 'DONE' ELSE 'DECLINED' END AS status) s
                CROSS JOIN LATERAL (SELECT (ARRAY['POLICY', 'TRAINING', 'HIRING', 'COMMUNITY_EVENT',
                    'RECURRING_PROBLEM'])[1 + floor(r.r_category * 5)::int] AS category) k
                ORDER BY m.day
                """.formatted(COORDINATOR, RECOMMENDATIONS, MEETINGS));
    }
}
