package org.jcpp.liaison.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.notifications.domain.MailSettingsRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every digest run does for each person who chose it: read as the person (their role and cities decide what is
 * counted, as on their own pages), write the mail in their language, and put it in the outbox once for the person,
 * list and day. One person's failure is logged and the others' mail still goes.
 */
@Component
class DigestRun {

    private static final Logger log = LoggerFactory.getLogger(DigestRun.class);

    /** A person's mail, written as them ({@code accountId}, {@code locale}); empty when there is nothing to say. */
    interface Writer {
        Optional<Mail> write(long accountId, Locale locale);
    }

    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final MailWriter mailWriter;

    DigestRun(CurrentUser currentUser, Outbox outbox, MailWriter mailWriter) {
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.mailWriter = mailWriter;
    }

    /** Returns how many mails were written (not those written for the day before). */
    int write(List<MailSettingsRecord> people, MailList list, LocalDate day, Writer writer) {
        int written = 0;
        for (var person : people) {
            try {
                if (write(person, list, day, writer)) {
                    written++;
                }
            } catch (RuntimeException e) {
                log.error("The {} of account {} was not written", list.code(), person.getAccountId(), e);
            }
        }
        return written;
    }

    private boolean write(MailSettingsRecord person, MailList list, LocalDate day, Writer writer) {
        long accountId = person.getAccountId();
        var mail = currentUser
                .runAs(accountId, () -> writer.write(accountId, mailWriter.readersLocale()))
                .flatMap(m -> m);
        return mail.isPresent()
                && outbox.enqueue(
                        accountId,
                        list,
                        list.code() + ":" + accountId + ":" + day,
                        Objects.requireNonNull(person.getEmail()),
                        mail.get());
    }
}
