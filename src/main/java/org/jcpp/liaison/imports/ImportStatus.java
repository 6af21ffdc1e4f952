package org.jcpp.liaison.imports;

/**
 * Where a batch stands: its columns being mapped; its rows being checked (the dry run) and checked; being imported,
 * imported; failed (the file could not be read to the end: nothing was written); undone.
 */
public enum ImportStatus {
    MAPPING,
    CHECKING,
    CHECKED,
    IMPORTING,
    IMPORTED,
    FAILED,
    UNDONE;

    /** The batch's file is being read in the background. */
    public boolean running() {
        return this == CHECKING || this == IMPORTING;
    }
}
