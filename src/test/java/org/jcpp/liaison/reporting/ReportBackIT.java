package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedDetails;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.NeedUpdate;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.contacts.ReferralConsent;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The advisory committee's report-back: needs raised, what was done, where they went; no personal data. */
@IntegrationTest
class ReportBackIT {

    @Autowired
    ReportingService reporting;

    @Autowired
    PdfReports reports;

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

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
    void housing_needs_raised_this_month_show_as_resolved_and_referred_with_the_partner_and_the_training_they_led_to()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long foodShelf = signedIn.idOf(referenceData, ReferenceKind.PARTNER, "La Familia Food Shelf");
        LocalDateTime at = LocalDateTime.now().minusMinutes(5);
        Period month = Period.month(YearMonth.from(at));
        var before = housing(signedIn.as("demo-coordinator", () -> reporting.reportBack(month, Set.of(park))));

        String secret = "Rent doubled for the family on 63rd Ave " + System.nanoTime();
        var contact = signedIn.as(
                "demo-liaison",
                () -> contacts.log(new ContactData(
                        at,
                        park,
                        null,
                        ContactKind.COMMUNITY_MEETING,
                        PlaceType.COMMUNITY_CENTER,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        25,
                        org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                        null,
                        "",
                        List.of(
                                SampleContacts.need(NeedCategory.HOUSING, secret, LocalDate.now(), null),
                                SampleContacts.need(NeedCategory.HOUSING, secret, LocalDate.now(), null)),
                        null)));
        long first = contact.needs().get(0).id();
        long second = contact.needs().get(1).id();
        signedIn.as("demo-liaison", () -> {
            NeedDetails need = needs.get(first);
            return needs.update(
                    SampleContacts.step(need, NeedStatus.RESOLVED, "Landlord agreed a payment plan: " + secret));
        });
        signedIn.as("demo-liaison", () -> {
            NeedDetails need = needs.get(second);
            return needs.update(new NeedUpdate(
                    second,
                    need.version(),
                    NeedStatus.REFERRED,
                    need.ownerId(),
                    LocalDate.now().plusDays(14),
                    foodShelf,
                    ReferralConsent.ANONYMOUS,
                    "",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
        });
        String title = "Tenants' rights when officers are called " + System.nanoTime();
        signedIn.as(
                "demo-liaison",
                () -> topics.propose(new TopicData(
                        title, "What officers can and cannot do", "Point", TrainingAudience.PATROL, "", first, false)));

        var back = signedIn.as("demo-coordinator", () -> reporting.reportBack(month, Set.of(park)));
        var after = housing(back);
        assertThat(after.raised()).isEqualTo(before.raised() + 2);
        assertThat(after.resolved()).isEqualTo(before.resolved() + 1);
        assertThat(after.referred()).isEqualTo(before.referred() + 1);
        assertThat(after.beingWorkedOn()).isEqualTo(before.beingWorkedOn());
        assertThat(after.beingWorkedOn() + after.referred() + after.resolved() + after.closedWithoutAction())
                .isEqualTo(after.raised());
        assertThat(after.referrals().get(foodShelf))
                .isEqualTo(before.referrals().getOrDefault(foodShelf, 0) + 1);
        assertThat(back.topics()).extracting(ReportBack.TopicLine::title).contains(title);

        byte[] pdf = signedIn.as(
                "demo-coordinator",
                () -> reports.reportBack(
                        month, Set.of(park), key -> i18n.getTranslation(key, Locale.ENGLISH), Locale.ENGLISH));
        String text = PdfReportsIT.text(pdf);
        assertThat(text)
                .contains("You said, we did")
                .contains("Brooklyn Park")
                .contains("Housing")
                .doesNotContain("Rent doubled")
                .doesNotContain("payment plan")
                .doesNotContain("Amina");
        // a partner that received fewer than 5 needs is not named, nor are fewer than 5 topics from needs: either
        // could point to a resident's need
        int toFoodShelf = back.categories().stream()
                .mapToInt(c -> c.referrals().getOrDefault(foodShelf, 0))
                .sum();
        if (toFoodShelf < 5) {
            assertThat(text).doesNotContain("La Familia Food Shelf").contains("fewer than 5 (not named)");
        }
        if (back.topics().size() < 5) {
            assertThat(text).doesNotContain(title.substring(0, 30)).contains("Fewer than 5 officer training topics");
        }
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/you-said-we-did-brooklyn-park.pdf"), pdf);

        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter("demo-coordinator", AuditAction.EXPORT, "report", null, null, null, null),
                        Pageable.ofSize(20)));
        assertThat(entries).anySatisfy(entry -> assertThat(entry.detail()).startsWith("report-back PDF"));
    }

    @Test
    void a_period_without_needs_says_so_instead_of_printing_empty_tables() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long newHope = signedIn.idOf(referenceData, ReferenceKind.CITY, "New Hope");
        Period longAgo = Period.month(YearMonth.now().minusYears(9));
        var back = signedIn.as("demo-coordinator", () -> reporting.reportBack(longAgo, Set.of(newHope)));
        assertThat(back.categories()).isEmpty();
        assertThat(back.topics()).isEmpty();
        String text = PdfReportsIT.text(signedIn.as(
                "demo-coordinator",
                () -> reports.reportBack(
                        longAgo, Set.of(newHope), key -> i18n.getTranslation(key, Locale.ENGLISH), Locale.ENGLISH)));
        assertThat(text)
                .contains("New Hope")
                .contains("No needs were raised in this period.")
                .contains("No officer training was proposed from these needs yet.");
    }

    @Test
    void a_liaison_gets_no_report_back_of_a_city_outside_their_own() {
        var signedIn = new SignedIn(userDetails);
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        Period month = Period.month(YearMonth.now());
        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> reporting.reportBack(month, Set.of(hopkins))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison", () -> reports.reportBack(month, Set.of(hopkins), key -> key, Locale.ENGLISH)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static ReportBack.CategoryOutcome housing(ReportBack back) {
        return back.categories().stream()
                .filter(c -> c.category() == NeedCategory.HOUSING)
                .findFirst()
                .orElse(new ReportBack.CategoryOutcome(NeedCategory.HOUSING, 0, 0, 0, 0, 0, java.util.Map.of()));
    }
}
