package org.jcpp.liaison.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.imports.file.TestWorkbooks;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Imports of messy contact spreadsheets the tests write, through upload, mapping, check, import and undo. */
@IntegrationTest
class ImportsIT {

    @Autowired
    ImportService imports;

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    SignedIn signedIn;
    long brooklynPark;
    long brooklynCenter;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        brooklynCenter = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Center");
    }

    @Test
    void a_messy_csv_is_checked_without_writing_then_imported_in_one_batch_and_undone_exactly() throws IOException {
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(
                        SampleContacts.visitOn(LocalDateTime.of(2025, 3, 10, 12, 0), brooklynPark, "Stored before")));
        Path file = csv("messy.csv", """
                Fecha,Ciudad,Tipo,Personas,Idioma,Resumen,Nombre del residente,Necesidad,Descripción de la necesidad
                3/4/2025,Brooklyn Park,Walk-in,2,Spanish,Asked about the food shelf,Maria Lopez,Food,Needs food shelf hours

                2025-03-05 14:30,Brooklyn Ctr,One-to-one,7,Somali; English,Talked about traffic,,,
                "March 6, 2025",brooklyn park,Home visit,3,Espanol,She is undocumented and afraid,Ana,,
                3/4/2025,Brooklyn Park,Walk-in,2,Spanish,Same visit typed twice,,,
                13/13/2025,Brooklyn Park,Walk-in,1,,Bad date,,,
                3/7/2025,Minneapolis,Walk-in,1,,Not a member city,,,
                3/8/2025,Richfield,Walk-in,1,,Not my city,,,
                3/9/2025,Brooklyn Park,Walk-in,abc,,Not a number,,,
                3/10/2025,Brooklyn Park,One-to-one,1,,Stored already,,,
                """);
        long before = contactCount();
        long peopleBefore = jdbc.queryForObject("select count(*) from named_person", Long.class);

        var batch = signedIn.as(
                "demo-liaison", () -> imports.batch(imports.upload(ImportKind.CONTACTS, "messy.csv", file)));
        assertThat(batch.status()).isEqualTo(ImportStatus.MAPPING);
        assertThat(batch.personalColumns()).containsExactly(6);
        assertThat(batch.mapping().columns())
                .containsEntry(0, ImportField.WHEN)
                .containsEntry(1, ImportField.CITY)
                .containsEntry(2, ImportField.KIND)
                .containsEntry(3, ImportField.HEADCOUNT)
                .containsEntry(4, ImportField.LANGUAGES)
                .containsEntry(5, ImportField.SUMMARY)
                .containsEntry(7, ImportField.NEED)
                .containsEntry(8, ImportField.NEED_DESCRIPTION)
                .doesNotContainKey(6);

        var survey = signedIn.as("demo-liaison", () -> imports.survey(batch.id()));
        assertThat(survey.get(6).personal()).isTrue();
        assertThat(survey.get(6).samples()).isEmpty();
        assertThat(survey.get(1).samples()).contains("Brooklyn Park", "Brooklyn Ctr");
        var questions = signedIn.as("demo-liaison", () -> imports.questions(survey, batch.mapping()));
        assertThat(questions)
                .extracting(ValueQuestion::field, ValueQuestion::value, ValueQuestion::suggestion)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                ImportField.CITY, "Brooklyn Ctr", Long.toString(brooklynCenter)),
                        org.assertj.core.groups.Tuple.tuple(ImportField.CITY, "Minneapolis", null));

        var mapping = batch.mapping()
                .withAnswer(ImportField.CITY, "brooklyn ctr", Long.toString(brooklynCenter))
                .withAnswer(ImportField.CITY, "minneapolis", "");
        var checked = signedIn.as("demo-liaison", () -> {
            imports.check(batch.id(), batch.version(), mapping);
            return awaitDone(batch.id());
        });
        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        var problems = signedIn.as("demo-liaison", () -> imports.problems(batch.id(), 0, 50));
        assertThat(problems)
                .extracting(
                        ImportProblem::row, ImportProblem::problem, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, ProblemKind.REVIEW, "Resumen", "import.review.wording"),
                        org.assertj.core.groups.Tuple.tuple(6, ProblemKind.DUPLICATE, "", "import.duplicate.row"),
                        org.assertj.core.groups.Tuple.tuple(7, ProblemKind.ERROR, "Fecha", "import.date.unreadable"),
                        org.assertj.core.groups.Tuple.tuple(8, ProblemKind.ERROR, "Ciudad", "import.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple(9, ProblemKind.ERROR, "Ciudad", "contact.city.not-yours"),
                        org.assertj.core.groups.Tuple.tuple(
                                10, ProblemKind.ERROR, "Personas", "import.number.unreadable"),
                        org.assertj.core.groups.Tuple.tuple(11, ProblemKind.DUPLICATE, "", "import.duplicate.stored"));
        assertThat(checked.rowsTotal()).isEqualTo(9);
        assertThat(checked.rowsOk()).isEqualTo(2);
        assertThat(checked.toReview()).isEqualTo(1);
        assertThat(checked.duplicates()).isEqualTo(2);
        assertThat(checked.errors()).isEqualTo(4);
        assertThat(contactCount()).as("a check writes no record").isEqualTo(before);

        assertThat(problems.get(1).argument()).isEqualTo("2");
        assertThat(problems.get(0).argument()).contains("undocumented");

        String csv = new String(
                signedIn.as("demo-liaison", () -> imports.problemsCsv(batch.id(), Locale.ENGLISH)),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("13/13/2025", "Minneapolis", "Bad date")
                .as("no name, and not the text held for its status wording")
                .doesNotContain("Ana", "Maria Lopez", "afraid");

        var imported = signedIn.as("demo-liaison", () -> {
            imports.startImport(batch.id(), checked.version(), false);
            return awaitDone(batch.id());
        });
        assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(imported.imported()).isEqualTo(2);
        assertThat(imported.fileAvailable())
                .as("the file is gone once imported")
                .isFalse();
        assertThat(contactCount()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select count(*) from named_person", Long.class))
                .as("an import never names a person")
                .isEqualTo(peopleBefore);
        var rows = signedIn.as("demo-liaison", () -> imports.importedContacts(batch.id(), PageRequest.of(0, 10)));
        assertThat(rows)
                .extracting(r -> r.occurredAt(), r -> r.cityId(), r -> r.kind(), r -> r.headcount(), r -> r.needCount())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDateTime.of(2025, 3, 5, 14, 30), brooklynCenter, ContactKind.ONE_TO_ONE, 7, 0L),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDateTime.of(2025, 3, 4, 12, 0), brooklynPark, ContactKind.WALK_IN, 2, 1L));
        var trail = audit(batch.id());
        assertThat(trail)
                .as("the upload, the mapping, the check, the import and the problems download")
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(trail).anySatisfy(entry -> assertThat(entry.changes()).contains("messy.csv"));
        assertThat(trail).anySatisfy(entry -> assertThat(entry.changes()).contains("IMPORTED"));
        assertThat(trail).anySatisfy(entry -> assertThat(entry.detail()).contains("problems CSV"));
        assertThat(trail).as("no cell of the file in the trail").allSatisfy(entry -> assertThat(
                        String.valueOf(entry.changes()) + entry.detail())
                .doesNotContain("Maria Lopez", "afraid", "Minneapolis"));

        // the mapping, saved by name, finds its columns by header in next month's file ordered otherwise
        signedIn.as("demo-liaison", () -> imports.saveMappingAs(batch.id(), "Amina's log", mapping));
        long next = signedIn.as(
                "demo-liaison",
                () -> imports.upload(
                        ImportKind.CONTACTS,
                        "april.csv",
                        csv("april-log.csv", "Resumen,Ciudad,Fecha\nFollow-up call,Brooklyn Ctr,4/2/2025\n")));
        var saved = signedIn.as("demo-liaison", () -> imports.savedMappings(ImportKind.CONTACTS));
        assertThat(saved).extracting(SavedMapping::name).contains("Amina's log");
        var applied = signedIn.as(
                "demo-liaison",
                () -> imports.applySaved(
                        next,
                        saved.stream()
                                .filter(m -> m.name().equals("Amina's log"))
                                .findFirst()
                                .orElseThrow()
                                .id()));
        assertThat(applied.columns())
                .isEqualTo(Map.of(0, ImportField.SUMMARY, 1, ImportField.CITY, 2, ImportField.WHEN));
        assertThat(applied.answer(ImportField.CITY, "brooklyn ctr")).isEqualTo(Long.toString(brooklynCenter));

        var undone = signedIn.as("demo-liaison", () -> imports.undo(batch.id(), imported.version()));
        assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
        assertThat(signedIn.as("demo-liaison", () -> imports.batch(batch.id()).status()))
                .as("the undo is stored")
                .isEqualTo(ImportStatus.UNDONE);
        assertThat(signedIn.as("demo-liaison", () -> imports.list(PageRequest.of(0, 50))))
                .filteredOn(row -> row.id() == batch.id())
                .extracting(ImportBatchRow::status)
                .containsExactly(ImportStatus.UNDONE);
        assertThat(contactCount()).isEqualTo(before);
        assertThat(signedIn.as("demo-liaison", () -> imports.importedCount(batch.id())))
                .isZero();
        assertThat(audit(batch.id()).get(0).changes()).contains("UNDONE");
    }

    @Test
    void an_undo_is_refused_while_an_imported_contact_was_changed_since() throws IOException {
        Path file = csv("april.csv", """
                Date,City,People,Notes
                4/1/2025,Brooklyn Park,5,First
                4/2/2025,Brooklyn Park,6,Second
                """);
        var imported = importAll(file);
        assertThat(imported.imported()).isEqualTo(2);
        signedIn.as("demo-liaison", () -> {
            var row = imports.importedContacts(imported.id(), PageRequest.of(0, 1))
                    .get(0);
            var details = contacts.get(row.id());
            contacts.update(details.id(), details.version(), withSummary(details.id(), "Changed after the import"));
        });
        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> imports.undo(imported.id(), imported.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("import.undo.changed"));
        assertThat(signedIn.as("demo-liaison", () -> imports.importedCount(imported.id())))
                .isEqualTo(2);
        assertThat(signedIn.as(
                        "demo-liaison", () -> imports.batch(imported.id()).status()))
                .isEqualTo(ImportStatus.IMPORTED);
    }

    @Test
    void an_xlsx_with_excel_dates_imports() throws IOException {
        Path workbook = TestWorkbooks.write(
                dir.resolve("may.xlsx"),
                List.of(
                        List.of("Date", "City", "Kind", "People", "Language line"),
                        List.of(45778, "Brooklyn Park", "Phone or text", 1, "yes"),
                        List.of(45779.75, "Brooklyn Center", "walk in", 2, "no")));
        var imported = importAll(workbook);
        assertThat(imported.imported()).isEqualTo(2);
        var rows = signedIn.as("demo-liaison", () -> imports.importedContacts(imported.id(), PageRequest.of(0, 10)));
        assertThat(rows)
                .extracting(r -> r.occurredAt(), r -> r.kind(), r -> r.languageLineUsed())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDateTime.of(2025, 5, 2, 18, 0), ContactKind.WALK_IN, false),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDateTime.of(2025, 5, 1, 12, 0), ContactKind.PHONE_OR_TEXT, true));

        assertThat(signedIn.as("demo-liaison", () -> imports.problemCount(imported.id())))
                .isZero();
    }

    @Test
    void a_file_past_the_limits_is_refused_at_the_upload_and_an_import_that_breaks_midway_writes_nothing() {
        var rows = new StringBuilder("Date,City,People,Notes\n");
        for (int i = 0; i < 1500; i++) {
            rows.append("6/")
                    .append(1 + i % 28)
                    .append("/2025,Brooklyn Park,")
                    .append(100 + i)
                    .append(",ok\n");
        }
        String good = rows.toString();
        String broken = good + "6/29/2025,Brooklyn Park,1," + "x".repeat(200_000) + "\n";
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison", () -> imports.upload(ImportKind.CONTACTS, "june.csv", csv("june.csv", broken))))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.row-too-long");
                    assertThat(e.argument()).isEqualTo("1502");
                });

        long before = contactCount();
        var failed = signedIn.as("demo-liaison", () -> {
            var batch = imports.batch(imports.upload(ImportKind.CONTACTS, "june.csv", csv("june2.csv", good)));
            imports.check(batch.id(), batch.version(), batch.mapping());
            var checked = awaitDone(batch.id());
            assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
            assertThat(checked.rowsOk()).isEqualTo(1500);
            // the file changes under the batch between the check and the import (a disk fault, a tampered upload):
            // the import reads its first chunks, then meets the broken row
            String token =
                    jdbc.queryForObject("select file_token from import_batch where id = ?", String.class, batch.id());
            write(Path.of(System.getProperty("java.io.tmpdir"), "jcpp-liaison-imports", token), broken);
            imports.startImport(batch.id(), checked.version(), false);
            return awaitDone(batch.id());
        });
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failureKey()).isEqualTo("import.file.row-too-long");
        assertThat(contactCount()).as("nothing half-imported").isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where import_batch_id = ?", Long.class, failed.id()))
                .isZero();
    }

    @Test
    void an_events_spreadsheet_imports_held_events_with_their_headcount_and_is_undone() {
        Path file = csv("events.csv", """
                Event,Date,Start,End,City,Type,Attendance,Partners,Notes
                Food shelf volunteering with recruits,3/15/2025,10:00 AM,1:00 PM,Brooklyn Park,Volunteering,24,Northside Community Food Shelf,Recruits packed boxes
                National Night Out,8/5/2025,6 pm,9 pm,Brooklyn Ctr,National Night Out,310,,
                National Night Out,8/5/2025,6 pm,9 pm,Brooklyn Ctr,National Night Out,310,,
                Town hall,13/45/2025,,,Brooklyn Park,Forum,40,,
                Coffee with a cop,2/1/2025,9:00,8:00,Brooklyn Park,Community event,12,,
                """);
        long before = jdbc.queryForObject("select count(*) from outreach_event", Long.class);
        var batch =
                signedIn.as("demo-liaison", () -> imports.batch(imports.upload(ImportKind.EVENTS, "events.csv", file)));
        assertThat(batch.mapping().columns())
                .containsEntry(0, ImportField.EVENT_TITLE)
                .containsEntry(1, ImportField.EVENT_DATE)
                .containsEntry(2, ImportField.EVENT_START)
                .containsEntry(3, ImportField.EVENT_END)
                .containsEntry(4, ImportField.EVENT_CITY)
                .containsEntry(5, ImportField.EVENT_TYPE)
                .containsEntry(6, ImportField.EVENT_HEADCOUNT)
                .containsEntry(7, ImportField.EVENT_PARTNERS)
                .containsEntry(8, ImportField.EVENT_OUTCOMES);
        var mapping = batch.mapping().withAnswer(ImportField.EVENT_CITY, "brooklyn ctr", Long.toString(brooklynCenter));
        var checked = signedIn.as("demo-liaison", () -> {
            imports.check(batch.id(), batch.version(), mapping);
            return awaitDone(batch.id());
        });
        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(signedIn.as("demo-liaison", () -> imports.problems(batch.id(), 0, 10)))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "", "import.duplicate.row"),
                        org.assertj.core.groups.Tuple.tuple(5, "Date", "import.date.unreadable"),
                        org.assertj.core.groups.Tuple.tuple(6, "End", "outreach.end.before-start"));
        assertThat(checked.rowsOk()).isEqualTo(2);

        var imported = signedIn.as("demo-liaison", () -> {
            imports.startImport(batch.id(), checked.version(), false);
            return awaitDone(batch.id());
        });
        assertThat(imported.imported()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from outreach_event", Long.class))
                .isEqualTo(before + 2);
        // the liaison's bell told of the check and of the import, each once, pointing at the batch
        assertThat(jdbc.queryForList(
                        "select n.kind from notification n join user_account u on u.id = n.account_id"
                                + " where u.username = 'demo-liaison' and n.record_id = ? and n.kind like 'IMPORT%'"
                                + " order by n.id",
                        String.class, batch.id()))
                .containsExactly("IMPORT_CHECKED", "IMPORT_DONE");
        var rows = signedIn.as("demo-liaison", () -> imports.importedEvents(batch.id(), PageRequest.of(0, 10)));
        assertThat(rows)
                .extracting(r -> r.title(), r -> r.startsAt(), r -> r.endsAt(), r -> r.status(), r -> r.attendance())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "National Night Out",
                                LocalDateTime.of(2025, 8, 5, 18, 0),
                                LocalDateTime.of(2025, 8, 5, 21, 0),
                                org.jcpp.liaison.outreach.EventStatus.HELD,
                                310),
                        org.assertj.core.groups.Tuple.tuple(
                                "Food shelf volunteering with recruits",
                                LocalDateTime.of(2025, 3, 15, 10, 0),
                                LocalDateTime.of(2025, 3, 15, 13, 0),
                                org.jcpp.liaison.outreach.EventStatus.HELD,
                                24));

        var undone = signedIn.as("demo-liaison", () -> imports.undo(batch.id(), imported.version()));
        assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
        assertThat(jdbc.queryForObject("select count(*) from outreach_event", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_roll_call_spreadsheet_imports_briefings_by_department_shift_and_topic() {
        long brooklynCenterPd =
                signedIn.idOf(referenceData, ReferenceKind.DEPARTMENT, "Brooklyn Center Police Department");
        Path file = csv("rollcall.csv", """
                Date,Department,Shift,Topic,Officers,Minutes,Feedback
                1/14/2025,Brooklyn Center PD,Night,Using the language line,14,15,Where is the card with the number?
                1/15/2025,Brooklyn Center Police Department,Swing,Using the language line,9,10,
                1/16/2025,Richfield Police Department,Day,Using the language line,9,10,
                1/17/2025,Brooklyn Park Police Department,Day,,9,10,
                """);
        long before = jdbc.queryForObject("select count(*) from roll_call_briefing", Long.class);
        var batch = signedIn.as(
                "demo-liaison", () -> imports.batch(imports.upload(ImportKind.BRIEFINGS, "rollcall.csv", file)));
        assertThat(batch.mapping().columns())
                .containsEntry(0, ImportField.BRIEFING_DATE)
                .containsEntry(1, ImportField.BRIEFING_DEPARTMENT)
                .containsEntry(2, ImportField.BRIEFING_SHIFT)
                .containsEntry(3, ImportField.BRIEFING_TOPICS)
                .containsEntry(4, ImportField.BRIEFING_OFFICERS)
                .containsEntry(5, ImportField.BRIEFING_MINUTES)
                .containsEntry(6, ImportField.BRIEFING_FEEDBACK);
        var questions =
                signedIn.as("demo-liaison", () -> imports.questions(imports.survey(batch.id()), batch.mapping()));
        assertThat(questions)
                .extracting(ValueQuestion::value, ValueQuestion::suggestion)
                .contains(org.assertj.core.groups.Tuple.tuple("Brooklyn Center PD", Long.toString(brooklynCenterPd)));
        var mapping = batch.mapping()
                .withAnswer(ImportField.BRIEFING_DEPARTMENT, "brooklyn center pd", Long.toString(brooklynCenterPd));
        var checked = signedIn.as("demo-liaison", () -> {
            imports.check(batch.id(), batch.version(), mapping);
            return awaitDone(batch.id());
        });
        assertThat(signedIn.as("demo-liaison", () -> imports.problems(batch.id(), 0, 10)))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Shift", "import.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "Department", "rollcall.department.not-yours"),
                        org.assertj.core.groups.Tuple.tuple(5, "Topic", "rollcall.topics.required"));
        assertThat(checked.rowsOk()).isEqualTo(1);

        var imported = signedIn.as("demo-liaison", () -> {
            imports.startImport(batch.id(), checked.version(), false);
            return awaitDone(batch.id());
        });
        assertThat(imported.imported()).isEqualTo(1);
        var rows = signedIn.as("demo-liaison", () -> imports.importedBriefings(batch.id(), PageRequest.of(0, 10)));
        assertThat(rows)
                .extracting(r -> r.briefedOn(), r -> r.departmentId(), r -> r.officers(), r -> r.minutes())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        java.time.LocalDate.of(2025, 1, 14), brooklynCenterPd, 14, 15));
        assertThat(rows.get(0).topicIds()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from roll_call_briefing", Long.class))
                .isEqualTo(before + 1);

        signedIn.as("demo-liaison", () -> imports.undo(batch.id(), imported.version()));
        assertThat(jdbc.queryForObject("select count(*) from roll_call_briefing", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_header_only_file_is_refused_at_the_upload_and_a_batch_is_its_owners_alone() throws IOException {
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> imports.upload(ImportKind.CONTACTS, "h.csv", csv("h.csv", "Date,City\n"))))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("import.file.header-only"));
        long id = signedIn.as(
                "demo-liaison",
                () -> imports.upload(ImportKind.CONTACTS, "mine.csv", csv("m.csv", "Date,City\n7/1/2025,Crystal\n")));
        assertThatThrownBy(() -> signedIn.as("demo-coordinator", () -> imports.batch(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(signedIn.as("demo-coordinator", () -> imports.list(PageRequest.of(0, 50))))
                .noneMatch(row -> row.id() == id);
        assertThat(signedIn.as("demo-liaison", () -> imports.list(PageRequest.of(0, 50))))
                .anyMatch(row -> row.id() == id && row.fileName().equals("mine.csv"));
    }

    @Test
    void a_mapping_that_maps_a_name_column_or_leaves_out_the_date_is_refused_at_the_mapping() throws IOException {
        long id = signedIn.as(
                "demo-liaison",
                () -> imports.upload(
                        ImportKind.CONTACTS, "n.csv", csv("n.csv", "Date,City,Name\n7/2/2025,Brooklyn Park,Ana\n")));
        var batch = signedIn.as("demo-liaison", () -> imports.batch(id));
        var naming =
                batch.mapping().withColumns(Map.of(0, ImportField.WHEN, 1, ImportField.CITY, 2, ImportField.SUMMARY));
        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> imports.saveMapping(id, batch.version(), naming)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("import.mapping.personal"));
        var noDate = batch.mapping().withColumns(Map.of(1, ImportField.CITY));
        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> imports.check(id, batch.version(), noDate)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("import.mapping.required"));
    }

    private ImportBatchDetails importAll(Path file) {
        return signedIn.as("demo-liaison", () -> {
            var batch = imports.batch(
                    imports.upload(ImportKind.CONTACTS, file.getFileName().toString(), file));
            imports.check(batch.id(), batch.version(), batch.mapping());
            var checked = awaitDone(batch.id());
            assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
            imports.startImport(batch.id(), checked.version(), false);
            return awaitDone(batch.id());
        });
    }

    private ContactData withSummary(long id, String summary) {
        var d = contacts.get(id);
        return new ContactData(
                d.occurredAt(),
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
                summary,
                List.of(),
                null);
    }

    private ImportBatchDetails awaitDone(long id) {
        return ImportRuns.awaitDone(imports, id);
    }

    private List<org.jcpp.liaison.audit.AuditRow> audit(long batchId) {
        return signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(
                                null,
                                null,
                                org.jcpp.liaison.base.RecordType.IMPORT_BATCH.code(),
                                batchId,
                                null,
                                null,
                                null),
                        PageRequest.of(0, 20)));
    }

    private long contactCount() {
        Long count = jdbc.queryForObject("select count(*) from contact", Long.class);
        return count == null ? 0 : count;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path csv(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
