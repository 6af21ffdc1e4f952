package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.committees.CommitteeLimits;
import org.jcpp.liaison.committees.MemberData;

/**
 * The fields of a committee member, bound to a {@link MemberData} record: name, whom they speak for, languages, how to
 * reach them (private), the term, and their agreement to be listed. The term's end is checked against its start as it
 * is typed.
 */
class MemberDataForm extends RecordForm<MemberData, FormLayout> {

    final TextField fullName = new TextField();
    final TextField speaksFor = new TextField();
    final MultiSelectComboBox<Long> languages = new MultiSelectComboBox<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final DateField termFrom = new DateField();
    final DateField termTo = new DateField();
    final Checkbox listed = new Checkbox();

    MemberDataForm(Map<Long, String> languageNames, Clock clock) {
        super(MemberData.class);
        text(
                fullName,
                "fullName",
                "committees.member.name",
                CommitteeLimits.NAME_MAX,
                "committees.name.too-long",
                true);
        text(
                speaksFor,
                "speaksFor",
                "committees.member.speaks-for",
                CommitteeLimits.SPEAKS_FOR_MAX,
                "committees.speaks-for.too-long",
                false);
        speaksFor.setHelperText(getTranslation("committees.member.speaks-for.help"));
        languages.setLabel(getTranslation("committees.member.languages"));
        languages.setItems(languageNames.keySet());
        languages.setItemLabelGenerator(id -> languageNames.getOrDefault(id, ""));
        MultiPicks.closeOnPick(languages);
        MultiPicks.wholeNames(languages);
        binder.forField(languages).bind("languageIds");
        text(phone, "phone", "committees.member.phone", CommitteeLimits.PHONE_MAX, "committees.phone.too-long", false);
        email.setLabel(getTranslation("committees.member.email"));
        email.setMaxLength(CommitteeLimits.EMAIL_MAX);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("committees.email.invalid"), true))
                .bind("email");
        termFrom.setLabel(getTranslation("committees.member.term-from"));
        termFrom.setValue(LocalDate.now(clock));
        termFrom.setMax(LocalDate.now(clock).plusYears(CommitteeLimits.TERM_YEARS_AHEAD));
        required(termFrom, "termFrom");
        termTo.setLabel(getTranslation("committees.member.term-to"));
        termTo.setHelperText(getTranslation("committees.member.term-to.help"));
        binder.forField(termTo)
                .withValidator(
                        to -> to == null || termFrom.getValue() == null || !to.isBefore(termFrom.getValue()),
                        getTranslation("committees.term.ends-before-start"))
                .bind("termTo");
        listed.setLabel(getTranslation("committees.member.listed"));
        binder.forField(listed).bind("listed");
        var layout = getContent();
        layout.add(fullName, speaksFor, languages, phone, email, termFrom, termTo, listed);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.setColspan(listed, 2);
    }

    private void text(
            TextField field, String component, String labelKey, int max, String tooLongKey, boolean required) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        var binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("validation.required"));
        }
        binding.withValidator(new StringLengthValidator(getTranslation(tooLongKey), 0, max))
                .bind(component);
    }

    void read(MemberData member) {
        binder.readRecord(member);
    }
}
