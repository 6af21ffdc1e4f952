package org.jcpp.liaison.notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.notifications.domain.MailSettingsRepository;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.reporting.CityWeek;
import org.jcpp.liaison.reporting.ReportingService;
import org.springframework.stereotype.Component;

/**
 * The coordinators' weekly mail, on Monday mornings: for each of their cities the week before (Monday to Sunday) in
 * counts — needs raised, events held, roll-call briefings — and, as of that morning, open follow-ups past their date and
 * advisory committee recommendations waiting for the department's answer; a link to the dashboard. Counts, cities and
 * dates only. Nothing for a week in which none of their cities has anything to count, nor twice for a person and day.
 */
@Component
class CityDigests {

    private final MailSettingsRepository settings;
    private final ReportingService reporting;
    private final CurrentUser currentUser;
    private final ReferenceDataService referenceData;
    private final DigestRun run;
    private final MailWriter writer;
    private final Clock clock;

    CityDigests(
            MailSettingsRepository settings,
            ReportingService reporting,
            CurrentUser currentUser,
            ReferenceDataService referenceData,
            DigestRun run,
            MailWriter writer,
            Clock clock) {
        this.settings = settings;
        this.reporting = reporting;
        this.currentUser = currentUser;
        this.referenceData = referenceData;
        this.run = run;
        this.writer = writer;
        this.clock = clock;
    }

    /** On a Monday, writes the week's mails; returns how many were written (none on other days). */
    int writeToday() {
        LocalDate today = LocalDate.now(clock);
        return today.getDayOfWeek() == DayOfWeek.MONDAY ? writeFor(today) : 0;
    }

    /** Writes the mails of the week that ends the day before {@code monday}; returns how many were written. */
    int writeFor(LocalDate monday) {
        return run.write(
                settings.findByCityDigestTrueAndEmailIsNotNull(), MailList.CITY_DIGEST, monday, (accountId, locale) -> {
                    if (!currentUser.scope().isCoordinator()) {
                        return Optional.empty(); // a coordinator no more gets none
                    }
                    var weeks = reporting.week(monday.minusDays(7), monday);
                    return weeks.stream().allMatch(CityWeek::quiet)
                            ? Optional.empty()
                            : Optional.of(compose(accountId, weeks, monday, locale));
                });
    }

    Mail compose(long accountId, List<CityWeek> weeks, LocalDate monday, Locale locale) {
        Map<Long, String> cities = referenceData.names(ReferenceKind.CITY);
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String from = format.format(monday.minusDays(7));
        String to = format.format(monday.minusDays(1));
        int newNeeds = weeks.stream().mapToInt(CityWeek::newNeeds).sum();
        int overdue = weeks.stream().mapToInt(CityWeek::overdue).sum();
        String intro = writer.t(locale, "mail.city-digest.intro", from, to);
        var text = new StringBuilder(intro).append("\n");
        var html = new StringBuilder("<p>").append(MailWriter.esc(intro)).append("</p>");
        // a line of figures per city rather than six columns: it wraps on a phone, where the mail is mostly read
        List<String> labels = List.of(
                writer.t(locale, "mail.city-digest.col.new-needs"),
                writer.t(locale, "mail.city-digest.col.overdue"),
                writer.t(locale, "mail.city-digest.col.events"),
                writer.t(locale, "mail.city-digest.col.briefings"),
                writer.t(locale, "mail.city-digest.col.waiting"));
        var rows = new ArrayList<Map.Entry<String, CityWeek>>();
        for (var week : weeks) {
            rows.add(Map.entry(cities.getOrDefault(week.cityId(), ""), week));
        }
        if (weeks.size() > 1) {
            rows.add(Map.entry(
                    writer.t(locale, "mail.city-digest.total"),
                    new CityWeek(
                            0,
                            newNeeds,
                            overdue,
                            weeks.stream().mapToInt(CityWeek::eventsHeld).sum(),
                            weeks.stream().mapToInt(CityWeek::briefings).sum(),
                            weeks.stream()
                                    .mapToInt(CityWeek::openRecommendations)
                                    .sum())));
        }
        html.append("<table style=\"border-collapse:collapse\">");
        text.append('\n');
        for (var row : rows) {
            List<Integer> figures = figures(row.getValue());
            var htmlFigures = new ArrayList<String>();
            var textFigures = new ArrayList<String>();
            for (int i = 0; i < labels.size(); i++) {
                // each figure kept whole on its line ("Overdue follow-ups: 3" not cut at its hyphen)
                htmlFigures.add("<span style=\"white-space:nowrap\">" + MailWriter.esc(labels.get(i)) + ": <b>"
                        + figures.get(i) + "</b></span>");
                textFigures.add(labels.get(i) + ": " + figures.get(i));
            }
            html.append("<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:6px 12px 6px 0;"
                            + "border-top:1px solid #ccc\">")
                    .append(MailWriter.esc(row.getKey()))
                    .append("</th><td style=\"padding:6px 0;border-top:1px solid #ccc\">")
                    .append(String.join(" · ", htmlFigures))
                    .append("</td></tr>");
            text.append(row.getKey())
                    .append(" — ")
                    .append(String.join(" · ", textFigures))
                    .append('\n');
        }
        html.append("</table>");
        String note = writer.t(locale, "mail.city-digest.as-of");
        html.append("<p>").append(MailWriter.esc(note)).append("</p>");
        text.append('\n').append(note).append('\n');
        MailWriter.link(writer.t(locale, "mail.city-digest.open"), writer.link("dashboard"), html, text);
        return writer.mail(
                accountId,
                MailList.CITY_DIGEST,
                locale,
                writer.t(locale, "mail.city-digest.subject", from, to, newNeeds, overdue),
                html.toString(),
                text.toString(),
                "mail.city-digest.why");
    }

    private static List<Integer> figures(CityWeek week) {
        return List.of(
                week.newNeeds(), week.overdue(), week.eventsHeld(), week.briefings(), week.openRecommendations());
    }
}
