package org.jcpp.liaison.referencedata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.UUID;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.referencedata.DataUseNotices;
import org.jcpp.liaison.referencedata.NoticeTextRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's notice page. Versions started here are given from 2099 on: the one in force stays as shipped. */
@WithUserDetails("demo-admin")
class DataUseNoticesViewIT extends ViewTest {

    @Autowired
    DataUseNotices notices;

    @Test
    void the_version_in_force_shows_each_language_with_its_review_or_as_a_draft() {
        var view = navigate(DataUseNoticesView.class);
        assertThat(view.version.getValue().inForce()).isTrue();
        assertThat(view.version.getValue().code()).isEqualTo("2026-1");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(7);
        int spanish = row(view, "spa");
        int somali = row(view, "som");
        assertThat(grid.getCellComponent(spanish, 0).getElement().getTextRecursively())
                .contains("Spanish (spa)")
                .contains("Reviewed by JCPP program on");
        assertThat(grid.getCellComponent(somali, 0).getElement().getTextRecursively())
                .contains("Somali (som)")
                .contains("Draft: not reviewed");
        var somaliText = grid.getCellComponent(somali, 0)
                .getElement()
                .getChildren()
                .filter(e -> e.getClassList().contains("notice-text"))
                .findFirst()
                .orElseThrow();
        assertThat(somaliText.getAttribute("lang")).isEqualTo("so");
        assertThat(view.grid.getListDataView().getItems().map(NoticeTextRow::languageCode))
                .startsWith("eng", "mww", "orm"); // by name: English, Hmong Daw, Oromo, …
    }

    @Test
    void an_admin_starts_a_version_then_corrects_and_reviews_a_draft_and_a_review_that_no_longer_fits_is_refused() {
        var view = navigate(DataUseNoticesView.class);
        test(view.newVersion).click();
        var versionForm = find(NoticeVersionForm.class).single();
        String code = "v-" + UUID.randomUUID().toString().substring(0, 6);
        test(versionForm.code).setValue(code);
        test(versionForm.inForceFrom).setValue(LocalDate.of(2099, 6, 1));
        saveDialog();
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(view.version.getValue().code()).isEqualTo(code);
        assertThat(view.version.getValue().inForce()).isFalse();
        assertThat(view.grid.getListDataView().getItems()).hasSize(7).noneMatch(NoticeTextRow::reviewed);

        int somali = row(view, "som");
        test((Button) test(view.grid).getCellComponent(somali, 1)).click();
        var form = find(NoticeTextForm.class).single();
        assertThat(form.language.isReadOnly()).isTrue();
        test(form.text).setValue(form.text.getValue() + " Mahadsanid.");
        test(form.reviewedBy).setValue("Hodan Ali");
        saveDialog();
        assertThat(find(Dialog.class).all()).hasSize(1); // the review day is missing: refused at its field
        assertThat(form.reviewedOn.isInvalid()).isTrue();
        test(form.reviewedOn).setValue(LocalDate.now().minusDays(1));
        saveDialog();
        assertThat(find(Dialog.class).all()).isEmpty();
        somali = row(view, "som");
        assertThat(test(view.grid).getCellComponent(somali, 0).getElement().getTextRecursively())
                .contains("Reviewed by Hodan Ali on");

        // the words change again under the same review: refused next to the review day, the typed words kept
        test((Button) test(view.grid).getCellComponent(somali, 1)).click();
        form = find(NoticeTextForm.class).single();
        test(form.text).setValue("Qoraal cusub oo aan dib loo eegin.");
        saveDialog();
        assertThat(form.reviewedOn.isInvalid()).isTrue();
        assertThat(form.reviewedOn.getErrorMessage()).startsWith("The words changed since this review");
        assertThat(form.text.getValue()).isEqualTo("Qoraal cusub oo aan dib loo eegin.");

        var inForce = notices.inForce();
        assertThat(inForce.code()).isEqualTo("2026-1");
        assertThat(inForce.text("som").orElseThrow().reviewed()).isFalse();
    }

    @Test
    void a_version_name_with_a_space_or_a_day_already_come_is_marked_at_its_field_and_nothing_is_started() {
        var view = navigate(DataUseNoticesView.class);
        int before = notices.versions().size();
        test(view.newVersion).click();
        var form = find(NoticeVersionForm.class).single();
        test(form.code).setValue("2027 1");
        test(form.inForceFrom).setValue(LocalDate.of(2099, 1, 1));
        saveDialog();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).startsWith("Letters, digits, dots and dashes only");
        test(form.code).setValue("t-" + UUID.randomUUID().toString().substring(0, 6));
        form.inForceFrom.setValue(LocalDate.now()); // today: a version is given from tomorrow at the earliest
        saveDialog();
        assertThat(find(Dialog.class).all()).hasSize(1);
        assertThat(form.inForceFrom.isInvalid()).isTrue();
        assertThat(form.code.getValue()).startsWith("t-"); // the typed name is kept
        assertThat(notices.versions()).hasSize(before);
    }

    private void saveDialog() {
        test(find(Button.class).withText("Save").last()).click();
    }

    private static int row(DataUseNoticesView view, String code) {
        var items = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).languageCode().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
