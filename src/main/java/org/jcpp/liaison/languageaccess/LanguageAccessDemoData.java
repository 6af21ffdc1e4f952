package org.jcpp.liaison.languageaccess;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.languageaccess.domain.InterpreterAccount;
import org.jcpp.liaison.languageaccess.domain.InterpreterAccountRepository;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo interpreter-line use: the vendor accounts of the Brooklyn Park and Brooklyn Center police departments, and two
 * years of their monthly usage by language up to last month. A year ago a round of language-line briefings went
 * through every shift of both (the roll-call demo data); the calls climb after it, with a summer swing in both years,
 * so the before/after comparison and its caveats have something to show.
 */
@Component
@Order(60)
class LanguageAccessDemoData implements ApplicationRunner {

    static final String VENDOR = "LanguageLine Solutions";

    /** Each language's share of a month's calls, in per cent, and its minutes per call. */
    private record Share(String code, int percent, int minutesPerCall) {}

    private static final List<Share> SHARES = List.of(
            new Share("spa", 46, 9),
            new Share("som", 24, 11),
            new Share("mww", 8, 10),
            new Share("ksw", 6, 12),
            new Share("orm", 5, 11),
            new Share("vie", 5, 8),
            new Share("mam", 3, 14),
            new Share("quc", 3, 14));

    private static final BigDecimal RATE = new BigDecimal("1.45"); // dollars a minute

    private final DemoData demoData;
    private final InterpreterAccountRepository accounts;
    private final ReferenceDataService referenceData;
    private final JdbcClient jdbc;

    LanguageAccessDemoData(
            DemoData demoData,
            InterpreterAccountRepository accounts,
            ReferenceDataService referenceData,
            JdbcClient jdbc) {
        this.demoData = demoData;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> accounts.count() > 0, this::load);
    }

    private void load() {
        Map<Long, String> cityNames = referenceData.allCityNames();
        Map<String, Long> languages = new java.util.HashMap<>();
        referenceData.languages().forEach(l -> {
            if (l.code() != null) {
                languages.put(l.code(), l.id());
            }
        });
        YearMonth round = YearMonth.now().minusMonths(12);
        int d = 0;
        for (String city : List.of("Brooklyn Park", "Brooklyn Center")) {
            DepartmentRef department = referenceData.departments().stream()
                    .filter(x -> city.equals(cityNames.get(x.cityId())))
                    .findFirst()
                    .orElse(null);
            if (department == null) {
                continue;
            }
            var account = new InterpreterAccount();
            account.map(VENDOR, (d == 0 ? "BPPD-7731" : "BCPD-4410"), department.id());
            accounts.save(account);
            int base = d == 0 ? 38 : 22;
            for (int back = 24; back >= 1; back--) {
                YearMonth month = YearMonth.now().minusMonths(back);
                int summer = month.getMonthValue() >= 6 && month.getMonthValue() <= 8 ? 6 : 0;
                int after = month.isAfter(round) ? base * 35 / 100 : 0;
                int wobble = (month.getMonthValue() * 7 + d * 3) % 5 - 2;
                int calls = base + summer + after + wobble;
                insert(department.id(), month, calls, languages);
            }
            d++;
        }
    }

    private void insert(long departmentId, YearMonth month, int calls, Map<String, Long> languages) {
        int left = calls;
        for (int i = 0; i < SHARES.size(); i++) {
            Share share = SHARES.get(i);
            Long language = languages.get(share.code());
            if (language == null) {
                continue;
            }
            int these = i == SHARES.size() - 1 ? left : Math.min(left, Math.round(calls * share.percent() / 100f));
            left -= these;
            if (these <= 0) {
                continue;
            }
            BigDecimal minutes = BigDecimal.valueOf((long) these * share.minutesPerCall() + (these % 3) * 0.5);
            jdbc.sql("""
                            INSERT INTO language_line_month (department_id, month, language_id, calls, minutes, cost)
                            VALUES (:department, :month, :language, :calls, :minutes, :cost)
                            """)
                    .param("department", departmentId)
                    .param("month", Date.valueOf(month.atDay(1)))
                    .param("language", language)
                    .param("calls", these)
                    .param("minutes", minutes)
                    .param("cost", minutes.multiply(RATE).setScale(2, java.math.RoundingMode.HALF_UP))
                    .update();
        }
    }
}
