package org.jcpp.liaison.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.reporting.SurveyTrend;

/**
 * The dashboard's trust-survey table: per city and quarter, the mean of each standard item (only from ten answers to
 * it) beside the contacts, briefings and events of the same city and quarter.
 */
class SurveyTrendGrid extends Grid<SurveyTrend> {

    private final Map<org.jcpp.liaison.surveys.SurveyItem, Column<SurveyTrend>> itemColumns =
            new java.util.EnumMap<>(org.jcpp.liaison.surveys.SurveyItem.class);

    SurveyTrendGrid(Map<Long, String> cityNames) {
        super(SurveyTrend.class, false);
        Function<String, String> text = this::getTranslation;
        addColumn(row -> cityNames.getOrDefault(row.said().cityId(), ""))
                .setHeader(getTranslation("contacts.city"))
                .setAutoWidth(true)
                .setFrozen(true);
        addColumn(row -> row.quarter(text))
                .setHeader(getTranslation("dashboard.surveys.when"))
                .setAutoWidth(true);
        addColumn(row -> row.said().answers()).setHeader(getTranslation("survey.answers"));
        for (var item : SurveyTrend.ITEMS) {
            itemColumns.put(
                    item,
                    addColumn(row -> row.item(item, text, Formats.locale()))
                            .setHeader(getTranslation("survey.item.short." + item.name()))
                            .setTooltipGenerator(row -> getTranslation("survey.item." + item.name())));
        }
        addColumn(row -> row.done() == null ? 0 : row.done().contacts())
                .setHeader(getTranslation("dashboard.contacts"));
        addColumn(row -> row.done() == null ? 0 : row.done().briefings())
                .setHeader(getTranslation("dashboard.briefings"));
        addColumn(row -> row.done() == null ? 0 : row.done().eventsHeld())
                .setHeader(getTranslation("dashboard.events"));
        getColumns().forEach(column -> column.setAutoWidth(true));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("dashboard.surveys.none"));
        addClassName("survey-trend");
    }

    void show(List<SurveyTrend> rows) {
        setItems(rows);
        // an item no survey of these rows asked (the event question, most often) takes no column
        itemColumns.forEach((item, column) -> column.setVisible(rows.isEmpty()
                || rows.stream().anyMatch(row -> row.said().item(item).isPresent())));
    }
}
