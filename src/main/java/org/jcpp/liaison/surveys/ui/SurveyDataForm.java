package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.surveys.SurveyData;
import org.jcpp.liaison.surveys.SurveyItem;
import org.jcpp.liaison.surveys.SurveyLanguage;
import org.jcpp.liaison.surveys.SurveyLimits;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a new survey, bound to a {@link SurveyData} record: city, title, the days it takes answers, its
 * languages, the standard items it asks and its own questions. The event or series it follows comes from the page it
 * was started from and is not chosen here; the question about an event is offered only then.
 */
class SurveyDataForm extends RecordForm<SurveyData, FormLayout> {

    final ComboBox<Long> city = new ComboBox<>();
    final TextField title = new TextField();
    final DateField opensOn = new DateField();
    final DateField closesOn = new DateField();
    final CheckboxGroup<SurveyLanguage> languages = new CheckboxGroup<>();
    final CheckboxGroup<SurveyItem> items = new CheckboxGroup<>();
    final OwnQuestionsField ownQuestions = new OwnQuestionsField();

    /** The event or series followed: set by the page the form was opened from, never typed. */
    private final ReadOnlyHasValue<@Nullable Long> event = new ReadOnlyHasValue<>(v -> {});

    private final ReadOnlyHasValue<@Nullable Long> series = new ReadOnlyHasValue<>(v -> {});

    SurveyDataForm(Map<Long, String> cities, Clock clock) {
        super(SurveyData.class);
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(id -> cities.getOrDefault(id, ""));
        required(city, "cityId");
        chooseIfOnlyOne(city);
        title.setLabel(getTranslation("survey.form.title"));
        title.setPlaceholder(getTranslation("survey.form.title.placeholder"));
        title.setHelperText(getTranslation("survey.form.title.help"));
        title.setMaxLength(SurveyLimits.TITLE_MAX);
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        new StringLengthValidator(getTranslation("validation.too-long"), 0, SurveyLimits.TITLE_MAX))
                .bind("title");
        opensOn.setLabel(getTranslation("survey.form.opens"));
        opensOn.setValue(LocalDate.now(clock));
        required(opensOn, "opensOn");
        closesOn.setLabel(getTranslation("survey.form.closes"));
        closesOn.setHelperText(getTranslation("survey.form.closes.help"));
        binder.forField(closesOn)
                .withValidator(
                        last -> last == null || opensOn.getValue() == null || !last.isBefore(opensOn.getValue()),
                        getTranslation("survey.closes.before-opens"))
                .bind("closesOn");
        opensOn.addValueChangeListener(e -> {
            closesOn.setMin(e.getValue());
            if (closesOn.getValue() != null) {
                binder.validate();
            }
        });
        languages.setLabel(getTranslation("survey.languages"));
        languages.setHelperText(getTranslation("survey.form.languages.help"));
        languages.setItems(SurveyLanguage.values());
        languages.setItemLabelGenerator(l -> getTranslation("survey.language." + l.tag()));
        languages.setValue(EnumSet.allOf(SurveyLanguage.class));
        binder.forField(languages)
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("survey.languages.required"))
                .bind("languages");
        languages.addValueChangeListener(e -> ownQuestions.offer(e.getValue()));
        items.setLabel(getTranslation("survey.form.items"));
        items.setHelperText(getTranslation("survey.form.items.help"));
        items.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        items.setItemLabelGenerator(item -> getTranslation("survey.item." + item.name()) + " ("
                + getTranslation("survey.scale." + item.scale().name()) + ")");
        offerItems(false);
        binder.forField(items)
                .withConverter(Converter.<Set<SurveyItem>, List<SurveyItem>>from(
                        chosen -> com.vaadin.flow.data.binder.Result.ok(Arrays.stream(SurveyItem.values())
                                .filter(chosen::contains)
                                .toList()),
                        list -> new LinkedHashSet<>(list)))
                .bind("items");
        binder.forField(ownQuestions).bind("ownQuestions");
        binder.forField(event).bind("eventId");
        binder.forField(series).bind("seriesId");
        ownQuestions.offer(languages.getValue());
        getContent().add(city, title, opensOn, closesOn, languages, items, ownQuestions);
        getContent().setColspan(title, 2);
        getContent().setColspan(items, 2);
        getContent().setColspan(ownQuestions, 2);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
    }

    /**
     * A survey that follows an event or a series: its city is theirs, the question about the event is offered (and
     * chosen), the title and days are suggested.
     */
    void follow(@Nullable Long eventId, @Nullable Long seriesId, long cityId, String suggestedTitle, LocalDate day) {
        event.setValue(eventId);
        series.setValue(seriesId);
        if (!city.getListDataView().contains(cityId)) {
            city.setItems(List.of(cityId));
        }
        city.setValue(cityId);
        city.setReadOnly(true);
        title.setValue(
                suggestedTitle.length() > SurveyLimits.TITLE_MAX
                        ? suggestedTitle.substring(0, SurveyLimits.TITLE_MAX)
                        : suggestedTitle);
        opensOn.setValue(day);
        closesOn.setValue(day.plusDays(SurveyDefaults.DAYS_AFTER_EVENT));
        offerItems(true);
    }

    private void offerItems(boolean followsEvent) {
        var offered = Arrays.stream(SurveyItem.values())
                .filter(item -> followsEvent || item != SurveyItem.EVENT_EXPERIENCE)
                .toList();
        items.setItems(offered);
        items.setValue(new LinkedHashSet<>(offered));
    }
}
