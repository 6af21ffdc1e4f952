package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.outreach.OutreachLimits;
import org.jcpp.liaison.outreach.SeriesData;

/**
 * The fields of an event series (an academy class, a course), bound to a {@link SeriesData} record by its component
 * names: its title, city and how many took part. The view places it and saves what {@link #write()} gives.
 */
class SeriesDataForm extends RecordForm<SeriesData, FormLayout> {

    final TextField title = new TextField();
    final ComboBox<Long> city = new ComboBox<>();
    final WholeNumberField enrolled = new WholeNumberField();
    final WholeNumberField completed = new WholeNumberField();

    /** A form offering the cities (by id, with their names) a series may belong to. */
    SeriesDataForm(Map<Long, String> cities, java.util.function.LongFunction<String> cityName) {
        super(SeriesData.class);
        title.setLabel(getTranslation("outreach.series.title"));
        title.setMaxLength(OutreachLimits.TITLE_MAX);
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("outreach.title.too-long"), 0, OutreachLimits.TITLE_MAX))
                .bind("title");
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(id -> cities.getOrDefault(id, cityName.apply(id)));
        required(city, "cityId");
        chooseIfOnlyOne(city);
        var range = new IntegerRangeValidator(
                getTranslation("outreach.participants.range"), 0, OutreachLimits.PARTICIPANTS_MAX);
        enrolled.setLabel(getTranslation("outreach.series.enrolled-label"));
        enrolled.setStepButtonsVisible(true);
        binder.forField(enrolled)
                .asRequired(getTranslation("validation.required"))
                .withValidator(range)
                .bind("participantsEnrolled");
        completed.setLabel(getTranslation("outreach.series.completed-label"));
        completed.setHelperText(getTranslation("outreach.series.completed-help"));
        completed.setStepButtonsVisible(true);
        binder.forField(completed)
                .withValidator(
                        count -> count == null || (count >= 0 && count <= OutreachLimits.PARTICIPANTS_MAX),
                        getTranslation("outreach.participants.range"))
                .bind("participantsCompleted");
        var layout = getContent();
        layout.add(title, city, enrolled, completed);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(title, 2);
    }

    /** Shows a stored series. */
    void read(SeriesData series) {
        if (!city.getListDataView().contains(series.cityId())) {
            var items =
                    new java.util.ArrayList<>(city.getListDataView().getItems().toList());
            items.add(series.cityId());
            city.setItems(items);
        }
        binder.readRecord(series);
    }
}
