package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.Clock;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.referencedata.TranslationReviewData;
import org.jcpp.liaison.referencedata.TranslationReviewRow;

/** Who reviewed a translation as a native speaker, on which day, and a note; the language and version are carried. */
class TranslationReviewForm extends RecordForm<TranslationReviewData, FormLayout> {

    final TextField reviewedBy = new TextField();
    final DateField reviewedOn = new DateField();
    final TextArea note = new TextArea();

    TranslationReviewForm(TranslationReviewRow row, Clock clock) {
        super(TranslationReviewData.class);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        reviewedBy.setLabel(getTranslation("translation-review.by"));
        reviewedBy.setHelperText(getTranslation("translation-review.by.help"));
        reviewedBy.setMaxLength(100);
        binder.forField(reviewedBy)
                .withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long-n", 100), 0, 100))
                .bind("reviewedBy");
        reviewedOn.setLabel(getTranslation("translation-review.on"));
        var window = PastWindow.asOf(clock);
        reviewedOn.setMin(window.earliest());
        reviewedOn.setMax(window.today(), getTranslation("translation-review.day.future"));
        binder.forField(reviewedOn).bind("reviewedOn");
        note.setLabel(getTranslation("translation-review.note"));
        note.setMaxLength(500);
        binder.forField(note).withNullRepresentation("").bind("note");
        binder.forField(new ReadOnlyHasValue<String>(v -> {})).bind("languageTag");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("version");
        getContent().add(reviewedBy, reviewedOn, note);
        binder.readRecord(new TranslationReviewData(
                row.languageTag(), row.version(), row.reviewedBy(), row.reviewedOn(), row.note()));
    }
}
