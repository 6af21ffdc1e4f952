package org.jcpp.liaison.datapractices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A resident's request in the admin's page: find, read the file, erase after a confirmation that says what goes. */
class ResidentRequestsViewIT extends ViewTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long brooklynPark;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
    }

    @Test
    @WithUserDetails("demo-admin")
    void the_file_found_by_name_shows_what_is_held_in_words() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        brooklynPark,
                        "Met at the library",
                        SampleContacts.need(
                                NeedCategory.LEGAL_HELP,
                                "tenant lawyer",
                                LocalDate.now(),
                                new PersonData("Hodan Ali " + marker, null, "612-555-0199", null, "eng", null)))));
        var view = navigate(ResidentRequestsView.class);
        test(view.name).setValue(marker);
        assertThat(test(view.matches).getCellText(0, 2)).isEqualTo("Brooklyn Park");
        test(view.matches).clickRow(0);

        assertThat(view.file.getElement().getTextRecursively())
                .contains("Hodan Ali " + marker)
                .contains("612-555-0199")
                .contains("Legal help")
                .contains("Brooklyn Park")
                .doesNotContain("LEGAL_HELP");
    }

    @Test
    @WithUserDetails("demo-admin")
    void the_erase_confirmation_says_what_goes_and_what_stays_and_can_remove_the_contact_summary_too() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String summary = "Met Rosa Quispe " + marker + " at the laundromat";
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        brooklynPark,
                        summary,
                        SampleContacts.need(
                                NeedCategory.HOUSING,
                                "repair for Rosa",
                                LocalDate.now(),
                                new PersonData("Rosa Quispe " + marker, null, "612-555-0102", null, "eng", null)))));
        var view = navigate(ResidentRequestsView.class);
        test(view.name).setValue(marker);
        test(view.matches).clickRow(0);
        test(find(Button.class).withText("Erase this person").single()).click();

        var dialog = find(ConfirmDialog.class).single();
        String said = dialog.getElement().getTextRecursively();
        assertThat(said)
                .contains("Removed: the name, preferred language, how to reach them, the address")
                .contains("replaced by [removed at the resident’s request]")
                .contains("Stays:")
                .contains(summary); // the summary it would keep is shown, not hidden
        var removeSummary = find(Checkbox.class)
                .withCondition(c -> c.getLabel().contains("summary"))
                .single();
        test(removeSummary).click();
        test(dialog).confirm();

        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> contacts.count(new ContactFilter(null, null, null, null, null, null, null, marker))))
                .isZero();
    }
}
