package org.jcpp.liaison.reporting;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The dashboard's and reports' charts, drawn on the server as PNG with XChart (Apache-2.0). */
public final class Charts {

    private static final Color[] SERIES = {
        new Color(0x1d4f91), new Color(0xd9822b), new Color(0x2e8540), new Color(0x8e44ad), new Color(0x7f8c8d)
    };

    /** How many bar charts are kept: a dashboard draws two, and most people look at the same few periods. */
    private static final int KEPT = 64;

    /** What a bar chart is drawn from: the same always gives the same picture. */
    private record Drawing(String title, List<String> categories, List<Series> series, int width, int height) {}

    /**
     * The bar charts drawn lately, by what they were drawn from, the least recently used forgotten first. Drawing one
     * costs 20-60 ms of CPU; under load most dashboards opened show a period and cities that someone opened before,
     * with the same figures. A changed figure is another drawing, so a kept chart is never out of date.
     */
    private static final Map<Drawing, byte[]> DRAWN =
            Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Drawing, byte[]> eldest) {
                    return size() > KEPT;
                }
            });

    private Charts() {}

    /** One named series of a bar chart: a value per category. */
    public record Series(String name, List<Integer> values) {

        public Series {
            values = List.copyOf(values); // a kept chart's key (Charts.DRAWN) never changes
        }

        public static <T> Series of(String name, List<T> rows, ToIntFunction<T> value) {
            return new Series(name, rows.stream().map(value::applyAsInt).toList());
        }
    }

    /** A grouped bar chart (months or cities along the bottom) as PNG bytes. */
    public static byte[] bars(String title, List<String> categories, List<Series> series, int width, int height) {
        var drawing = new Drawing(title, List.copyOf(categories), List.copyOf(series), width, height);
        byte[] png = DRAWN.get(drawing);
        if (png == null) {
            png = draw(drawing);
            DRAWN.put(drawing, png);
        }
        return png.clone();
    }

    private static byte[] draw(Drawing drawing) {
        String title = drawing.title();
        List<String> categories = drawing.categories();
        List<Series> series = drawing.series();
        int width = drawing.width();
        int height = drawing.height();
        CategoryChart chart = chart(title, categories.size(), width, height);
        chart.getStyler().setSeriesColors(SERIES);
        if (categories.isEmpty()) {
            chart.addSeries("–", List.of("–"), List.of(0));
        }
        for (Series s : series) {
            if (!categories.isEmpty()) {
                chart.addSeries(s.name(), categories, s.values());
            }
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A department's interpreter-line calls per month as bars, with the briefings on language access of each month as
     * markers against a second axis on the right: the time line a coordinator puts in front of a chief.
     */
    public static byte[] usage(
            String title,
            List<String> months,
            Series calls,
            Series briefings,
            String briefingsAxis,
            int width,
            int height) {
        CategoryChart chart = chart(title, months.size(), width, height);
        var style = chart.getStyler();
        style.setOverlapped(true);
        style.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        style.setYAxisMin(1, 0.0);
        style.putYAxisGroupDecimalPatternMap(1, "#");
        if (months.isEmpty()) {
            chart.addSeries("–", List.of("–"), List.of(0));
        } else {
            chart.addSeries(calls.name(), months, calls.values()).setFillColor(SERIES[0]);
            // a month without briefings has no marker (null), not a marker at zero
            var marks = chart.addSeries(
                    briefings.name(),
                    months,
                    briefings.values().stream().map(v -> v == 0 ? null : v).toList());
            marks.setChartCategorySeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Scatter);
            marks.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.DIAMOND);
            marks.setMarkerColor(SERIES[1]);
            marks.setYAxisGroup(1);
            chart.setYAxisGroupTitle(1, briefingsAxis);
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A category chart in the app's style: white, legend below, labels slanted when there are many categories. */
    private static CategoryChart chart(String title, int categories, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(width)
                .height(height)
                .title(title)
                .build();
        var style = chart.getStyler();
        style.setLegendPosition(Styler.LegendPosition.OutsideS);
        style.setLegendLayout(Styler.LegendLayout.Horizontal);
        style.setChartBackgroundColor(Color.WHITE);
        style.setPlotBackgroundColor(Color.WHITE);
        style.setPlotBorderVisible(false);
        style.setAxisTickLabelsColor(Color.DARK_GRAY);
        style.setXAxisLabelRotation(categories > 6 ? 45 : 0);
        style.setAvailableSpaceFill(0.8);
        style.setYAxisDecimalPattern("#,###");
        return chart;
    }
}
