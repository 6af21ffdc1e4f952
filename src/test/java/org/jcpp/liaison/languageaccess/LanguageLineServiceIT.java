package org.jcpp.liaison.languageaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class LanguageLineServiceIT {

    @Autowired
    LanguageLineService service;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.jcpp.liaison.accounts.AccountService accountService;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private long department(String name) {
        return referenceData.departments().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void an_account_is_mapped_once_whatever_its_case() {
        String account = "BCPD-" + UUID.randomUUID().toString().substring(0, 6);
        long department = department("Brooklyn Center Police Department");
        var saved = service.saveAccount(new InterpreterAccountData(null, 0, " LanguageLine ", account, department));
        assertThat(saved.vendor()).isEqualTo("LanguageLine");
        assertThat(service.accounts(Pageable.ofSize(500))).contains(saved);
        assertThatThrownBy(() -> service.saveAccount(new InterpreterAccountData(
                        null, 0, "Other vendor", account.toLowerCase(), department("Hopkins Police Department"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("account"));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_department_s_months_sum_its_languages_and_a_month_without_a_report_is_absent() {
        long department = department("Brooklyn Park Police Department");
        var languages = referenceData.languages();
        long somali = languages.stream()
                .filter(l -> "som".equals(l.code()))
                .findFirst()
                .orElseThrow()
                .id();
        long spanish = languages.stream()
                .filter(l -> "spa".equals(l.code()))
                .findFirst()
                .orElseThrow()
                .id();
        jdbc.update("DELETE FROM language_line_month WHERE department_id = ? AND month < '2001-01-01'", department);
        insert(department, "2000-01-01", somali, 3, "21.5", "40.10");
        insert(department, "2000-01-01", spanish, 5, "30.0", "55.00");
        insert(department, "2000-03-01", spanish, 2, "9.0", "16.50");

        assertThat(service.months(department, YearMonth.of(2000, 1), YearMonth.of(2000, 3)))
                .containsExactly(
                        new LineMonth(YearMonth.of(2000, 1), 8, new BigDecimal("51.5"), new BigDecimal("95.10")),
                        new LineMonth(YearMonth.of(2000, 3), 2, new BigDecimal("9.0"), new BigDecimal("16.50")));
        assertThat(service.byLanguage(department, YearMonth.of(2000, 1), YearMonth.of(2000, 3)))
                .extracting(LanguageUse::languageId, LanguageUse::calls)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(spanish, 7),
                        org.assertj.core.groups.Tuple.tuple(somali, 3));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_cannot_read_the_figures_of_a_department_outside_their_cities() {
        long hopkins = department("Hopkins Police Department");
        assertThatThrownBy(() -> service.months(hopkins, YearMonth.of(2000, 1), YearMonth.of(2000, 3)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private void insert(long department, String month, long language, int calls, String minutes, String cost) {
        jdbc.update(
                "INSERT INTO language_line_month (department_id, month, language_id, calls, minutes, cost)"
                        + " VALUES (?, ?::date, ?, ?, ?::numeric, ?::numeric)",
                department,
                month,
                language,
                calls,
                minutes,
                cost);
    }

    @Test
    void a_coordinator_of_some_cities_sees_and_changes_only_their_departments_accounts() {
        var signedIn = new org.jcpp.liaison.SignedIn(userDetails);
        long hopkinsCity = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        String username = "hopkins-coord-" + UUID.randomUUID().toString().substring(0, 6);
        signedIn.as(
                "demo-admin",
                () -> accountService.create(
                        new org.jcpp.liaison.accounts.AccountData(
                                null,
                                0,
                                username,
                                "Hopkins Coordinator",
                                org.jcpp.liaison.accounts.Role.COORDINATOR,
                                false,
                                java.util.Set.of(hopkinsCity)),
                        "a fine long password"));
        String parkAccount = "BP-" + UUID.randomUUID().toString().substring(0, 6);
        var park = signedIn.as(
                "demo-coordinator",
                () -> service.saveAccount(new InterpreterAccountData(
                        null, 0, "LanguageLine", parkAccount, department("Brooklyn Park Police Department"))));

        signedIn.as(username, () -> {
            assertThat(service.accounts(Pageable.ofSize(500))).doesNotContain(park);
            // remapping Brooklyn Park's account to Hopkins, or removing it, is refused as "not found"
            assertThatThrownBy(() -> service.saveAccount(new InterpreterAccountData(
                            park.id(),
                            park.version(),
                            "LanguageLine",
                            parkAccount,
                            department("Hopkins Police Department"))))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> service.deleteAccount(park.id(), park.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            return null;
        });
        assertThat(signedIn.as("demo-coordinator", () -> service.accounts(Pageable.ofSize(500))))
                .contains(park);
    }
}
