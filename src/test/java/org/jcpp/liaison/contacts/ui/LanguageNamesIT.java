package org.jcpp.liaison.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The languages offered in the user's language: by code from the JDK, else from the app's translations. */
class LanguageNamesIT extends ViewTest {

    @Test
    @WithUserDetails("demo-liaison")
    void in_spanish_the_contact_forms_languages_are_spanish_names() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        var form = navigate(ContactFormView.class);
        assertThat(offered(form))
                .contains("Somalí", "Árabe", "Inglés", "Español", "Quiché", "Karen sgaw", "Hmong verde (hmong njua)")
                .doesNotContain("Somali");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void in_english_the_names_stay_as_stored() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-US"));
        var form = navigate(ContactFormView.class);
        assertThat(offered(form)).contains("Somali", "Arabic", "Liberian English", "S'gaw Karen", "K'iche'");
    }

    private static List<String> offered(ContactFormView form) {
        return form.form
                .languages
                .getListDataView()
                .getItems()
                .map(form.form.languages.getItemLabelGenerator())
                .toList();
    }
}
