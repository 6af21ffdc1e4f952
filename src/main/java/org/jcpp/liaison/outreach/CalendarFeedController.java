package org.jcpp.liaison.outreach;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.SignedInUser;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's calendar as an iCalendar feed behind a secret link ({@code /calendar/SECRET.ics}): the events and briefings
 * of their cities from three months back to a year ahead, read with their role and cities. An unknown or revoked link
 * gets "404 not found". No personal data is in the feed.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarService calendar;
    private final CurrentUser currentUser;
    private final SignedInUser signedInUser;
    private final ReferenceDataService referenceData;
    private final I18NProvider i18n;

    CalendarFeedController(
            CalendarService calendar,
            CurrentUser currentUser,
            SignedInUser signedInUser,
            ReferenceDataService referenceData,
            I18NProvider i18n) {
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.signedInUser = signedInUser;
        this.referenceData = referenceData;
        this.i18n = i18n;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendar.accountOf(token)
                .flatMap(accountId -> currentUser.runAs(accountId, this::document))
                .map(body -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header("Cache-Control", "private, max-age=300")
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private String document() {
        Locale locale = signedInUser
                .profile()
                .flatMap(SignedInUser.Profile::preferredLocale)
                .orElse(Locale.ENGLISH);
        LocalDate today = LocalDate.now();
        var entries = calendar.entries(today.minusMonths(3), today.plusYears(1));
        var cities = referenceData.allCityNames();
        return IcsWriter.write(
                i18n.getTranslation("calendar.feed-name", locale),
                entries,
                entry -> entry.kind() == CalendarEntry.Kind.BRIEFING
                        ? i18n.getTranslation("calendar.briefing", locale, entry.title())
                        : entry.title(),
                entry -> cities.getOrDefault(entry.cityId(), ""),
                ZoneId.systemDefault());
    }
}
