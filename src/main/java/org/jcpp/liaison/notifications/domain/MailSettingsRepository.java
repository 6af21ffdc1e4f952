package org.jcpp.liaison.notifications.domain;

import java.util.List;
import java.util.Optional;
import org.jcpp.liaison.notifications.MailFrequency;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailSettingsRepository extends JpaRepository<MailSettingsRecord, Long> {

    Optional<MailSettingsRecord> findByAccountId(long accountId);

    /** Who gets a follow-up digest at one of these frequencies and has an address. */
    List<MailSettingsRecord> findByFollowUpDigestInAndEmailIsNotNull(java.util.Collection<MailFrequency> frequencies);

    /** Who chose the weekly mail of their cities and has an address. */
    List<MailSettingsRecord> findByCityDigestTrueAndEmailIsNotNull();
}
