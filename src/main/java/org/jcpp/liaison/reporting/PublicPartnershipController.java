package org.jcpp.liaison.reporting;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jcpp.liaison.base.web.PlainPages;
import org.jcpp.liaison.datapractices.Suppression;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.surveys.SurveyItem;
import org.jcpp.liaison.surveys.SurveyLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partnership's public page ({@code /partnership}): once an admin publishes it, what the program chose to publish
 * per member city and year — from the summaries, kept for a few minutes — through the small-cell rules of the exports
 * (counts 1–4 as "fewer than 5", a total over a hidden part as a range; no survey figure from fewer than ten answers).
 * Plain HTML, no script, no cookie; English, Spanish and Somali.
 */
@RestController
class PublicPartnershipController {

    static final String PATH = "/partnership";
    /** The years offered: this one and the ones before it. */
    static final int YEARS_SHOWN = 3;

    private final PublicPageSettings settings;
    private final PublicFigures figures;
    private final ReferenceDataService referenceData;
    private final I18NProvider i18n;
    private final java.time.Clock clock;

    PublicPartnershipController(
            PublicPageSettings settings,
            PublicFigures figures,
            ReferenceDataService referenceData,
            I18NProvider i18n,
            java.time.Clock clock) {
        this.settings = settings;
        this.figures = figures;
        this.referenceData = referenceData;
        this.i18n = i18n;
        this.clock = clock;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(
            @RequestParam(name = "lang", defaultValue = "") String lang,
            @RequestParam(name = "year", defaultValue = "") String asked,
            @RequestParam(name = "city", defaultValue = "") String cityAsked,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String accept) {
        SurveyLanguage language = SurveyLanguage.ofTag(lang).orElseGet(() -> fromHeader(accept));
        var shown = settings.current();
        if (!shown.published()) {
            var html = head(language, t(language, "partnership.not-published.title"));
            html.append("<main><h1>")
                    .append(esc(t(language, "partnership.not-published.title")))
                    .append("</h1><p>")
                    .append(esc(t(language, "partnership.not-published")))
                    .append("</p></main></body></html>");
            return respond(HttpStatus.NOT_FOUND, html, false);
        }
        int thisYear = Year.now(clock).getValue();
        int year = parse(asked)
                .filter(y -> y <= thisYear && y > thisYear - YEARS_SHOWN)
                .orElse(thisYear);
        var data = figures.year(year);
        Map<Long, String> cityNames = referenceData.publicCityNames();
        Long city = parse(cityAsked)
                .map(Integer::longValue)
                .filter(cityNames::containsKey)
                .orElse(null);
        return respond(HttpStatus.OK, page(language, shown, data, cityNames, city, thisYear), true);
    }

    private StringBuilder page(
            SurveyLanguage language,
            PublicPageData shown,
            PublicFigures.Year data,
            Map<Long, String> cityNames,
            @Nullable Long city,
            int thisYear) {
        String title = t(language, "partnership.title", String.valueOf(data.year()));
        var html = head(language, title);
        html.append("<main><h1>").append(esc(title)).append("</h1>");
        html.append("<p>").append(esc(t(language, "partnership.intro"))).append("</p>");
        switcher(html, language, data.year(), city);
        years(html, language, data.year(), thisYear, city);
        String fewer = t(language, "report.fewer-than-5");
        byCity(html, language, shown, data, cityNames, fewer);
        if (shown.showLanguages()) {
            languages(html, language, data, cityNames, city, fewer);
        }
        if (shown.showSurveys()) {
            surveys(html, language, data, cityNames, fewer);
        }
        html.append("<p class=\"small\">")
                .append(esc(t(
                        language,
                        "partnership.as-of",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(language.locale())
                                .format(LocalDateTime.ofInstant(data.madeAt(), clock.getZone())))))
                .append(' ')
                .append(esc(t(language, "partnership.rules")))
                .append("</p></main></body></html>");
        return html;
    }

    /** The table of the member cities, with the columns the program chose to publish and a total row. */
    private void byCity(
            StringBuilder html,
            SurveyLanguage language,
            PublicPageData shown,
            PublicFigures.Year data,
            Map<Long, String> cityNames,
            String fewer) {
        var rows = data.cities().stream()
                .sorted(Comparator.comparing(r -> cityNames.getOrDefault(r.cityId(), "")))
                .toList();
        var numbers = java.text.NumberFormat.getNumberInstance(language.locale());
        // a column: its title, a city's cell and the total cell (a count of 1-4 hidden, the total a range then)
        record Column(String key, Function<PublicFigures.CityYear, String> cell, String total) {}
        var columns = new ArrayList<Column>();
        java.util.function.BiConsumer<String, ToIntFunction<PublicFigures.CityYear>> count =
                (key, figure) -> columns.add(new Column(
                        key,
                        row -> Suppression.count(figure.applyAsInt(row), fewer),
                        Suppression.total(
                                rows.stream().mapToLong(figure::applyAsInt).toArray(), fewer)));
        if (shown.showContacts()) {
            count.accept("dashboard.contacts", PublicFigures.CityYear::contacts);
            count.accept("dashboard.people", PublicFigures.CityYear::people);
        }
        if (shown.showBriefings()) {
            count.accept("dashboard.briefings", PublicFigures.CityYear::briefings);
            count.accept("dashboard.officers-briefed", PublicFigures.CityYear::officersBriefed);
        }
        if (shown.showTraining()) {
            count.accept("dashboard.sessions", PublicFigures.CityYear::sessions);
            // hours are no count of people: shown as they are
            columns.add(new Column(
                    "dashboard.training-hours",
                    row -> numbers.format(row.trainingHours()),
                    numbers.format(rows.stream()
                            .map(PublicFigures.CityYear::trainingHours)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));
        }
        if (shown.showEvents()) {
            count.accept("dashboard.events", PublicFigures.CityYear::eventsHeld);
            count.accept("dashboard.attendance", PublicFigures.CityYear::attendance);
        }
        if (shown.showCommittees()) {
            count.accept("partnership.committee-meetings", PublicFigures.CityYear::committeeMeetings);
        }
        if (columns.isEmpty()) {
            return;
        }
        html.append("<h2 id=\"by-city\">")
                .append(esc(t(language, "partnership.by-city")))
                .append("</h2>");
        tableStart(html, language, "by-city");
        html.append("<th scope=\"col\">")
                .append(esc(t(language, "contacts.city")))
                .append("</th>");
        for (var column : columns) {
            html.append("<th scope=\"col\">")
                    .append(esc(t(language, column.key())))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (var row : rows) {
            html.append("<tr><th scope=\"row\">")
                    .append(esc(cityNames.getOrDefault(row.cityId(), "")))
                    .append("</th>");
            for (var column : columns) {
                html.append("<td>").append(esc(column.cell().apply(row))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("<tr class=\"total\"><th scope=\"row\">")
                .append(esc(t(language, "partnership.all-cities")))
                .append("</th>");
        for (var column : columns) {
            html.append("<td>").append(esc(column.total())).append("</td>");
        }
        html.append("</tr></tbody></table></div>");
    }

    /** The languages residents were reached in: of one city, or of all of them together. */
    private void languages(
            StringBuilder html,
            SurveyLanguage language,
            PublicFigures.Year data,
            Map<Long, String> cityNames,
            @Nullable Long city,
            String fewer) {
        html.append("<h2 id=\"languages\">")
                .append(esc(t(language, "partnership.languages")))
                .append("</h2>");
        html.append("<form method=\"get\" action=\"")
                .append(PATH)
                .append("#languages\"><input type=\"hidden\" name=\"lang\" value=\"")
                .append(language.tag())
                .append("\"><input type=\"hidden\" name=\"year\" value=\"")
                .append(data.year())
                .append("\"><label for=\"city\">")
                .append(esc(t(language, "partnership.languages.of")))
                .append("</label> <select id=\"city\" name=\"city\"><option value=\"\">")
                .append(esc(t(language, "partnership.all-cities")))
                .append("</option>");
        cityNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> html.append(
                        "<option value=\"")
                .append(entry.getKey())
                .append(entry.getKey().equals(city) ? "\" selected>" : "\">")
                .append(esc(entry.getValue()))
                .append("</option>"));
        html.append("</select> <button type=\"submit\">")
                .append(esc(t(language, "partnership.show")))
                .append("</button></form>");
        var names = referenceData.publicLanguageNames(language.locale());
        // each language's counts per city: one city's as a count, all cities' as a total over their parts (a range
        // where a city's part is hidden), so no hidden count can be had by taking one city's from the total
        var byLanguage = new java.util.TreeMap<Long, List<PublicFigures.LanguageReach>>();
        data.languages().stream()
                .filter(r -> city == null || r.cityId() == city)
                .forEach(r -> byLanguage
                        .computeIfAbsent(r.languageId(), id -> new ArrayList<>())
                        .add(r));
        if (byLanguage.isEmpty()) {
            html.append("<p>")
                    .append(esc(t(language, "partnership.languages.none")))
                    .append("</p>");
            return;
        }
        tableStart(html, language, "languages");
        html.append("<th scope=\"col\">")
                .append(esc(t(language, "dashboard.language")))
                .append("</th><th scope=\"col\">")
                .append(esc(t(language, "dashboard.contacts")))
                .append("</th><th scope=\"col\">")
                .append(esc(t(language, "dashboard.people")))
                .append("</th></tr></thead><tbody>");
        // by how many contacts, the hidden ones together after the others (their order would tell their sizes)
        ToIntFunction<List<PublicFigures.LanguageReach>> shownContacts = parts -> {
            int sum = parts.stream()
                    .mapToInt(PublicFigures.LanguageReach::contacts)
                    .sum();
            return parts.stream().anyMatch(r -> Suppression.isSmall(r.contacts())) ? 0 : sum;
        };
        byLanguage.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, List<PublicFigures.LanguageReach>> e) ->
                                -shownContacts.applyAsInt(e.getValue()))
                        .thenComparing(e -> names.getOrDefault(e.getKey(), "")))
                .forEach(e -> html.append("<tr><th scope=\"row\">")
                        .append(esc(names.getOrDefault(e.getKey(), "")))
                        .append("</th><td>")
                        .append(esc(Suppression.total(
                                e.getValue().stream()
                                        .mapToLong(PublicFigures.LanguageReach::contacts)
                                        .toArray(),
                                fewer)))
                        .append("</td><td>")
                        .append(esc(Suppression.total(
                                e.getValue().stream()
                                        .mapToLong(PublicFigures.LanguageReach::people)
                                        .toArray(),
                                fewer)))
                        .append("</td></tr>"));
        html.append("</tbody></table></div>");
    }

    /** What residents told the surveys, per city and quarter: the items' means from ten answers to them. */
    private void surveys(
            StringBuilder html,
            SurveyLanguage language,
            PublicFigures.Year data,
            Map<Long, String> cityNames,
            String fewer) {
        html.append("<h2 id=\"surveys\">")
                .append(esc(t(language, "partnership.surveys")))
                .append("</h2>");
        html.append("<p>").append(esc(t(language, "partnership.surveys.intro"))).append("</p>");
        // only quarters that are over (a live quarter's figures, reloaded, would move with each new answer) and
        // with at least ten answers in the city
        var today = java.time.LocalDate.now(clock);
        var rows = SurveyTrend.of(
                data.surveys().stream()
                        .filter(q -> !q.quarter().plusMonths(3).atDay(1).isAfter(today))
                        .filter(q -> q.answers() >= org.jcpp.liaison.surveys.SurveyLimits.ANSWERS_BEFORE_FIGURES)
                        .toList(),
                List.of(),
                cityNames);
        if (rows.isEmpty()) {
            html.append("<p>")
                    .append(esc(t(language, "partnership.surveys.none")))
                    .append("</p>");
            return;
        }
        List<SurveyItem> items = SurveyTrend.ITEMS.stream()
                .filter(item -> rows.stream().anyMatch(r -> r.said().item(item).isPresent()))
                .toList();
        tableStart(html, language, "surveys");
        html.append("<th scope=\"col\">")
                .append(esc(t(language, "contacts.city")))
                .append("</th><th scope=\"col\">")
                .append(esc(t(language, "dashboard.surveys.when")))
                .append("</th><th scope=\"col\">")
                .append(esc(t(language, "survey.answers")))
                .append("</th>");
        for (var item : items) {
            html.append("<th scope=\"col\"><abbr title=\"")
                    .append(esc(t(language, "survey.item." + item.name())))
                    .append("\">")
                    .append(esc(t(language, "survey.item.short." + item.name())))
                    .append("</abbr></th>");
        }
        html.append("</tr></thead><tbody>");
        for (var row : rows) {
            html.append("<tr><th scope=\"row\">")
                    .append(esc(cityNames.getOrDefault(row.said().cityId(), "")))
                    .append("</th><th scope=\"row\">")
                    .append(esc(row.quarter(key -> t(language, key))))
                    .append("</th><td>")
                    .append(esc(String.valueOf(row.said().answers())))
                    .append("</td>");
            for (var item : items) {
                html.append("<td>")
                        .append(esc(row.item(item, key -> t(language, key), language.locale())))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div><ul class=\"small\">");
        for (var item : items) {
            html.append("<li><strong>")
                    .append(esc(t(language, "survey.item.short." + item.name())))
                    .append("</strong>: ")
                    .append(esc(t(language, "survey.item." + item.name())))
                    .append("</li>");
        }
        html.append("</ul>");
    }

    /** A table that scrolls sideways on a phone inside a region the keyboard can reach. */
    private void tableStart(StringBuilder html, SurveyLanguage language, String id) {
        html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
                .append(id)
                .append("\"><table><thead><tr>");
    }

    private void switcher(StringBuilder html, SurveyLanguage current, int year, @Nullable Long city) {
        PlainPages.languageSwitch(
                html,
                t(current, "survey.public.languages"),
                current.tag(),
                java.util.Arrays.stream(SurveyLanguage.values())
                        .map(language -> new PlainPages.Language(
                                language.tag(),
                                t(language, "survey.public.language-name"),
                                address(language, year, city)))
                        .toList());
    }

    private void years(StringBuilder html, SurveyLanguage language, int shown, int thisYear, @Nullable Long city) {
        html.append("<nav aria-label=\"")
                .append(esc(t(language, "partnership.years")))
                .append("\"><ul>");
        for (int year = thisYear; year > thisYear - YEARS_SHOWN; year--) {
            if (year == shown) {
                html.append("<li><span aria-current=\"page\">").append(year).append("</span></li>");
            } else {
                html.append("<li><a href=\"")
                        .append(esc(address(language, year, city)))
                        .append("\">")
                        .append(year)
                        .append("</a></li>");
            }
        }
        html.append("</ul></nav>");
    }

    private static String address(SurveyLanguage language, int year, @Nullable Long city) {
        return PATH + "?lang=" + language.tag() + "&year=" + year + (city == null ? "" : "&city=" + city);
    }

    private StringBuilder head(SurveyLanguage language, String title) {
        return PlainPages.head(language.tag(), title, STYLE, true);
    }

    /** Readable on a narrow screen; tables scroll sideways in their own region; no web font, no script, no image. */
    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a}"
            + "main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}"
            + "nav ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap;margin:.25rem 0}"
            + "nav a,nav span{display:inline-block;padding:.5rem 0}nav span{font-weight:bold}"
            + ".scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;min-width:100%}"
            + "th,td{border:1px solid #ccc;padding:.4rem .6rem;text-align:right}td{white-space:nowrap}"
            + "thead th{background:#eef2f7;vertical-align:bottom}"
            // the city stays in view while a phone scrolls the figures sideways
            + "tbody th:first-child,thead th:first-child{position:sticky;left:0;min-width:6.5rem}"
            + "tbody th,thead th:first-child{text-align:left}tbody th{background:#fff}"
            + ".total th,.total td{font-weight:bold;background:#f6f6f6}"
            + "select,button{font:inherit;min-height:44px;max-width:100%}button{padding:0 1rem;border:0;"
            + "border-radius:6px;background:#1a56a8;color:#fff}.small{font-size:.9rem;color:#444}"
            + "abbr{text-decoration:none}";

    private static ResponseEntity<String> respond(HttpStatus status, StringBuilder html, boolean cacheable) {
        // the same page for everyone: a proxy may keep it as long as the app keeps its figures
        return PlainPages.respond(
                status, html, cacheable ? "public, max-age=" + PublicFigures.KEPT_MINUTES * 60 : "no-store");
    }

    private static java.util.Optional<Integer> parse(String number) {
        if (number.isBlank() || number.length() > 6) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Integer.parseInt(number.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static SurveyLanguage fromHeader(String accept) {
        return SurveyLanguage.ofTag(PlainPages.bestOf(
                        accept,
                        java.util.Arrays.stream(SurveyLanguage.values())
                                .map(SurveyLanguage::tag)
                                .toList()))
                .orElse(SurveyLanguage.EN);
    }

    private String t(SurveyLanguage language, String key, Object... params) {
        return i18n.getTranslation(key, language.locale(), params);
    }

    private static String esc(String text) {
        return PlainPages.esc(text);
    }
}
