package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.surveys.OwnQuestion;
import org.jcpp.liaison.surveys.SurveyLanguage;
import org.jcpp.liaison.surveys.SurveyLimits;
import org.jcpp.liaison.surveys.SurveyScale;

/**
 * A survey's own questions, up to {@link SurveyLimits#OWN_QUESTIONS_MAX}: for each, how it is answered and its words in
 * each language the survey is offered in (the others hidden). A question with no words at all is not asked; its
 * value is the questions with words, so a draft keeps each one whole.
 */
class OwnQuestionsField extends CustomField<List<OwnQuestion>> {

    private final List<Slot> slots = new ArrayList<>();
    /** The languages the survey is offered in: words typed in another are kept on the page, not in the survey. */
    private Set<SurveyLanguage> offered = java.util.EnumSet.allOf(SurveyLanguage.class);

    private record Slot(Select<SurveyScale> scale, Map<SurveyLanguage, TextField> words) {

        boolean asked(Set<SurveyLanguage> offered) {
            return offered.stream().anyMatch(language -> !text(language).isBlank());
        }

        OwnQuestion question(Set<SurveyLanguage> offered) {
            return new OwnQuestion(
                    scale.getValue() == null ? SurveyScale.AGREE_5 : scale.getValue(),
                    offered.contains(SurveyLanguage.EN) ? text(SurveyLanguage.EN) : "",
                    offered.contains(SurveyLanguage.ES) ? text(SurveyLanguage.ES) : "",
                    offered.contains(SurveyLanguage.SO) ? text(SurveyLanguage.SO) : "");
        }

        private String text(SurveyLanguage language) {
            return java.util.Objects.requireNonNull(words.get(language)).getValue();
        }
    }

    OwnQuestionsField() {
        super(List.of());
        setLabel(getTranslation("survey.own"));
        setHelperText(getTranslation("survey.own.help"));
        addClassName("own-questions");
        var content = new Div();
        content.addClassName("own-questions-slots");
        for (int i = 1; i <= SurveyLimits.OWN_QUESTIONS_MAX; i++) {
            var scale = new Select<SurveyScale>();
            scale.setLabel(getTranslation("survey.own.scale", i));
            scale.setItems(SurveyScale.values());
            scale.setItemLabelGenerator(s -> getTranslation("survey.scale." + s.name()));
            scale.setValue(SurveyScale.AGREE_5);
            scale.addValueChangeListener(e -> updateValue());
            var words = new EnumMap<SurveyLanguage, TextField>(SurveyLanguage.class);
            var slot = new Div(scale);
            slot.addClassName("own-question");
            for (SurveyLanguage language : SurveyLanguage.values()) {
                var text = new TextField(
                        getTranslation("survey.own.words", i, getTranslation("survey.language." + language.tag())));
                text.setMaxLength(SurveyLimits.QUESTION_TEXT_MAX);
                text.setWidthFull();
                text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
                text.addValueChangeListener(e -> updateValue());
                words.put(language, text);
                slot.add(text);
            }
            slots.add(new Slot(scale, words));
            content.add(slot);
        }
        add(content);
    }

    /** Shows the words of the languages the survey is offered in only (what was typed in another stays). */
    void offer(Set<SurveyLanguage> languages) {
        offered = languages.isEmpty()
                ? java.util.EnumSet.noneOf(SurveyLanguage.class)
                : java.util.EnumSet.copyOf(languages);
        updateValue();
        for (Slot slot : slots) {
            slot.words().forEach((language, field) -> field.setVisible(languages.contains(language)));
        }
    }

    @Override
    protected List<OwnQuestion> generateModelValue() {
        return slots.stream()
                .filter(slot -> slot.asked(offered))
                .map(slot -> slot.question(offered))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<OwnQuestion> questions) {
        for (int i = 0; i < slots.size(); i++) {
            var slot = slots.get(i);
            var question = i < questions.size() ? questions.get(i) : null;
            slot.scale().setValue(question == null ? SurveyScale.AGREE_5 : question.scale());
            for (SurveyLanguage language : SurveyLanguage.values()) {
                java.util.Objects.requireNonNull(slot.words().get(language))
                        .setValue(question == null ? "" : question.text(language));
            }
        }
    }

    @Override
    public List<OwnQuestion> getEmptyValue() {
        return List.of();
    }
}
