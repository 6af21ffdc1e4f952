package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedFilter;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.SampleTraining;
import org.jcpp.liaison.training.SessionData;
import org.jcpp.liaison.training.SessionFilter;
import org.jcpp.liaison.training.TrainingSessionService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The lists' CSV downloads: public fields only, in the user's language, small counts suppressed, scoped, audited. */
@IntegrationTest
class ListExportsIT {

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    RollCallService rollCall;

    @Autowired
    TrainingSessionService sessions;

    @Autowired
    TrainingTopicService topics;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    I18NProvider i18n;

    @Test
    void the_contacts_csv_has_public_fields_in_spanish_suppresses_small_headcounts_and_leaves_out_the_summary()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long spanish = signedIn.idOf(referenceData, ReferenceKind.LANGUAGE, "Spanish");
        String marker = "Vecina del edificio " + System.nanoTime();
        LocalDateTime at = LocalDateTime.now().minusHours(2).withSecond(0).withNano(0);
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(new ContactData(
                        at,
                        brooklynPark,
                        null,
                        ContactKind.HOME_VISIT,
                        PlaceType.HOME,
                        Set.of(spanish),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        3,
                        org.jcpp.liaison.referencedata.InterpreterUse.USED,
                        org.jcpp.liaison.referencedata.InterpreterMode.TELEPHONE_LINE,
                        marker,
                        List.of(SampleContacts.need(
                                NeedCategory.HOUSING,
                                "Descripción " + marker,
                                LocalDate.now().plusDays(7),
                                null)),
                        null)));

        var filter = new ContactFilter(null, null, brooklynPark, null, null, null, null, marker);
        List<CSVRecord> records = parse(signedIn.as("demo-liaison", () -> contacts.exportCsv(filter, text("es"))));
        assertThat(records.getFirst().values())
                .containsExactly(
                        "Cuándo",
                        "Ciudad miembro",
                        "Tipo de contacto",
                        "Personas alcanzadas",
                        "Idiomas hablados",
                        "Se usó la línea de idiomas",
                        "Intérprete",
                        "Cómo se prestó",
                        "Necesidades");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).values())
                .containsExactly(
                        at.toLocalDate() + " " + at.toLocalTime(),
                        "Brooklyn Park",
                        tr("es", "ContactKind.HOME_VISIT"),
                        "menos de 5",
                        "Spanish",
                        "Sí",
                        tr("es", "InterpreterUse.USED"),
                        tr("es", "InterpreterMode.TELEPHONE_LINE"),
                        "menos de 5");
        assertThat(String.join(",", records.get(1).values())).doesNotContain(marker);

        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter("demo-liaison", AuditAction.EXPORT, "contact", null, null, null, null),
                        Pageable.ofSize(5)));
        assertThat(entries).isNotEmpty();
    }

    @Test
    void the_needs_csv_leaves_out_descriptions_and_a_liaison_gets_no_row_of_another_city() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        String marker = "Goteras en el techo " + System.nanoTime();
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        brooklynPark,
                        "",
                        SampleContacts.need(
                                NeedCategory.HOUSING, marker, LocalDate.now().plusDays(3), null))));

        var ours = new NeedFilter(brooklynPark, null, NeedCategory.HOUSING, false, null, false);
        byte[] csv = signedIn.as("demo-liaison", () -> needs.exportCsv(ours, text("en")));
        List<CSVRecord> records = parse(csv);
        assertThat(records.getFirst().values())
                .containsExactly("Category", "Member city", "Status", "Follow up by", "Overdue");
        long expected = signedIn.as("demo-liaison", () -> needs.count(ours));
        assertThat(records).hasSize((int) expected + 1);
        assertThat(records.subList(1, records.size()))
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Brooklyn Park"))
                .anySatisfy(row -> assertThat(row.get(3))
                        .isEqualTo(LocalDate.now().plusDays(3).toString()));
        assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain(marker);

        var theirs = new NeedFilter(hopkins, null, null, false, null, false);
        assertThat(signedIn.as("demo-coordinator", () -> needs.count(theirs))).isPositive();
        assertThat(parse(signedIn.as("demo-liaison", () -> needs.exportCsv(theirs, text("en")))))
                .hasSize(1);
        assertThat(parse(signedIn.as("demo-liaison", () -> needs.exportCsv(NeedFilter.ANY, text("en")))))
                .extracting(row -> row.get(1))
                .doesNotContain("Hopkins");
    }

    @Test
    void the_briefings_and_sessions_csv_name_topics_and_departments_and_suppress_small_counts() throws Exception {
        var signedIn = new SignedIn(userDetails);
        var sample = new SampleTraining(signedIn, topics, referenceData);
        var topic = sample.newActiveTopic("Exported topic, \"quoted\"");
        var department = sample.department("Brooklyn Center");
        var night = sample.shift(department, "Night");
        LocalDate day = LocalDate.now().minusDays(1);
        signedIn.as(
                "demo-liaison",
                () -> rollCall.log(
                        new BriefingData(day, department.id(), night.id(), null, Set.of(topic.id()), 4, 15, "", "")));
        signedIn.as(
                "demo-liaison",
                () -> sessions.log(new SessionData(
                        topic.id(),
                        day,
                        department.id(),
                        "Amina and Sgt. Lee",
                        new BigDecimal("1.5"),
                        12,
                        "Badge 4411",
                        new BigDecimal("4.5"),
                        "")));

        var briefings = parse(signedIn.as(
                "demo-coordinator",
                () -> rollCall.exportCsv(new BriefingFilter(null, null, null, null, topic.id()), text("en"))));
        assertThat(briefings).hasSize(2);
        assertThat(briefings.get(1).values())
                .containsExactly(
                        day.toString(),
                        "Brooklyn Center",
                        department.name(),
                        "Night",
                        "fewer than 5",
                        "15",
                        topic.title());

        var sessionRows = parse(signedIn.as(
                "demo-coordinator",
                () -> sessions.exportCsv(new SessionFilter(null, null, null, topic.id()), text("en"))));
        assertThat(sessionRows).hasSize(2);
        assertThat(sessionRows.get(1).values())
                .containsExactly(
                        day.toString(), "Brooklyn Center", department.name(), topic.title(), "1", "1.5", "12", "4.5");
        assertThat(String.join(",", sessionRows.get(1).values())).doesNotContain("Badge", "Sgt. Lee");
    }

    private ExportText text(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new ExportText(key -> i18n.getTranslation(key, locale));
    }

    private String tr(String language, String key) {
        return i18n.getTranslation(key, Locale.forLanguageTag(language));
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        assertThat(csv).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return CSVFormat.RFC4180
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
    }
}
