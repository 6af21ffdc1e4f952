package org.jcpp.liaison.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceItemData;
import org.jcpp.liaison.cities.ReferenceKind;
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

    @Test
    void an_admin_finds_who_changed_a_reference_list_and_what() {
        String name = "Tigrinya " + UUID.randomUUID().toString().substring(0, 5);
        var saved = new SignedIn(userDetails)
                .as(
                        "demo-admin",
                        () -> referenceData.save(
                                ReferenceKind.LANGUAGE, new ReferenceItemData(null, 0, name, null, null)));
        UI.getCurrent().navigate(AuditView.class, QueryParameters.fromString("type=language&record=" + saved.id()));
        var view = (AuditView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("demo-admin");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Created");
        assertThat(test(view.grid).getCellText(0, 5)).contains(name);
        assertThat(view.total.getText()).isEqualTo("1 entry");
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
