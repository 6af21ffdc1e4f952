package org.jcpp.liaison.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jcpp.liaison.surveys.SurveyItem;
import org.jcpp.liaison.surveys.SurveyQuarter;
import org.jspecify.annotations.Nullable;

/**
 * What residents said per city and quarter beside what the program did in the same city and quarter: the rows of the
 * dashboard's survey table and of the printed report's, and the words of their cells (one place for both).
 */
public record SurveyTrend(SurveyQuarter said, @Nullable CityQuarter done) {

    /** The standard items shown as columns, in their order (the event item only where a survey asked it). */
    public static final List<SurveyItem> ITEMS = List.of(SurveyItem.values());

    /** The survey quarters with the activity of the same city and quarter, by city name then quarter. */
    public static List<SurveyTrend> of(List<SurveyQuarter> said, List<CityQuarter> done, Map<Long, String> cityNames) {
        var activity = new HashMap<String, CityQuarter>();
        done.forEach(row -> activity.put(row.cityId() + "/" + row.quarter(), row));
        var rows = new ArrayList<SurveyTrend>();
        for (SurveyQuarter quarter : said) {
            rows.add(new SurveyTrend(quarter, activity.get(quarter.cityId() + "/" + quarter.quarter())));
        }
        rows.sort(java.util.Comparator.comparing(
                        (SurveyTrend row) -> cityNames.getOrDefault(row.said().cityId(), ""))
                .thenComparing(row -> row.said().quarter()));
        return rows;
    }

    /** "Q3 2026". */
    public String quarter(Function<String, String> text) {
        return text.apply("dashboard.surveys.quarter")
                .replace("{0}", String.valueOf(said.quarterOfYear()))
                .replace("{1}", String.valueOf(said.quarter().getYear()));
    }

    /**
     * An item's cell: its mean on its scale and how many answered ("7.2 of 10 · 41"), "fewer than 10" when too few
     * answered it for a figure, a dash when nobody was asked it.
     */
    public String item(SurveyItem item, Function<String, String> text, Locale locale) {
        var figure = said.item(item);
        if (figure.isEmpty() || figure.get().answered() == 0) {
            return "–";
        }
        var shown = figure.get();
        if (!shown.enough()) {
            return text.apply("dashboard.surveys.too-few");
        }
        return String.format(locale, "%.1f", shown.mean()) + " / "
                + item.scale().highest() + " · " + shown.answered();
    }
}
