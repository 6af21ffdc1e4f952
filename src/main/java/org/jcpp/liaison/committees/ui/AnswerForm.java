package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.committees.CommitteeLimits;
import org.jcpp.liaison.committees.RecommendationAnswer;
import org.jcpp.liaison.committees.RecommendationStatus;

/**
 * What the department did with a recommendation, bound to a {@link RecommendationAnswer}: the status it moves to (its
 * current one and the steps that may follow; a liaison is offered only review steps, the answer is a coordinator's)
 * and the response in words, required for a partial acceptance, a decline (its reasons) and done.
 */
class AnswerForm extends RecordForm<RecommendationAnswer, FormLayout> {

    final Select<RecommendationStatus> status = new Select<>();
    final TextArea response = new TextArea();

    AnswerForm() {
        super(RecommendationAnswer.class);
        status.setLabel(getTranslation("committees.status"));
        status.setItemLabelGenerator(s -> s == null ? "" : Formats.enumLabel(this, s));
        required(status, "status");
        response.setLabel(getTranslation("committees.response"));
        response.setHelperText(getTranslation("committees.response.help"));
        response.setValueChangeMode(ValueChangeMode.EAGER);
        response.setMinHeight("6em");
        binder.forField(response)
                .withValidator(
                        text -> status.getValue() == null || !status.getValue().needsResponse() || !text.isBlank(),
                        getTranslation("committees.response.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.text.too-long"), 0, CommitteeLimits.TEXT_MAX))
                .bind("response");
        getContent().add(status, response);
        getContent().setColspan(response, 2);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
    }

    /** Shows where the recommendation stands and offers the steps this user may take. */
    void read(RecommendationAnswer answer, boolean mayDecide) {
        RecommendationStatus now = answer.status();
        var offered = new ArrayList<RecommendationStatus>(List.of(now));
        for (RecommendationStatus next : RecommendationStatus.values()) {
            boolean allowed = now.next().contains(next) && (mayDecide || (!next.isAnswer() && !now.isAnswer()));
            if (allowed) {
                offered.add(next);
            }
        }
        status.setItems(offered);
        binder.readRecord(answer);
        status.setHelperText(mayDecide ? null : getTranslation("committees.status.coordinator-help"));
        // the department's answer in words is a coordinator's, once it has answered
        response.setReadOnly(!mayDecide && now.isAnswer());
    }
}
