package org.jcpp.liaison.datapractices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-admin")
class RetentionViewIT extends ViewTest {

    @Test
    void an_admin_reads_the_rules_and_the_dry_run_then_runs_retention_after_confirming() {
        var view = navigate(RetentionView.class);
        assertThat(view.rules.getText()).startsWith("A named person is erased 3 years after");
        assertThat(view.due.getText()).contains("due for erasure");
        test(view.run).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(notices()).anyMatch(text -> text.startsWith("Retention run:"));
        assertThat(view.due.getText()).startsWith("No named person is due for erasure");
        assertThat(test(view.log).size()).isPositive();
    }

    @Test
    void the_dry_run_writes_its_date_as_every_other_page_does() {
        var view = navigate(RetentionView.class);
        assertThat(view.due.getText())
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .containsPattern("from before [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\.$");
    }
}
