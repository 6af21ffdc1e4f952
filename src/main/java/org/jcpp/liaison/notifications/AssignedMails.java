package org.jcpp.liaison.notifications;

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
    private final MailWriter writer;

    AssignedMails(
            MailSettingsRepository settings,
            Outbox outbox,
            CurrentUser currentUser,
            SignedInUser signedInUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            MailWriter writer) {
        this.settings = settings;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.signedInUser = signedInUser;
        this.directory = directory;
        this.referenceData = referenceData;
        this.writer = writer;
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
        String category = writer.t(locale, "NeedCategory." + event.category().name());
        String city = referenceData.names(ReferenceKind.CITY).getOrDefault(event.cityId(), "");
        String by = directory.displayNames(java.util.List.of(event.byId())).getOrDefault(event.byId(), "");
        String body = writer.t(locale, "mail.assigned.body", category, city, by);
        String link = writer.link("need/" + event.needId());
        String open = writer.t(locale, "mail.assigned.open");
        var mail = writer.mail(
                event.ownerId(),
                MailList.NEED_ASSIGNED,
                locale,
                writer.t(locale, "mail.assigned.subject", category, city),
                "<p>" + MailWriter.esc(body) + "</p><p><a href=\"" + MailWriter.esc(link) + "\">" + MailWriter.esc(open)
                        + "</a></p>",
                body + "\n\n" + open + ": " + link + "\n\n",
                "mail.assigned.why");
        outbox.enqueue(
                event.ownerId(),
                MailList.NEED_ASSIGNED,
                MailList.NEED_ASSIGNED.code() + ":" + event.needId() + ":" + event.version() + ":" + event.ownerId(),
                Objects.requireNonNull(wanted.get().getEmail()),
                mail);
    }
}
