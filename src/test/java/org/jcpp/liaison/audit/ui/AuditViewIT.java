package org.jcpp.liaison.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItemData;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-admin")
class AuditViewIT extends ViewTest {

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    @Test
    void an_admin_finds_who_changed_a_reference_list_and_what() {
        String name = "Tigrinya " + UUID.randomUUID().toString().substring(0, 5);
        var saved = new SignedIn(userDetails)
                .as(
                        "demo-admin",
                        () -> referenceData.save(
                                ReferenceKind.LANGUAGE,
                                new ReferenceItemData(
                                        null,
                                        0,
                                        name,
                                        null,
                                        null,
                                        org.jcpp.liaison.referencedata.TestLanguageCodes.unused())));
        UI.getCurrent().navigate(AuditView.class, QueryParameters.fromString("type=language&record=" + saved.id()));
        var view = (AuditView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Karen Lee (demo-admin)");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Created");
        assertThat(test(view.grid).getCellText(0, 5)).contains(name);
        assertThat(view.total.getText()).isEqualTo("1 entry");
    }

    @Test
    void the_user_filter_finds_a_users_entries_by_their_name() {
        audit.signIn("demo-liaison", AuditAction.LOGIN_SUCCESS, "");
        UI.getCurrent().navigate(AuditView.class);
        var view = (AuditView) getCurrentView();
        test(view.actor).setValue("Amina");
        assertThat(test(view.grid).size()).isPositive();
        for (int row = 0; row < Math.min(5, test(view.grid).size()); row++) {
            assertThat(test(view.grid).getCellText(row, 1)).contains("Amina Hassan");
        }
    }

    @Test
    void a_change_opens_with_field_labels_and_names_instead_of_ids() {
        var cities = referenceData.allCityNames();
        long crystal = idOf(cities, "Crystal");
        long hopkins = idOf(cities, "Hopkins");
        String name = "Precinct " + UUID.randomUUID().toString().substring(0, 5);
        var signedIn = new SignedIn(userDetails);
        var saved = signedIn.as(
                "demo-admin",
                () -> referenceData.save(
                        ReferenceKind.DEPARTMENT, new ReferenceItemData(null, 0, name, null, crystal, null)));
        signedIn.as(
                "demo-admin",
                () -> referenceData.save(
                        ReferenceKind.DEPARTMENT,
                        new ReferenceItemData(saved.id(), saved.version(), name, null, hopkins, null)));

        UI.getCurrent()
                .navigate(
                        AuditView.class,
                        QueryParameters.fromString("type=department&action=UPDATE&record=" + saved.id()));
        var view = (AuditView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 5))
                .isEqualTo("Member city: Crystal → Hopkins")
                .doesNotContain("city\"");

        test(view.grid).select(0);
        var dialog = find(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        var lines = find(Div.class).from(dialog).withClassName("audit-change").all().stream()
                .map(line -> line.getElement().getTextRecursively())
                .toList();
        assertThat(lines).containsExactly("Member city: Crystal → Hopkins");
    }

    private static long idOf(Map<Long, String> names, String name) {
        return names.entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    @Test
    void the_person_address_lists_who_viewed_that_persons_data() {
        UI.getCurrent().navigate(AuditView.class, QueryParameters.fromString("person=999999"));
        var view = (AuditView) getCurrentView();
        assertThat(view.action.getValue()).isEqualTo(AuditAction.VIEW);
        assertThat(view.personId.getValue()).isEqualTo(999999);
        assertThat(test(view.grid).size()).isZero();
    }
}
