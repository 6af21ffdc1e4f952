package org.jcpp.liaison.contacts;

/** Where a need stands: open, in progress, referred, then resolved or closed without action. */
public enum NeedStatus {
    OPEN,
    IN_PROGRESS,
    REFERRED,
    RESOLVED,
    CLOSED_WITHOUT_ACTION;

    public boolean isClosed() {
        return this == RESOLVED || this == CLOSED_WITHOUT_ACTION;
    }
}
