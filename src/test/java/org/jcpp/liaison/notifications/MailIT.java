package org.jcpp.liaison.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.SystemTask;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.client.RestClient;

/**
 * Reminder mail through a real SMTP server in the test JVM (GreenMail): what a digest says and does not say, that a
 * second run sends nothing new, the one-click unsubscribe, and a server that refuses.
 */
@IntegrationTest
class MailIT {

    /** The tests' SMTP server, on the port the tests' context sends to ({@link IntegrationTest#MAIL_PORT}). */
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
                    new com.icegreen.greenmail.util.ServerSetup(IntegrationTest.MAIL_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    FollowUpDigests digests;

    @Autowired
    CityDigests cityDigests;

    @Autowired
    org.jcpp.liaison.committees.CommitteeService committees;

    @Autowired
    org.jcpp.liaison.committees.MeetingService meetings;

    @Autowired
    org.jcpp.liaison.committees.RecommendationService recommendations;

    @Autowired
    org.jcpp.liaison.outreach.OutreachService outreach;

    @Autowired
    org.jcpp.liaison.rollcall.RollCallService rollCall;

    @Autowired
    org.jcpp.liaison.training.TrainingTopicService topics;

    @Autowired
    Outbox outbox;

    @Autowired
    MailSettings settings;

    @Autowired
    ContactService contacts;

    @Autowired
    AccountService accounts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    /** A new liaison of Brooklyn Park with four follow-ups: overdue, due today, due in 3 days, due in 30 days. */
    private String liaisonWithFollowUps(String marker) {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 8); // not the marker: it is the address
        signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Mail Tester", Role.LIAISON, false, Set.of(park)),
                        "a fine long password"));
        LocalDate today = LocalDate.now();
        signedIn.as(
                username,
                () -> contacts.log(SampleContacts.visitOn(
                        LocalDateTime.now().minusDays(10).withHour(10),
                        park,
                        "Visit about a rent increase " + marker,
                        SampleContacts.need(
                                NeedCategory.HOUSING,
                                "Tenant lawyer for Hodan " + marker,
                                today.minusDays(5),
                                new PersonData("Hodan Warsame " + marker, null, "612-555-0199", null, "eng", null)),
                        SampleContacts.need(NeedCategory.HOUSING, "Repairs letter " + marker, today, null),
                        SampleContacts.need(NeedCategory.TRAFFIC, "Speed bump " + marker, today.plusDays(3), null),
                        SampleContacts.need(NeedCategory.TRAFFIC, "Crosswalk " + marker, today.plusDays(30), null))));
        return username;
    }

    @Test
    void a_digest_has_the_counts_and_links_but_no_resident_or_need_text_and_a_second_run_sends_nothing_new()
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String username = liaisonWithFollowUps(marker);
        var signedIn = new SignedIn(userDetails);
        String address = username + "@liaison.example.org";
        signedIn.as(username, () -> settings.save(new MailSettingsData(0, address, MailFrequency.DAILY, false, false)));

        SystemTask.call(digests::writeToday);
        SystemTask.call(outbox::sendDue);
        SystemTask.call(digests::writeToday);
        SystemTask.call(outbox::sendDue);

        MimeMessage[] mine = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toArray(MimeMessage[]::new);
        assertThat(mine).hasSize(1); // the second run found the day's digest written
        var mail = mine[0];
        assertThat(mail.getSubject()).isEqualTo("Follow-ups: 1 overdue, 1 due today, 1 due in the next 7 days");
        // every part as the reader sees it (decoded from quoted-printable), the headers, and what the outbox keeps
        String shown = decoded(mail) + "\n" + headers(mail) + "\n"
                + jdbc.queryForObject(
                        "SELECT subject || html_body || text_body FROM mail_message WHERE recipient = ?",
                        String.class,
                        address);
        assertThat(shown).contains("https://liaison.example.org/follow-ups");
        assertThat(shown).contains("Housing").contains("Traffic").contains("Brooklyn Park");
        for (String secret : new String[] {
            "Hodan", "Warsame", "612-555-0199", "Tenant lawyer", "Repairs letter", "Speed bump", "rent increase", marker
        }) {
            assertThat(shown).as("the mail must not carry %s", secret).doesNotContain(secret);
        }
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .startsWith("<https://liaison.example.org/mail/unsubscribe?t=");
    }

    /** The text of every part of a message, decoded. */
    private static String decoded(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(decoded(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static String headers(MimeMessage message) throws Exception {
        var text = new StringBuilder();
        var all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            var header = all.nextElement();
            text.append(header.getName())
                    .append(": ")
                    .append(jakarta.mail.internet.MimeUtility.decodeText(header.getValue()))
                    .append('\n');
        }
        return text.toString();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_one_click_unsubscribe_works_without_sign_in_and_only_for_its_own_person() {
        var signedIn = new SignedIn(userDetails);
        String first = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        String second = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        signedIn.as(
                first,
                () -> settings.save(
                        new MailSettingsData(0, first + "@example.org", MailFrequency.WEEKLY, false, false)));
        signedIn.as(
                second,
                () -> settings.save(
                        new MailSettingsData(0, second + "@example.org", MailFrequency.DAILY, false, false)));
        long firstId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, first);
        long secondId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, second);
        String token = new UnsubscribeTokens(org.springframework.jdbc.core.simple.JdbcClient.create(jdbc))
                .token(firstId, MailList.FOLLOW_UP_DIGEST);
        var http = RestClient.create("http://localhost:" + port);

        // the second person's id with the first one's signature: refused, nothing changes
        String forged = secondId + token.substring(token.indexOf('.'));
        String refused = http.post()
                .uri("/mail/unsubscribe?t={t}", forged)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("List-Unsubscribe=One-Click")
                .retrieve()
                .body(String.class);
        assertThat(refused).contains("This link is not valid");
        assertThat(signedIn.as(second, () -> settings.mine()).followUpDigest()).isEqualTo(MailFrequency.DAILY);

        // opening the link asks first (a link checker changes nothing)
        String asked =
                http.get().uri("/mail/unsubscribe?t={t}", token).retrieve().body(String.class);
        assertThat(asked).contains("Stop getting the follow-up digest by mail?").contains("<form method=\"post\"");
        assertThat(signedIn.as(first, () -> settings.mine()).followUpDigest()).isEqualTo(MailFrequency.WEEKLY);

        // a mail program's one-click POST, without a session or a CSRF token
        String done = http.post()
                .uri("/mail/unsubscribe?t={t}", token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("List-Unsubscribe=One-Click")
                .retrieve()
                .body(String.class);
        assertThat(done).contains("you will no longer get the follow-up digest");
        assertThat(signedIn.as(first, () -> settings.mine()).followUpDigest()).isEqualTo(MailFrequency.OFF);
        assertThat(signedIn.as(first, () -> settings.mine()).email()).isEqualTo(first + "@example.org");
        assertThat(signedIn.as(second, () -> settings.mine()).followUpDigest()).isEqualTo(MailFrequency.DAILY);
    }

    @Test
    void a_server_that_refuses_is_tried_again_and_then_the_mail_is_listed_as_failed() {
        var signedIn = new SignedIn(userDetails);
        String username = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        signedIn.as(
                username,
                () -> settings.save(
                        new MailSettingsData(0, username + "@example.org", MailFrequency.DAILY, false, false)));
        SystemTask.call(digests::writeToday);
        long id = jdbc.queryForObject(
                "SELECT m.id FROM mail_message m JOIN user_account a ON a.id = m.account_id WHERE a.username = ?",
                Long.class,
                username);
        smtp.stop();
        try {
            for (int attempt = 1; attempt <= Outbox.RETRIES.size() + 1; attempt++) {
                // the wait before the next try has passed
                jdbc.update("UPDATE mail_message SET next_attempt_at = now() - interval '1 second' WHERE id = ?", id);
                SystemTask.call(outbox::sendDue);
                var state =
                        jdbc.queryForMap("SELECT status, attempts, next_attempt_at FROM mail_message WHERE id = ?", id);
                assertThat(state.get("attempts")).isEqualTo(attempt);
                if (attempt <= Outbox.RETRIES.size()) {
                    assertThat(state.get("status")).isEqualTo("PENDING");
                    // the wait grows: 1, 5, 30, 120 minutes
                    var next = ((java.sql.Timestamp) state.get("next_attempt_at")).toInstant();
                    var wait = java.time.Duration.between(java.time.Instant.now(), next);
                    assertThat(wait)
                            .isBetween(
                                    Outbox.RETRIES.get(attempt - 1).minusSeconds(30),
                                    Outbox.RETRIES.get(attempt - 1).plusSeconds(30));
                } else {
                    assertThat(state.get("status")).isEqualTo("FAILED");
                }
            }
        } finally {
            smtp.start();
        }
        var failed = signedIn.as(
                "demo-admin", () -> outbox.rows("FAILED", org.springframework.data.domain.Pageable.ofSize(50)));
        assertThat(failed).anySatisfy(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.lastError()).isNotBlank();
        });
    }

    @Test
    void without_an_smtp_server_a_mail_is_held_for_the_outbox_and_never_sent() {
        var signedIn = new SignedIn(userDetails);
        String username = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
        var noServer = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
        var jdbcClient = org.springframework.jdbc.core.simple.JdbcClient.create(jdbc);
        var unsent = new Outbox(
                jdbcClient,
                noServer,
                new UnsubscribeTokens(jdbcClient),
                new MailProperties("jcpp-liaison@localhost", "https://liaison.example.org"),
                java.time.Clock.systemDefaultZone());
        assertThat(unsent.sends()).isFalse();
        int before = smtp.getReceivedMessages().length;
        assertThat(unsent.enqueue(
                        id,
                        MailList.FOLLOW_UP_DIGEST,
                        "held-" + username,
                        "x@example.org",
                        new Mail("Follow-ups: 1 overdue", "<p>1</p>", "1")))
                .isTrue();
        assertThat(unsent.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
        var held = signedIn.as(
                "demo-admin", () -> outbox.rows("HELD", org.springframework.data.domain.Pageable.ofSize(500)));
        assertThat(held).anySatisfy(row -> {
            assertThat(row.accountId()).isEqualTo(id);
            assertThat(row.subject()).isEqualTo("Follow-ups: 1 overdue");
        });
        var rowId = held.stream()
                .filter(r -> r.accountId() == id)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(signedIn.as("demo-admin", () -> outbox.text(rowId))).contains("1");
    }

    @Test
    void a_digest_the_person_stopped_before_it_went_is_cancelled_not_sent() {
        var signedIn = new SignedIn(userDetails);
        String username = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        String address = username + "@example.org";
        signedIn.as(username, () -> settings.save(new MailSettingsData(0, address, MailFrequency.DAILY, false, false)));
        SystemTask.call(digests::writeToday);
        var stored = signedIn.as(username, () -> settings.mine());
        signedIn.as(
                username,
                () -> settings.save(new MailSettingsData(stored.version(), address, MailFrequency.OFF, false, false)));
        SystemTask.call(outbox::sendDue);
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipients(m).contains(address)))
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM mail_message WHERE recipient = ?", String.class, address))
                .isEqualTo("CANCELLED");
    }

    @Test
    void a_need_a_coordinator_gives_a_liaison_is_mailed_at_once_if_they_chose_it_without_its_words() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        String chose = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        String didNot = liaisonWithFollowUps(UUID.randomUUID().toString().substring(0, 8));
        String address = chose + "@example.org";
        signedIn.as(chose, () -> settings.save(new MailSettingsData(0, address, MailFrequency.OFF, true, false)));
        signedIn.as(
                didNot,
                () -> settings.save(new MailSettingsData(0, didNot + "@example.org", MailFrequency.OFF, false, false)));
        String words = "After-school program " + UUID.randomUUID().toString().substring(0, 6);
        for (String owner : new String[] {chose, didNot}) {
            long ownerId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, owner);
            signedIn.as(
                    "demo-coordinator",
                    () -> contacts.log(SampleContacts.visit(
                            park,
                            "Visit",
                            new org.jcpp.liaison.contacts.NeedData(
                                    NeedCategory.YOUTH_AND_SCHOOL,
                                    words,
                                    ownerId,
                                    LocalDate.now().plusDays(4),
                                    null,
                                    null,
                                    null))));
        }
        SystemTask.call(outbox::sendDue);

        var mine = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
        assertThat(mine).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("A follow-up for you: Youth and school, Brooklyn Park");
            String shown = decoded(mail);
            assertThat(shown).containsPattern("https://liaison\\.example\\.org/need/\\d+");
            assertThat(shown).doesNotContain(words).doesNotContain("After-school");
        });
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipients(m).contains(didNot + "@example.org")))
                .isEmpty();
    }

    @Test
    void a_coordinator_gets_their_city_s_week_in_counts_on_monday_and_a_quiet_week_sends_nothing() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // a city of its own, so that every count is what this test made
        long city = signedIn.as(
                        "demo-admin",
                        () -> referenceData.save(
                                ReferenceKind.CITY,
                                new org.jcpp.liaison.referencedata.ReferenceItemData(
                                        null, 0, "Digest City " + marker, null, null, null)))
                .id();
        long department = signedIn.as(
                        "demo-admin",
                        () -> referenceData.save(
                                ReferenceKind.DEPARTMENT,
                                new org.jcpp.liaison.referencedata.ReferenceItemData(
                                        null, 0, "Digest City Police " + marker, null, city, null)))
                .id();
        long shift = signedIn.as(
                        "demo-admin",
                        () -> referenceData.saveShift(
                                department, new org.jcpp.liaison.referencedata.ShiftData(null, 0, "Day", 1)))
                .id();
        String liaison = "week-l-" + marker;
        String coordinator = "week-c-" + marker;
        String quiet = "week-q-" + marker;
        long quietCity = signedIn.as(
                        "demo-admin",
                        () -> referenceData.save(
                                ReferenceKind.CITY,
                                new org.jcpp.liaison.referencedata.ReferenceItemData(
                                        null, 0, "Quiet City " + marker, null, null, null)))
                .id();
        signedIn.as("demo-admin", () -> {
            accounts.create(
                    new AccountData(null, 0, liaison, "Week Liaison", Role.LIAISON, false, Set.of(city)),
                    "a fine long password");
            accounts.create(
                    new AccountData(null, 0, coordinator, "Week Coordinator", Role.COORDINATOR, false, Set.of(city)),
                    "a fine long password");
            return accounts.create(
                    new AccountData(null, 0, quiet, "Quiet Coordinator", Role.COORDINATOR, false, Set.of(quietCity)),
                    "a fine long password");
        });

        // last week (Monday to Sunday), all in the past: a contact with two needs (one still open past its date on
        // this Monday), an event held, a briefing given, a recommendation raised and not yet answered
        LocalDate monday =
                LocalDate.now().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate thursday = monday.minusDays(4);
        signedIn.as(liaison, () -> {
            contacts.log(SampleContacts.visitOn(
                    thursday.atTime(10, 0),
                    city,
                    "Visit about a rent increase " + marker,
                    SampleContacts.need(
                            NeedCategory.HOUSING,
                            "Tenant lawyer for Hodan " + marker,
                            monday.minusDays(1),
                            new PersonData("Hodan Warsame " + marker, null, "612-555-0199", null, "eng", null)),
                    SampleContacts.need(NeedCategory.TRAFFIC, "Speed bump " + marker, monday.plusDays(30), null)));
            var event = org.jcpp.liaison.outreach.SampleEvents.planned(
                    "Block party " + marker, city, thursday.atTime(14, 0));
            outreach.plan(new org.jcpp.liaison.outreach.EventData(
                    event.title(),
                    event.type(),
                    city,
                    event.venue(),
                    event.startsAt(),
                    event.endsAt(),
                    null,
                    Set.of(),
                    Set.of(),
                    org.jcpp.liaison.outreach.EventStatus.HELD,
                    40,
                    java.util.Map.of(),
                    java.util.List.of(),
                    "",
                    null,
                    Set.of()));
            long topic = topics.active().getFirst().id();
            return rollCall.log(new org.jcpp.liaison.rollcall.BriefingData(
                    thursday, department, shift, null, Set.of(topic), 9, 15, "", ""));
        });
        signedIn.as(coordinator, () -> {
            var mac = committees.create(
                    new org.jcpp.liaison.committees.CommitteeData(city, "Digest MAC " + marker, "en", true));
            var meeting = meetings.create(new org.jcpp.liaison.committees.MeetingData(
                    mac.id(),
                    thursday.atTime(18, 0),
                    thursday.atTime(19, 30),
                    "",
                    org.jcpp.liaison.committees.MeetingStatus.HELD,
                    java.util.List.of(),
                    Set.of(),
                    java.util.List.of(),
                    Set.of(),
                    0,
                    org.jcpp.liaison.committees.Interpretation.NONE,
                    Set.of(),
                    ""));
            return recommendations.create(new org.jcpp.liaison.committees.RecommendationData(
                    meeting.id(),
                    "Lights on Elm Street " + marker,
                    "Asked at the meeting",
                    org.jcpp.liaison.committees.RecommendationCategory.POLICY,
                    null,
                    "",
                    null,
                    Set.of(),
                    Set.of(),
                    Set.of()));
        });
        String address = coordinator + "@example.org";
        signedIn.as(coordinator, () -> settings.save(new MailSettingsData(0, address, MailFrequency.OFF, false, true)));
        signedIn.as(
                quiet,
                () -> settings.save(new MailSettingsData(0, quiet + "@example.org", MailFrequency.OFF, false, true)));
        // a liaison cannot choose it: the weekly mail of the cities is a coordinator's
        assertThat(signedIn.as(
                                liaison,
                                () -> settings.save(new MailSettingsData(
                                        0, liaison + "@example.org", MailFrequency.OFF, false, true)))
                        .cityDigest())
                .isFalse();

        SystemTask.call(() -> cityDigests.writeFor(monday));
        SystemTask.call(() -> cityDigests.writeFor(monday));
        SystemTask.call(outbox::sendDue);

        var mine = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
        var format = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH);
        assertThat(mine).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject())
                    .isEqualTo("Your cities, " + format.format(monday.minusDays(7)) + " to "
                            + format.format(monday.minusDays(1)) + ": new needs 2, overdue 1");
            String shown = decoded(mail) + "\n" + headers(mail);
            assertThat(shown)
                    .contains("Digest City " + marker + " — New needs: 2 · Overdue follow-ups: 1 · Events held: 1"
                            + " · Roll-call briefings: 1 · Open recommendations: 1");
            assertThat(shown).contains("https://liaison.example.org/dashboard");
            assertThat(shown).doesNotContain("All your cities"); // one city: no total row
            for (String secret : new String[] {
                "Hodan",
                "Warsame",
                "612-555-0199",
                "Tenant lawyer",
                "Speed bump",
                "rent increase",
                "Block party",
                "Lights on Elm"
            }) {
                assertThat(shown).as("the mail must not carry %s", secret).doesNotContain(secret);
            }
            assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/mail/unsubscribe?t=");
        });
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipients(m).contains(quiet + "@example.org")))
                .as("nothing happened in the quiet city: no mail")
                .isEmpty();
    }

    @Test
    void no_mail_carries_any_resident_s_name_way_to_reach_them_address_or_need_text_of_the_demo_data()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        String liaisonAddress = "demo-liaison-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String coordinator = "all-" + UUID.randomUUID().toString().substring(0, 8);
        String coordinatorAddress = coordinator + "@example.org";
        signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, coordinator, "All Cities", Role.COORDINATOR, true, Set.of()),
                        "a fine long password"));
        var before = signedIn.as("demo-liaison", () -> settings.mine());
        try {
            // the demo liaison's follow-ups (with their named residents) and the weekly mail of every city
            signedIn.as(
                    "demo-liaison",
                    () -> settings.save(
                            new MailSettingsData(before.version(), liaisonAddress, MailFrequency.DAILY, true, false)));
            signedIn.as(
                    coordinator,
                    () -> settings.save(new MailSettingsData(0, coordinatorAddress, MailFrequency.DAILY, true, true)));
            LocalDate monday = LocalDate.now()
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            SystemTask.call(digests::writeToday);
            SystemTask.call(() -> cityDigests.writeFor(monday));
            SystemTask.call(outbox::sendDue);

            var received = java.util.Arrays.asList(smtp.getReceivedMessages());
            assertThat(received)
                    .as("the demo liaison's digest and the weekly mail went")
                    .anySatisfy(m -> assertThat(recipients(m)).contains(liaisonAddress))
                    .anySatisfy(m -> assertThat(recipients(m)).contains(coordinatorAddress));
            List<String> secrets = jdbc.queryForList(
                    "SELECT name FROM named_person UNION SELECT reach_by FROM named_person WHERE length(reach_by) >= 6"
                            + " UNION SELECT address FROM named_person WHERE length(address) >= 6"
                            + " UNION SELECT description FROM need WHERE length(description) >= 12"
                            + " UNION SELECT summary FROM contact WHERE length(summary) >= 12",
                    String.class);
            assertThat(secrets).isNotEmpty();
            // every mail this class sent, as raw MIME, decoded parts and headers
            for (var mail : received) {
                String all = GreenMailUtil.getWholeMessage(mail) + "\n" + decoded(mail) + "\n" + headers(mail);
                for (String secret : secrets) {
                    assertThat(all)
                            .as("a mail to %s carries a resident's data", recipients(mail))
                            .doesNotContain(secret);
                }
            }
        } finally {
            var now = signedIn.as("demo-liaison", () -> settings.mine());
            signedIn.as(
                    "demo-liaison",
                    () -> settings.save(new MailSettingsData(
                            now.version(),
                            before.email(),
                            java.util.Objects.requireNonNull(before.followUpDigest()),
                            before.assignedMail(),
                            before.cityDigest())));
        }
    }
}
