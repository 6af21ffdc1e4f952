package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.referencedata.LanguageNames;
import org.jcpp.liaison.referencedata.NoticeTextData;
import org.jcpp.liaison.referencedata.NoticeTextRow;
import org.jspecify.annotations.Nullable;

/**
 * One language's text of a notice version: the language (chosen once), the words, the translator and the native
 * speaker's review; the text's id and version and its notice version are carried.
 */
class NoticeTextForm extends RecordForm<NoticeTextData, FormLayout> {

    final ComboBox<String> language = new ComboBox<>();
    final TextArea text = new TextArea();
    final TextField translatedBy = new TextField();
    final TextField reviewedBy = new TextField();
    final DateField reviewedOn = new DateField();

    /**
     * @param languages the codes a new text may have (the list's languages the version has no text in); for a stored
     *     text, its own
     */
    NoticeTextForm(
            long noticeVersionId,
            @Nullable NoticeTextRow stored,
            List<String> languages,
            Function<String, String> languageName,
            Clock clock) {
        super(NoticeTextData.class);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        language.setLabel(getTranslation("notices.language"));
        language.setItems(languages);
        language.setItemLabelGenerator(code -> languageName.apply(code) + " (" + code + ")");
        language.setReadOnly(stored != null);
        required(language, "languageCode");
        text.setLabel(getTranslation("notices.text"));
        text.setHelperText(getTranslation("notices.text.help"));
        text.setMaxLength(NoticeTextData.TEXT_MAX);
        text.setMinHeight("12rem");
        binder.forField(text)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", NoticeTextData.TEXT_MAX), 0, NoticeTextData.TEXT_MAX))
                .bind("text");
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.getElement().setAttribute("lang", LanguageNames.tag(e.getValue()));
            }
        });
        translatedBy.setLabel(getTranslation("notices.translated-by"));
        translatedBy.setHelperText(getTranslation("notices.translated-by.help"));
        translatedBy.setMaxLength(NoticeTextData.NAME_MAX);
        binder.forField(translatedBy)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", NoticeTextData.NAME_MAX), 0, NoticeTextData.NAME_MAX))
                .bind("translatedBy");
        reviewedBy.setLabel(getTranslation("notices.reviewed-by"));
        reviewedBy.setHelperText(getTranslation("notices.reviewed-by.help"));
        reviewedBy.setMaxLength(NoticeTextData.NAME_MAX);
        binder.forField(reviewedBy)
                .withNullRepresentation("")
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", NoticeTextData.NAME_MAX), 0, NoticeTextData.NAME_MAX))
                .bind("reviewedBy");
        reviewedOn.setLabel(getTranslation("notices.reviewed-on"));
        var window = PastWindow.asOf(clock);
        reviewedOn.setMin(window.earliest());
        reviewedOn.setMax(window.today(), getTranslation("translation-review.day.future"));
        binder.forField(reviewedOn).bind("reviewedOn");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("id");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("version");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("noticeVersionId");
        getContent().add(language, text, translatedBy, reviewedBy, reviewedOn);
        binder.readRecord(
                stored == null
                        ? new NoticeTextData(null, 0, noticeVersionId, "", "", "", null, null)
                        : new NoticeTextData(
                                stored.id(),
                                stored.version(),
                                stored.noticeVersionId(),
                                stored.languageCode(),
                                stored.text(),
                                stored.translatedBy(),
                                stored.reviewedBy(),
                                stored.reviewedOn()));
    }
}
