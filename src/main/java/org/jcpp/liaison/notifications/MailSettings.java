package org.jcpp.liaison.notifications;

import jakarta.validation.Valid;
import java.util.Objects;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.notifications.domain.MailSettingsRecord;
import org.jcpp.liaison.notifications.domain.MailSettingsRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A person's own mail choices (*Mail and reminders*), and the one-click unsubscribe of a mail's link. */
@Service
@Validated
@Transactional(readOnly = true)
public class MailSettings {

    private final MailSettingsRepository settings;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final UnsubscribeTokens tokens;

    MailSettings(
            MailSettingsRepository settings,
            CurrentUser currentUser,
            AuditedChanges changes,
            UnsubscribeTokens tokens) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.changes = changes;
        this.tokens = tokens;
    }

    /** The signed-in person's choices (nothing chosen yet: no address, no digest, version 0). */
    @PreAuthorize("isAuthenticated()")
    public MailSettingsData mine() {
        return settings.findByAccountId(currentUser.requireId())
                .map(MailSettings::data)
                // a coordinator no more keeps the choice stored but gets no such mail: it is shown as not chosen
                .map(d -> d.cityDigest() && !currentUser.scope().isCoordinator()
                        ? new MailSettingsData(d.version(), d.email(), d.followUpDigest(), d.assignedMail(), false)
                        : d)
                .orElse(new MailSettingsData(0, null, MailFrequency.OFF, false, false));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MailSettingsData save(@Valid MailSettingsData data) {
        // the weekly mail of the cities is a coordinator's (a liaison's own follow-ups come in their digest)
        boolean cityDigest = data.cityDigest() && currentUser.scope().isCoordinator();
        new MailSettingsData(data.version(), data.email(), data.followUpDigest(), data.assignedMail(), cityDigest)
                .check();
        long me = currentUser.requireId();
        var frequency = Objects.requireNonNull(data.followUpDigest());
        var stored = settings.findByAccountId(me);
        MailSettingsRecord saved = stored.isEmpty()
                ? changes.create(
                        RecordType.MAIL_SETTINGS,
                        new MailSettingsRecord(me),
                        s -> s.choose(data.email(), frequency, data.assignedMail(), cityDigest),
                        AuditedChanges::noPerson)
                : changes.update(
                        RecordType.MAIL_SETTINGS,
                        stored.get(),
                        data.version(),
                        s -> s.choose(data.email(), frequency, data.assignedMail(), cityDigest),
                        AuditedChanges::noPerson);
        return data(saved);
    }

    private static MailSettingsData data(MailSettingsRecord s) {
        return new MailSettingsData(
                s.getVersion(), s.getEmail(), s.getFollowUpDigest(), s.isAssignedMail(), s.isCityDigest());
    }

    /**
     * Ends the list the token names for the person it names, without a sign-in (the link is the key); false for a
     * token that is not valid. Audited as a change by that person's link.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        var subscription = tokens.read(token);
        if (subscription.isEmpty()) {
            return false;
        }
        var stored = settings.findByAccountId(subscription.get().accountId());
        var list = subscription.get().list();
        stored.ifPresent(s -> org.jcpp.liaison.base.SystemTask.call(() -> changes.update(
                RecordType.MAIL_SETTINGS, s, s.getVersion(), r -> r.unsubscribe(list), AuditedChanges::noPerson)));
        return true;
    }

    /** The list a valid token names, for the page that asks to confirm. */
    public java.util.Optional<MailList> listOf(String token) {
        return tokens.read(token).map(UnsubscribeTokens.Subscription::list);
    }
}
