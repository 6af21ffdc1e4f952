package org.jcpp.liaison.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored enum values read as the screens word them ("Open → Resolved"), not as stored ("OPEN"). */
@WithUserDetails("demo-admin")
class AuditEnumLabelsIT extends ViewTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_needs_status_and_category_changes_read_as_words() {
        long needId = 900_000_000L + (System.nanoTime() % 1_000_000);
        transaction.executeWithoutResult(status -> audit.changed(
                org.jcpp.liaison.base.RecordType.NEED,
                needId,
                null,
                Changes.of().field("status", "OPEN", "RESOLVED").field("category", "TRAFFIC", "HOUSING")));

        UI.getCurrent()
                .navigate(AuditView.class, QueryParameters.fromString("type=need&action=UPDATE&record=" + needId));
        var view = (AuditView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 5))
                .contains("Open → Resolved")
                .contains("Traffic → Housing")
                .doesNotContain("OPEN")
                .doesNotContain("TRAFFIC");
    }
}
