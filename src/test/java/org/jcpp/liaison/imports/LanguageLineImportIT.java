package org.jcpp.liaison.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.languageaccess.InterpreterAccountData;
import org.jcpp.liaison.languageaccess.LanguageLineService;
import org.jcpp.liaison.languageaccess.LineMonth;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An interpreter vendor's usage report, written by the test, brought in as monthly totals per department. */
@IntegrationTest
class LanguageLineImportIT {

    @Autowired
    ImportService imports;

    @Autowired
    LanguageLineService languageLine;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    SignedIn signedIn;
    long hopkinsPd;
    String account;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        hopkinsPd = signedIn.idOf(referenceData, ReferenceKind.DEPARTMENT, "Hopkins Police Department");
        account = "HPD-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as(
                "demo-coordinator",
                () -> languageLine.saveAccount(
                        new InterpreterAccountData(null, 0, "LanguageLine", account, hopkinsPd)));
        jdbc.update(
                "DELETE FROM language_line_month WHERE department_id = ? AND month BETWEEN '2019-01-01' AND '2019-12-01'",
                hopkinsPd);
    }

    @Test
    void a_report_is_checked_by_row_summed_by_month_and_language_and_never_keeps_the_callers_name() {
        Path file = csv("usage-2019-03.csv", """
                Date,Account,Caller Name,Language,Minutes,Charge,Caller
                03/04/2019,%1$s,Officer Jane Roe,Somali,12:30,$18.75,612-555-0199
                03/09/2019,%1$s,Officer Jane Roe,SPA,10,15.00
                03/21/2019,%1$s,John Doe,Spanish,4.55,6.745
                04/02/2019,%1$s,,som,20,30
                04/03/2019,UNMAPPED-1,,Somali,5,7.5,612-555-0101
                04/05/2019,%1$s,,Klingon,5,7.5,612-555-0102
                04/06/2019,%1$s,,Somali,-3,0,612-555-0103
                """.formatted(account));
        var batch = upload(file);
        assertThat(batch.mapping().columns())
                .containsEntry(0, ImportField.LINE_DATE)
                .containsEntry(1, ImportField.LINE_ACCOUNT)
                .containsEntry(3, ImportField.LINE_LANGUAGE)
                .containsEntry(4, ImportField.LINE_MINUTES)
                .containsEntry(5, ImportField.LINE_COST)
                .doesNotContainKey(2); // the caller's name: never mapped
        var checked = check(batch);
        assertThat(checked.rowsOk()).isEqualTo(4);
        assertThat(checked.errors()).isEqualTo(3);
        assertThat(signedIn.as("demo-coordinator", () -> imports.problems(batch.id(), 0, 10)))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(6, "Account", "language-line.account.unmapped"),
                        tuple(7, "Language", "import.value.unknown"),
                        tuple(8, "Minutes", "language-line.negative"));

        var imported = importIt(checked, false);
        assertThat(imported.imported()).isEqualTo(4);
        assertThat(months())
                .containsExactly(
                        new LineMonth(YearMonth.of(2019, 3), 3, new BigDecimal("27.1"), new BigDecimal("40.50")),
                        new LineMonth(YearMonth.of(2019, 4), 1, new BigDecimal("20.0"), new BigDecimal("30.00")));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM import_problem WHERE array_to_string(cells, '|') LIKE '%Roe%'"
                                + " OR array_to_string(cells, '|') LIKE '%John Doe%'"
                                + " OR array_to_string(cells, '|') LIKE '%555-01%'",
                        Long.class))
                .isZero();
    }

    @Test
    void a_month_imported_again_is_refused_unless_the_user_replaces_it_and_undo_removes_exactly_the_batch() {
        var first = importIt(check(upload(csv("first.csv", """
                        Date,Account,Language,Minutes,Cost
                        05/04/2019,%1$s,Somali,10,15
                        05/09/2019,%1$s,Spanish,10,15
                        06/02/2019,%1$s,Somali,20,30
                        """.formatted(account)))), false);
        String again = """
                Date,Account,Language,Minutes,Cost
                05/30/2019,%1$s,Somali,3,4.5
                07/01/2019,%1$s,Oromo,8,12
                """.formatted(account); // uploading moves the file: each upload writes it anew

        var refused = check(upload(csv("again.csv", again)));
        assertThat(refused.duplicates()).isEqualTo(1);
        assertThat(signedIn.as("demo-coordinator", () -> imports.problems(refused.id(), 0, 10)))
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(2, "language-line.month.imported"));
        importIt(refused, false);
        assertThat(months())
                .extracting(LineMonth::month, LineMonth::calls)
                .containsExactly(
                        tuple(YearMonth.of(2019, 5), 2),
                        tuple(YearMonth.of(2019, 6), 1),
                        tuple(YearMonth.of(2019, 7), 1));

        var replacing = importIt(check(upload(csv("again-2.csv", again))), true);
        assertThat(replacing.imported()).isEqualTo(2);
        assertThat(months())
                .extracting(LineMonth::month, LineMonth::calls, LineMonth::minutes)
                .contains(tuple(YearMonth.of(2019, 5), 1, new BigDecimal("3.0")))
                .contains(tuple(YearMonth.of(2019, 6), 1, new BigDecimal("20.0")));

        signedIn.as("demo-coordinator", () -> imports.undo(replacing.id(), replacing.version()));
        assertThat(months())
                .extracting(LineMonth::month)
                .contains(YearMonth.of(2019, 6))
                .doesNotContain(YearMonth.of(2019, 5));
        signedIn.as(
                "demo-coordinator",
                () -> imports.undo(first.id(), imports.batch(first.id()).version()));
        assertThat(months()).extracting(LineMonth::month).doesNotContain(YearMonth.of(2019, 6));
    }

    @Test
    void an_admin_brings_in_vendor_reports_only_and_a_liaison_none() {
        Path file = csv("usage.csv", "Date,Account,Language,Minutes\n08/01/2019," + account + ",Somali,3\n");
        assertThat(signedIn.as("demo-admin", () -> imports.kinds())).containsExactly(ImportKind.LANGUAGE_LINE);
        var imported = signedIn.as("demo-admin", () -> {
            var batch = imports.batch(imports.upload(ImportKind.LANGUAGE_LINE, "usage.csv", file));
            imports.check(batch.id(), batch.version(), batch.mapping());
            var checked = awaitDone(batch.id());
            assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
            imports.startImport(checked.id(), checked.version(), false, false);
            return awaitDone(batch.id());
        });
        assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(months())
                .extracting(LineMonth::month, LineMonth::calls)
                .containsExactly(tuple(YearMonth.of(2019, 8), 1));
        assertThatThrownBy(() -> signedIn.as(
                        "demo-admin",
                        () -> imports.upload(
                                ImportKind.CONTACTS, "usage.csv", csv("c.csv", "Date,City\n1/1/2025,Hopkins\n"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> imports.upload(
                                ImportKind.LANGUAGE_LINE, "usage.csv", csv("l.csv", "Date,Account\n1/1/2025,x\n"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<LineMonth> months() {
        return signedIn.as(
                "demo-coordinator",
                () -> languageLine.months(hopkinsPd, YearMonth.of(2019, 1), YearMonth.of(2019, 12)));
    }

    private ImportBatchDetails upload(Path file) {
        return signedIn.as(
                "demo-coordinator",
                () -> imports.batch(imports.upload(
                        ImportKind.LANGUAGE_LINE, file.getFileName().toString(), file)));
    }

    private ImportBatchDetails check(ImportBatchDetails batch) {
        return signedIn.as("demo-coordinator", () -> {
            imports.check(batch.id(), batch.version(), batch.mapping());
            var checked = awaitDone(batch.id());
            assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
            return checked;
        });
    }

    private ImportBatchDetails importIt(ImportBatchDetails checked, boolean replace) {
        return signedIn.as("demo-coordinator", () -> {
            imports.startImport(checked.id(), checked.version(), false, replace);
            return awaitDone(checked.id());
        });
    }

    private ImportBatchDetails awaitDone(long id) {
        return ImportRuns.awaitDone(imports, id);
    }

    private Path csv(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
