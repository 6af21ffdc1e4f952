package org.jcpp.liaison.base.ui;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A form view whose typed values are kept as a draft for the signed-in user while they type (see {@link DraftKeeper}):
 * when the session ends, the page is closed or the user goes elsewhere before saving, the form offers them back the next
 * time it is opened at the same address. Saving (through {@link FormErrors#attempt}) or {@link DraftKeeper#finish
 * cancelling} drops the draft. The fields are found in the view's component tree; password fields are never kept.
 */
public interface KeepsDrafts {

    /** The version of the record being edited, or null for a new one: a draft of an older version says so. */
    default @Nullable Long draftRecordVersion() {
        return null;
    }

    /** How many rows of each repeatable part the form has now (needs, groups…), when the form adds rows itself. */
    default Map<String, Integer> draftShape() {
        return Map.of();
    }

    /** Adds rows so that the form has the shape of a draft, before the draft's values are put back. */
    default void prepareForDraft(Map<String, Integer> shape) {}
}
