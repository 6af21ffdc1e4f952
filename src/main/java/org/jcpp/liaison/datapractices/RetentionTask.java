package org.jcpp.liaison.datapractices;

import java.time.LocalDate;

/**
 * What retention removes from one module's records. A module that holds named persons or free text implements it (a
 * Spring bean); {@link RetentionService} runs every one, so this module depends on none of them. The implementation
 * writes its own audit entries: each record it changes is in the audit trail.
 */
public interface RetentionTask {

    /** How much is due, without changing anything. */
    Due preview(LocalDate personCutoff, LocalDate textCutoff);

    /**
     * Erases the named persons whose follow-up closed before {@code personCutoff} and replaces the free text of
     * records older than {@code textCutoff} by {@link RemovedTexts#REMOVED}; records on legal hold stay.
     */
    Due apply(LocalDate personCutoff, LocalDate textCutoff);

    /** Named persons to erase, and records whose texts go. */
    record Due(int persons, int texts) {

        public static final Due NONE = new Due(0, 0);

        public Due plus(Due other) {
            return new Due(persons + other.persons, texts + other.texts);
        }
    }
}
