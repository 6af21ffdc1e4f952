package org.jcpp.liaison.referencedata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItemData;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.referencedata.TestLanguageCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-admin")
class ReferenceViewIT extends ViewTest {

    @Autowired
    ReferenceDataService service;

    @Test
    void the_member_cities_list_shows_the_seeded_cities_sorted_by_name() {
        var view = navigate(CitiesView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(9);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Bloomington");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Active");
    }

    @Test
    void an_empty_or_over_long_name_is_marked_at_the_field_and_the_dialog_keeps_what_was_typed() {
        navigate(LanguagesView.class);
        test(find(Button.class).withText("Add language").single()).click();
        var dialog = (ReferenceItemDialog) find(Dialog.class).single();

        test(dialog.save).click();
        assertThat(errorOf(dialog.form.name)).isEqualTo("Please fill in this field");
        assertThat(dialog.isOpened()).isTrue();

        String tooLong = "x".repeat(101);
        test(dialog.form.name).setValue(tooLong);
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.name)).isEqualTo("At most 100 characters, please");
        assertThat(dialog.form.name.getValue()).isEqualTo(tooLong);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.list(ReferenceKind.LANGUAGE, "xxxxxxxxxx", Pageable.ofSize(1))
                        .getTotalElements())
                .isZero();
    }

    @Test
    void a_languages_code_is_checked_at_its_field_and_stored_in_lower_case() {
        String name = "Dinka " + UUID.randomUUID().toString().substring(0, 5);
        var view = navigate(LanguagesView.class);
        test(find(Button.class).withText("Add language").single()).click();
        var dialog = (ReferenceItemDialog) find(Dialog.class).single();
        test(dialog.form.name).setValue(name);

        test(dialog.save).click();
        assertThat(errorOf(dialog.form.code)).isEqualTo("Please fill in this field");
        test(dialog.form.code).setValue("so1");
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.code)).isEqualTo("Three letters a to z: the language's ISO 639-3 code");
        test(dialog.form.code).setValue("SOM");
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.code)).isEqualTo("Another language already has this code");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.name.getValue()).isEqualTo(name);

        String code = TestLanguageCodes.unused();
        test(dialog.form.code).setValue(code.toUpperCase(java.util.Locale.ROOT));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        test(find(TextField.class).withLabel("Search by name").single()).setValue(name);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(name);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(code);
    }

    @Test
    void the_languages_list_shows_each_code_and_the_names_other_readers_see() {
        var view = navigate(LanguagesView.class);
        test(find(TextField.class).withLabel("Search by name").single()).setValue("Somali");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("som");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Somalí · Soomaali");
        test(find(TextField.class).withLabel("Search by name").single()).setValue("Green Hmong");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("hnj");
        assertThat(test(view.grid).getCellText(0, 2))
                .isEqualTo("Hmong verde (hmong njua) · Hmong Cagaar (Hmong Njua)"); // the app's translations
    }

    @Test
    void an_admin_adds_a_community_group_and_finds_it_in_the_list() {
        String name = "Nepali Bhutanese " + UUID.randomUUID().toString().substring(0, 5);
        var view = navigate(CommunityGroupsView.class);
        test(find(Button.class).withText("Add community group").single()).click();
        var dialog = (ReferenceItemDialog) find(Dialog.class).single();
        test(dialog.form.name).setValue(name);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notices()).contains("Saved: " + name);
        test(find(TextField.class).withLabel("Search by name").single()).setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(name);
    }

    @Test
    void a_duplicate_name_is_refused_at_the_field() {
        navigate(CitiesView.class);
        test(find(Button.class).withText("Add member city").single()).click();
        var dialog = (ReferenceItemDialog) find(Dialog.class).single();
        test(dialog.form.name).setValue("hopkins");
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.name)).isEqualTo("This name is already used. Choose another one.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_save_over_someone_elses_change_is_refused_and_keeps_the_typed_name() {
        String name = "Dinka " + UUID.randomUUID().toString().substring(0, 5);
        var saved = service.save(
                ReferenceKind.LANGUAGE, new ReferenceItemData(null, 0, name, null, null, TestLanguageCodes.unused()));
        var view = navigate(LanguagesView.class);
        test(find(TextField.class).withLabel("Search by name").single()).setValue(name);
        test(view.grid).doubleClickRow(0);
        var dialog = (ReferenceItemDialog) find(Dialog.class).single();

        service.save(
                ReferenceKind.LANGUAGE,
                new ReferenceItemData(saved.id(), saved.version(), name + " (other admin)", null, null, saved.code()));
        test(dialog.form.name).setValue(name + " (mine)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.name.getValue()).isEqualTo(name + " (mine)");
        assertThat(notices()).anyMatch(text -> text.startsWith("Someone else changed this record"));
        assertThat(service.list(ReferenceKind.LANGUAGE, name, Pageable.ofSize(5))
                        .getContent()
                        .getFirst()
                        .name())
                .isEqualTo(name + " (other admin)");
    }

    @Test
    void a_departments_dialog_lists_its_shifts() {
        var view = navigate(DepartmentsView.class);
        test(view.grid).doubleClickRow(0);
        var shiftNames = find(TextField.class).withLabel("Shift").all().stream()
                .map(TextField::getValue)
                .toList();
        assertThat(shiftNames).containsSubsequence("Day", "Middle", "Night");
        assertThat(find(TextField.class).withLabel("New shift").exists()).isTrue();
    }

    @Test
    void a_new_department_asks_for_its_city_and_a_renamed_one_keeps_it() {
        String name = "Edina Police Department " + UUID.randomUUID().toString().substring(0, 5);
        var view = navigate(DepartmentsView.class);
        test(find(Button.class).withText("Add police department").single()).click();
        var dialog = (ReferenceItemDialog) find(Dialog.class).single();
        test(dialog.form.name).setValue(name);
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.city)).isEqualTo("Please fill in this field");
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.form.city).selectItem("Hopkins");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();

        test(find(TextField.class).withLabel("Search by name").single()).setValue(name);
        test(view.grid).doubleClickRow(0);
        var edit = (ReferenceItemDialog) find(Dialog.class).single();
        assertThat(edit.form.city.getValue().name()).isEqualTo("Hopkins");
        test(edit.form.name).setValue(name + " (renamed)");
        test(edit.save).click();
        assertThat(edit.isOpened()).isFalse();
        var stored =
                service.list(ReferenceKind.DEPARTMENT, name, Pageable.ofSize(5)).getContent();
        assertThat(stored).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo(name + " (renamed)");
            assertThat(item.cityName()).isEqualTo("Hopkins");
        });
    }
}
