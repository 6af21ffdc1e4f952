package org.jcpp.liaison.imports;

import org.jcpp.liaison.base.RecordType;

/** What a file holds: one kind of record per file. */
public enum ImportKind {
    CONTACTS(RecordType.CONTACT),
    EVENTS(RecordType.OUTREACH_EVENT),
    BRIEFINGS(RecordType.ROLL_CALL_BRIEFING);

    private final RecordType recordType;

    ImportKind(RecordType recordType) {
        this.recordType = recordType;
    }

    public RecordType recordType() {
        return recordType;
    }
}
