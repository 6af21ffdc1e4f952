package org.jcpp.liaison.notifications;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Objects;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.SignedInUser;
import org.jcpp.liaison.contacts.NeedAssigned;
import org.jcpp.liaison.notifications.domain.MailSettingsRepository;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail at once when someone else gives a person a need, if they chose it: who gave it, its category and city, and a
 * link to it (the app asks for sign-in). Never the need's words or a resident. Written in the assignment's own
 * transaction (both or neither); sent by the minute's run.
 */
@Component
class AssignedMails {

    private final MailSettingsRepository settings;
    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final SignedInUser signedInUser;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final I18NProvider i18n;
    private final MailProperties properties;
    private final UnsubscribeTokens tokens;

    AssignedMails(
            MailSettingsRepository settings,
            Outbox outbox,
            CurrentUser currentUser,
            SignedInUser signedInUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            I18NProvider i18n,
            MailProperties properties,
            UnsubscribeTokens tokens) {
        this.settings = settings;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.signedInUser = signedInUser;
        this.directory = directory;
        this.referenceData = referenceData;
        this.i18n = i18n;
        this.properties = properties;
        this.tokens = tokens;
    }

    @EventListener
    void assigned(NeedAssigned event) {
        var wanted = settings.findByAccountId(event.ownerId()).filter(s -> s.isAssignedMail() && s.getEmail() != null);
        if (wanted.isEmpty()) {
            return;
        }
        // the owner's own language
        Locale locale = currentUser
                .runAs(event.ownerId(), () -> signedInUser
                        .profile()
                        .flatMap(SignedInUser.Profile::preferredLocale)
                        .orElse(Locale.ENGLISH))
                .orElse(Locale.ENGLISH);
        String category = t(locale, "NeedCategory." + event.category().name());
        String city = referenceData.names(ReferenceKind.CITY).getOrDefault(event.cityId(), "");
        String by = directory.displayNames(java.util.List.of(event.byId())).getOrDefault(event.byId(), "");
        String subject = t(locale, "mail.assigned.subject", category, city);
        String body = t(locale, "mail.assigned.body", category, city, by);
        String link = properties.link("need/" + event.needId());
        String open = t(locale, "mail.assigned.open");
        String why = t(locale, "mail.assigned.why");
        String stop = t(locale, "mail.unsubscribe.link");
        String unsubscribe =
                properties.link("mail/unsubscribe?t=" + tokens.token(event.ownerId(), MailList.NEED_ASSIGNED));
        String html = "<!doctype html><html lang=\"" + locale.getLanguage()
                + "\"><body style=\"font-family:sans-serif;line-height:1.5\"><p>" + esc(body) + "</p><p><a href=\""
                + esc(link) + "\">" + esc(open) + "</a></p><p style=\"color:#555;font-size:90%\">" + esc(why)
                + "<br><a href=\"" + esc(unsubscribe) + "\">" + esc(stop) + "</a></p></body></html>";
        String text = body + "\n\n" + open + ": " + link + "\n\n" + why + "\n" + stop + ": " + unsubscribe + "\n";
        outbox.enqueue(
                event.ownerId(),
                MailList.NEED_ASSIGNED,
                MailList.NEED_ASSIGNED.code() + ":" + event.needId() + ":" + event.version() + ":" + event.ownerId(),
                Objects.requireNonNull(wanted.get().getEmail()),
                new Mail(subject, html, text));
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
