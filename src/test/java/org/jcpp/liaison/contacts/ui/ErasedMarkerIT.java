package org.jcpp.liaison.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The text stored in place of an erased person's need reads in the user's language. */
class ErasedMarkerIT extends ViewTest {

    @Test
    @WithUserDetails("demo-liaison")
    void in_spanish_an_erased_text_says_so_in_spanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        assertThat(ContactListView.excerpt(RemovedTexts.ERASED)).isEqualTo("[eliminado a petición del residente]");
        assertThat(ContactListView.excerpt(RemovedTexts.REMOVED))
                .isEqualTo("[eliminado tras el plazo de conservación]");
        assertThat(ContactListView.excerpt("Needs a ride")).isEqualTo("Needs a ride");
    }
}
