package org.jcpp.liaison.referencedata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.referencedata.TranslationReviews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-admin")
class InterfaceLanguagesViewIT extends ViewTest {

    @Autowired
    TranslationReviews reviews;

    @Test
    void somali_ships_as_a_draft_and_an_admin_records_who_reviewed_it_and_can_mark_it_a_draft_again() {
        var view = navigate(InterfaceLanguagesView.class);
        var grid = test(view.grid);
        int somali = row(view, "so");
        assertThat(grid.getCellText(somali, 0)).isEqualTo("Soomaali (so)");
        assertThat(grid.getCellText(somali, 1)).isEqualTo("Draft: no review by a native speaker recorded");

        test((Button) test(view.grid).getCellComponent(somali, 3)).click();
        var form = (TranslationReviewForm) find(TranslationReviewForm.class).single();
        test(form.reviewedBy).setValue("Hodan Ali");
        saveDialog();
        assertThat(find(Dialog.class).all()).hasSize(1); // the day is missing: refused at its field
        assertThat(form.reviewedOn.isInvalid()).isTrue();
        test(form.reviewedOn).setValue(LocalDate.now().minusDays(2));
        saveDialog();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(test(view.grid).getCellText(somali, 1)).startsWith("Reviewed by Hodan Ali on ");
        assertThat(reviews.list()).anySatisfy(r -> assertThat(r.reviewedBy()).isEqualTo("Hodan Ali"));

        test((Button) test(view.grid).getCellComponent(somali, 3)).click();
        form = (TranslationReviewForm) find(TranslationReviewForm.class).single();
        test(form.reviewedBy).setValue("");
        form.reviewedOn.clear();
        test(form.note).setValue("Texts of the import pages changed after the review");
        saveDialog();
        assertThat(test(view.grid).getCellText(somali, 1)).isEqualTo("Draft: no review by a native speaker recorded");
    }

    private void saveDialog() {
        test(find(Button.class).withText("Save").last()).click();
    }

    private static int row(InterfaceLanguagesView view, String tag) {
        var items = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).languageTag().equals(tag)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + tag);
    }
}
