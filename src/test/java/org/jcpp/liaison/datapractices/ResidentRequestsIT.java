package org.jcpp.liaison.datapractices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A resident's request: find, read, export (CSV a spreadsheet reads) and erase, every step audited. */
@IntegrationTest
class ResidentRequestsIT {

    @Autowired
    ResidentRequests records;

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

    @Test
    void an_admin_finds_exports_and_erases_a_named_person_and_the_counts_stay() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "María José Núñez " + marker;
        String reachBy = "+1 612-555-0142, call \"Pepa\" after 6pm";
        long city = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        var logged = signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        city,
                        "visit",
                        SampleContacts.need(
                                NeedCategory.LEGAL_HELP,
                                "wants a tenant lawyer",
                                LocalDate.now(),
                                new PersonData(name, null, reachBy, null, "spa", null)))));
        long needId = logged.needs().getFirst().id();
        long contactsBefore = jdbc.queryForObject("select count(*) from contact", Long.class);

        var found = signedIn.as("demo-admin", () -> records.find("núñez " + marker));
        assertThat(found).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo(name));
        long personId = found.getFirst().personId();

        var file = signedIn.as("demo-admin", () -> records.file(personId, Locale.ENGLISH));
        assertThat(file.lines())
                .contains(
                        new PersonFile.Line("How to reach them", reachBy),
                        new PersonFile.Line("What is needed", "wants a tenant lawyer"));

        byte[] csv = signedIn.as("demo-admin", () -> records.exportCsv(personId));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo(name));
        // a cell a spreadsheet would run as a formula (+, -, =, @) is written as text
        assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("'" + reachBy));

        signedIn.as("demo-admin", () -> records.erase(personId, false));
        assertThat(signedIn.as("demo-admin", () -> records.find(marker))).isEmpty();
        assertThatThrownBy(() -> signedIn.as("demo-admin", () -> records.file(personId, Locale.ENGLISH)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(signedIn.as("demo-liaison", () -> needs.get(needId)).person())
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from contact", Long.class))
                .isEqualTo(contactsBefore);

        var actions = jdbc.queryForList(
                "select action from audit_event where person_id = ? and actor = 'demo-admin' order by id",
                String.class,
                personId);
        assertThat(actions).containsExactly("VIEW", "VIEW", "EXPORT", "UPDATE"); // found, opened, exported, erased
    }

    @Test
    void percent_and_underscore_typed_in_the_search_are_themselves_not_wildcards_that_list_everyone() {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "Amina O_Brien 100% " + marker;
        logVisitNaming(signedIn, name);

        assertThat(signedIn.as("demo-admin", () -> records.find("%%"))).isEmpty();
        assertThat(signedIn.as("demo-admin", () -> records.find("__"))).isEmpty();
        assertThat(signedIn.as("demo-admin", () -> records.find("o_brien 100% " + marker)))
                .singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo(name));
    }

    @Test
    void a_resident_is_found_whatever_the_accents_and_capitals_typed() {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "Rosa Martínez Ñúñez " + marker;
        logVisitNaming(signedIn, name);

        for (String typed : List.of("Rosa Martinez Nunez", "rosa martínez ñúñez", "MARTINEZ NUNEZ", "nuñez")) {
            assertThat(signedIn.as("demo-admin", () -> records.find(typed + " " + marker)))
                    .as(typed)
                    .singleElement()
                    .satisfies(m -> assertThat(m.name()).isEqualTo(name));
        }
        assertThat(signedIn.as("demo-admin", () -> records.find("rosa martinez")))
                .anySatisfy(m -> assertThat(m.name()).isEqualTo(name));
    }

    @Test
    void a_spanish_speaking_residents_file_is_in_spanish_words_not_ids_and_codes() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long city = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long spanish = signedIn.idOf(referenceData, ReferenceKind.LANGUAGE, "Spanish");
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        city,
                        "visit",
                        SampleContacts.need(
                                NeedCategory.LEGAL_HELP,
                                "wants a tenant lawyer",
                                LocalDate.now(),
                                new PersonData("Lucía Pérez " + marker, spanish, "612-555-0101", null, "spa", null)))));
        long personId =
                signedIn.as("demo-admin", () -> records.find(marker)).getFirst().personId();

        String text = new String(signedIn.as("demo-admin", () -> records.exportCsv(personId)), StandardCharsets.UTF_8);
        var rows = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        var values = new java.util.LinkedHashMap<String, String>();
        rows.forEach(r -> values.put(r.get(0), r.get(1)));

        assertThat(values).containsEntry("Nombre", "Lucía Pérez " + marker);
        assertThat(values).containsEntry("Idioma preferido", "Español");
        assertThat(values).containsEntry("Categoría", "Ayuda legal");
        assertThat(values).containsEntry("Estado", "Abierta");
        assertThat(values.get("Ciudad miembro")).isEqualTo("Brooklyn Park");
        assertThat(values.get("Aviso de uso de datos")).startsWith("Versión 2026-1 en español, el ");
        assertThat(text).doesNotContain("LEGAL_HELP", "OPEN", "(id)", "city " + city);
    }

    @Test
    void only_admins_handle_residents_requests() {
        var signedIn = new SignedIn(userDetails);
        signedIn.as("demo-coordinator", () -> assertThatThrownBy(() -> records.find("Demo"))
                .isInstanceOf(AccessDeniedException.class));
    }

    /** A liaison's Brooklyn Park visit with a housing need whose follow-up names this person. */
    private void logVisitNaming(SignedIn signedIn, String name) {
        long city = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        city,
                        "visit",
                        SampleContacts.need(
                                NeedCategory.HOUSING,
                                "wants a repair",
                                LocalDate.now(),
                                new PersonData(name, null, "612-555-0100", null, "eng", null)))));
    }
}
