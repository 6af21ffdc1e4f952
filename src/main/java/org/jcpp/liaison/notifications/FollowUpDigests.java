package org.jcpp.liaison.notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcpp.liaison.contacts.FollowUpCount;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.notifications.domain.MailSettingsRepository;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.stereotype.Component;

/**
 * The follow-up digest: each morning (or on Mondays, for a weekly one) a person who chose it gets the number of their
 * open follow-ups that are overdue, due today and due this week, by category and city, with a link into the app (which
 * asks for sign-in). Never a resident's name, a way to reach them or a need's text. Nothing is written for a person
 * with none due, nor twice for a person and day. In the person's interface language.
 */
@Component
class FollowUpDigests {

    private final MailSettingsRepository settings;
    private final NeedService needs;
    private final ReferenceDataService referenceData;
    private final DigestRun run;
    private final MailWriter writer;
    private final Clock clock;

    FollowUpDigests(
            MailSettingsRepository settings,
            NeedService needs,
            ReferenceDataService referenceData,
            DigestRun run,
            MailWriter writer,
            Clock clock) {
        this.settings = settings;
        this.needs = needs;
        this.referenceData = referenceData;
        this.run = run;
        this.writer = writer;
        this.clock = clock;
    }

    /** Writes today's digests; returns how many were written (not those written before today's earlier run). */
    int writeToday() {
        LocalDate today = LocalDate.now(clock);
        var frequencies = today.getDayOfWeek() == DayOfWeek.MONDAY
                ? EnumSet.of(MailFrequency.DAILY, MailFrequency.WEEKLY)
                : EnumSet.of(MailFrequency.DAILY);
        return run.write(
                settings.findByFollowUpDigestInAndEmailIsNotNull(frequencies),
                MailList.FOLLOW_UP_DIGEST,
                today,
                (accountId, locale) -> {
                    List<FollowUpCount> counts = needs.myFollowUpCounts();
                    return counts.isEmpty()
                            ? java.util.Optional.empty()
                            : java.util.Optional.of(compose(accountId, counts, today, locale));
                });
    }

    Mail compose(long accountId, List<FollowUpCount> counts, LocalDate today, Locale locale) {
        Map<Long, String> cities = referenceData.names(ReferenceKind.CITY);
        long overdue = counts.stream().mapToLong(FollowUpCount::overdue).sum();
        long dueToday = counts.stream().mapToLong(FollowUpCount::dueToday).sum();
        long dueThisWeek = counts.stream().mapToLong(FollowUpCount::dueThisWeek).sum();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(today);
        String link = writer.link("follow-ups");
        String intro = t(locale, "mail.digest.intro", day);
        var text = new StringBuilder(intro).append("\n\n");
        var html = new StringBuilder("<p>").append(esc(intro)).append("</p><ul>");
        for (var line : List.of(
                Map.entry("mail.digest.overdue", overdue),
                Map.entry("mail.digest.due-today", dueToday),
                Map.entry("mail.digest.due-week", dueThisWeek))) {
            String words = t(locale, line.getKey(), line.getValue());
            text.append("- ").append(words).append('\n');
            html.append("<li>").append(esc(words)).append("</li>");
        }
        html.append("</ul>");
        List<String> headers = List.of(
                t(locale, "need.category"),
                t(locale, "contacts.city"),
                t(locale, "mail.digest.col.overdue"),
                t(locale, "mail.digest.col.today"),
                t(locale, "mail.digest.col.week"));
        List<List<String>> rows = counts.stream()
                .map(count -> List.of(
                        t(locale, "NeedCategory." + count.category().name()),
                        cities.getOrDefault(count.cityId(), ""),
                        String.valueOf(count.overdue()),
                        String.valueOf(count.dueToday()),
                        String.valueOf(count.dueThisWeek())))
                .toList();
        MailWriter.table(headers, rows, html, text);
        MailWriter.link(t(locale, "mail.digest.open"), link, html, text);
        return writer.mail(
                accountId,
                MailList.FOLLOW_UP_DIGEST,
                locale,
                t(locale, "mail.digest.subject", overdue, dueToday, dueThisWeek),
                html.toString(),
                text.toString(),
                "mail.digest.why");
    }

    private String t(Locale locale, String key, Object... params) {
        return writer.t(locale, key, params);
    }

    private static String esc(String text) {
        return MailWriter.esc(text);
    }
}
